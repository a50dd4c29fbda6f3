/**
 * A lookup table from groups of word forms written as one space-separated string
 * (`[1, 'січень січня січні']` → `{ січень: 1, січня: 1, січні: 1 }`): how the time lexicons
 * list their months, weekdays, numbers and units.
 */
export function spread<V>(groups: [V, string][]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [v, forms] of groups) for (const f of forms.split(' ')) out[f] = v;
  return out;
}
