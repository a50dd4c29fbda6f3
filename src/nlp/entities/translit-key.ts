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
  if (isPlainLower(word)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  const out = byUnits(lower, translitUnits, translitOne) ?? translitOne(lower);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** The transliteration of a lower-case text: Cyrillic to Latin, `đ` and `ß` spelt out, apostrophes dropped, then diacritics removed. */
function translitOne(lower: string): string {
  let out = '';
  for (const ch of lower) {
    const c = CYR[ch];
    if (c !== undefined) out += c;
    else if (ch === 'đ') out += 'dj';
    else if (ch === 'ß') out += 'ss';
    else if (ch === '’' || ch === 'ʼ' || ch === "'") continue;
    else out += ch;
  }
  return out.normalize('NFD').replace(COMBINING, '');
}

const folded = new Map<string, string>();
const APOSTROPHES = /[’ʼ']/g;

/** Case- and diacritics-insensitive comparison key (scripts kept): for matching names as written. Memoised per process. */
export function foldKey(s: string): string {
  if (foldsToItself(s)) return s;
  const hit = folded.get(s);
  if (hit !== undefined) return hit;
  const out = foldOnce(s);
  if (folded.size > 200_000) folded.clear();
  folded.set(s, out);
  return out;
}

/** foldKey without the memo: for a string met once (a candidate put together on the spot). */
export function foldOnce(s: string): string {
  if (foldsToItself(s)) return s;
  const lower = s.toLowerCase();
  return byUnits(lower, foldUnits, foldOne) ?? foldOne(lower);
}

/** The fold of a lower-case text: decomposed, its marks U+0300–036F and apostrophes dropped. */
function foldOne(lower: string): string {
  return lower.normalize('NFD').replace(COMBINING, '').replace(APOSTROPHES, '');
}

const translitUnits: (string | null | undefined)[] = new Array(0x10000);
const foldUnits: (string | null | undefined)[] = new Array(0x10000);
/** A mark other than those both keys drop (U+0300–036F). */
const OTHER_MARK = /[^\P{M}\u0300-\u036f]/u;

/**
 * A lower-case text's key computed code unit by code unit from a table filled on first use
 * (`table[c]`: `key(c)`), or null when a unit needs the whole text: a surrogate, or a mark
 * beyond U+0300–036F, which decomposition may reorder. Otherwise decomposing the whole equals
 * decomposing each unit: the marks it would reorder are all dropped.
 */
function byUnits(lower: string, table: (string | null | undefined)[], key: (ch: string) => string): string | null {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let k = table[c];
    if (k === undefined) {
      const ch = String.fromCharCode(c);
      k = table[c] = (c < 0xd800 || c > 0xdfff) && !OTHER_MARK.test(ch.normalize('NFD')) ? key(ch) : null;
    }
    if (k === null) return null;
    out += k;
  }
  return out;
}

/** Whether a word is lower-case ASCII without apostrophes: its own transliteration and fold key. */
function isPlainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x27 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** Per UTF-16 code unit: 1 when it is its own fold (lower case, no decomposition, no mark, no apostrophe), 2 when not, 0 not yet known. */
const selfFold = new Uint8Array(0x10000);

/** Whether a word is its own fold key: every code unit is. (Lower-case letters lower to themselves in any context.) */
function foldsToItself(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let f = selfFold[c]!;
    if (f === 0) {
      const ch = String.fromCharCode(c);
      f = c < 0xd800 || c > 0xdfff ? (ch.toLowerCase().normalize('NFD') === ch && !/[\p{M}’ʼ']/u.test(ch) ? 1 : 2) : 2;
      selfFold[c] = f;
    }
    if (f === 2) return false;
  }
  return true;
}

/** Per code unit: the code of its fold alone (lower case, decomposed, marks U+0300–036F and apostrophes dropped) when that is one unit, -1 when not, -2 not yet known. */
const unitFolds = new Int32Array(0x10000).fill(-2);

/**
 * The fold of one code unit as one code unit, or -1 where a word's fold is not its units' folds
 * side by side: a unit folding to none or several, a surrogate, a mark beyond U+0300–036F, and
 * `Σ` (lower-cased by its neighbours). A word of units with codes folds to those codes in order.
 */
export function unitFold(c: number): number {
  let f = unitFolds[c]!;
  if (f === -2) {
    const lower = String.fromCharCode(c).toLowerCase();
    const fold = c === 0x3a3 || lower.length !== 1 ? null : byUnits(lower, foldUnits, foldOne);
    f = unitFolds[c] = fold !== null && fold.length === 1 ? fold.charCodeAt(0) : -1;
  }
  return f;
}
