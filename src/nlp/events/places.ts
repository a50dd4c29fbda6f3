import type { KnowledgeBase } from '../../kb/index.js';

const CITY_KINDS = new Set(['capital', 'city', 'municipality', 'town', 'village']);
const capitals = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Country id → its capital's id, from the knowledge base (built once per process). */
export function capitalOf(kb: KnowledgeBase, country: string): string | null {
  let m = capitals.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entities()) if (e.capitalOf) m.set(e.capitalOf, e.id);
    capitals.set(kb, m);
  }
  return m.get(country) ?? null;
}

const countries = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The country entity a KB entity lies in (`kb:kfor` → `kb:kosovo`), or null. */
export function countryOf(kb: KnowledgeBase, id: string): string | null {
  let m = countries.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entities()) if (e.kind === 'country' && e.country) m.set(e.country, e.id);
    countries.set(kb, m);
  }
  const code = kb.get(id)?.country;
  return code ? (m.get(code) ?? null) : null;
}

/**
 * Cities rank before countries and regions (the event's place is the most specific one named),
 * and places the knowledge base knows before names found only in the text.
 */
export function placeRank(kb: KnowledgeBase, id: string): number {
  const e = kb.get(id);
  if (!e) return 2;
  return CITY_KINDS.has(e.kind) ? 0 : 1;
}
