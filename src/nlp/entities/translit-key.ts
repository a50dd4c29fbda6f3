/**
 * A language-independent transliteration key: Cyrillic letters to Latin (one table for all
 * Cyrillic languages of the region), diacritics removed, lower case. `Столтенбергом` and
 * `Stoltenbergom` share one key, so Serbian Cyrillic and Latin (and Macedonian/Ukrainian)
 * share one model's word features.
 */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ё: 'e', є: 'je', ж: 'z',
  з: 'z', ѕ: 'dz', и: 'i', і: 'i', ї: 'ji', й: 'j', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n',
  њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 'sc', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};

const cache = new Map<string, string>();
const COMBINING = /[\u0300-\u036f]/g;

export function translitKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  let out = '';
  for (const ch of lower) {
    const c = CYR[ch];
    if (c !== undefined) out += c;
    else if (ch === 'đ') out += 'dj';
    else if (ch === 'ß') out += 'ss';
    else if (ch === '’' || ch === 'ʼ' || ch === "'") continue;
    else out += ch;
  }
  out = out.normalize('NFD').replace(COMBINING, '');
  if (cache.size > 200_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** Case- and diacritics-insensitive comparison key (scripts kept): for matching names as written. */
export function foldKey(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(COMBINING, '').replace(/[’ʼ']/g, '');
}
