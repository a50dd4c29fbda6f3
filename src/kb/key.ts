import { tokenize } from '../text/segment.js';

/**
 * Matching keys for names. `nameKey` is script-independent: Cyrillic letters are written in
 * Latin (one table for every Cyrillic language of the region, chosen so that Serbian Cyrillic
 * and Latin give the same key), diacritics and apostrophes dropped, lower case: `Столтенбергом`,
 * `Stoltenbergom` → `stoltenbergom`; `Prištine` → `pristine`; `Скоп’є` → `skopje`.
 * `phoneticKey` folds spellings further for fuzzy look-up (`Spajiq`, `Spajić` → `spaic`).
 */
/** Cyrillic letter → its Latin key letters: shared by every script-independent key (also the NER tagger's). */
export const CYRILLIC_KEY: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', ѓ: 'gj', е: 'e', ё: 'e', є: 'je', ж: 'z', з: 'z', ѕ: 'dz',
  и: 'i', і: 'i', ї: 'ji', й: 'j', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', ћ: 'c', ќ: 'kj', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's', щ: 'sc', ъ: '',
  ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};
const OTHER: Record<string, string> = { đ: 'dj', ß: 'ss', ł: 'l', æ: 'ae', ø: 'o', œ: 'oe', ı: 'i', '’': '', ʼ: '', "'": '', '‘': '', '‐': '-' };
const COMBINING = /[\u0300-\u036f]/g;
const PLAIN = /^[a-z0-9-]*$/;

const cache = new Map<string, string>();
const charKey = new Map<string, string>();

/** The key of one lower-case character, computed once per character. */
function keyOfChar(ch: string): string {
  let k = charKey.get(ch);
  if (k === undefined) {
    k = CYRILLIC_KEY[ch] ?? OTHER[ch] ?? ch.normalize('NFD').replace(COMBINING, '');
    charKey.set(ch, k);
  }
  return k;
}

/** nameKey with a cache: for running text, where the same words come back. */
export function nameKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = computeKey(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** nameKey without the cache: for building the index, where each form comes once. */
export function computeKey(word: string): string {
  const lower = word.toLowerCase();
  let out: string;
  if (PLAIN.test(lower)) out = lower;
  else {
    out = '';
    for (const ch of lower) out += ch.charCodeAt(0) < 128 ? ch : keyOfChar(ch);
    if (out.includes("'")) out = out.replace(/'/g, '');
  }
  return out;
}

/** Sound folds in order, each with the letters one of its matches must contain (a fold is skipped where none occurs). */
const PHONETIC: [RegExp, string, string[]][] = [
  [/dzh|dž|xh/g, 'dz', ['h', 'ž']],
  [/gj|dj/g, 'dz', ['j']],
  [/q|ch|ts|tz|kj/g, 'c', ['q', 'h', 's', 'z', 'j']],
  [/zh/g, 'z', ['h']],
  [/sh|sch/g, 's', ['h']],
  [/kh|h/g, 'g', ['h']],
  [/ck/g, 'k', ['k']],
  [/ph/g, 'f', ['h']],
  [/th/g, 't', ['h']],
  [/w/g, 'v', ['w']],
  [/x/g, 'ks', ['x']],
  [/[yj]/g, 'i', ['y', 'j']],
  [/lj/g, 'l', ['j']],
  [/nj/g, 'n', ['j']],
  [/-/g, '', ['-']],
];
const REPEATED = /(.)\1+/g;

const phonetic = new Map<string, string>();

/** A coarse sound key of one token's nameKey: for fuzzy look-up only. Memoised per process. */
export function phoneticKey(key: string): string {
  const hit = phonetic.get(key);
  if (hit !== undefined) return hit;
  let k = key;
  for (const [re, to, letters] of PHONETIC) if (letters.some((l) => k.includes(l))) k = k.replace(re, to);
  k = k.replace(REPEATED, '$1');
  if (phonetic.size > 200_000) phonetic.clear();
  phonetic.set(key, k);
  return k;
}

/**
 * A name's sound skeleton, the same across scripts, transliterations and most case endings:
 * the phonetic key with voiced/voiceless pairs folded and vowels after the first letter dropped,
 * cut to four letters (`Mandela`, `Манделу` → `mntl`; `Gaddafi`, `Каддафі` → `ktf`).
 */
const FOLD: [RegExp, string][] = [
  [/[gcq]/g, 'k'],
  [/z/g, 's'],
  [/d/g, 't'],
  [/b/g, 'p'],
  [/[vw]/g, 'f'],
];
export function nameSkeleton(token: string): string {
  let k = phoneticKey(nameKey(token));
  for (const [re, to] of FOLD) k = k.replace(re, to);
  k = k.charAt(0) + k.slice(1).replace(/[aeiouy]/g, '');
  return k.replace(/(.)\1+/g, '$1').slice(0, 4);
}

/** The words of a name as written: its tokens with a letter or digit (punctuation dropped). */
export function nameWords(name: string): string[] {
  return tokenize(name)
    .map((t) => name.slice(t.start, t.end))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Whether a word is written as an acronym: two or more letters, all upper case (`NATO`, `ЄС`, `BiH` is not). */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether a word starts with an upper-case letter or a digit. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || (c >= '0' && c <= '9');
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  let prev = rows[0];
  let cur = rows[1];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}
/** The two rows of boundedDistance, reused (grown when a longer word comes). */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];
