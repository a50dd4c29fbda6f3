/**
 * A language-independent transliteration key: Cyrillic letters to Latin (one table for all
 * Cyrillic languages of the region), diacritics removed, lower case. `Столтенбергом` and
 * `Stoltenbergom` share one key, so Serbian Cyrillic and Latin (and Macedonian/Ukrainian)
 * share one model's word features. The Cyrillic table is the knowledge base's own (`src/kb/key.ts`).
 */
import { CYRILLIC_KEY as CYR } from '../../kb/key.js';

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
