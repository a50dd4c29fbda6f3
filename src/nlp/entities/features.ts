import { translitKey } from './translit-key.js';

/**
 * Features of the sequence model. Static features of a token depend on the words only (computed
 * once per sentence); the transition features (previous tag, alone and with the word) are scored by the decoder. Word features use the
 * transliteration key, so Cyrillic and Latin spellings of one word share weights.
 */

/** Shape of a word: letters by case (X/x), digits (d), others kept; runs of one class collapsed. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch === '-' || ch === '‐' ? '-' : ch === '.' ? '.' : /[’'ʼ]/.test(ch) ? "'" : '*';
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function scriptOf(w: string): string {
  const c = w.charCodeAt(0);
  if (c >= 0x400 && c <= 0x52f) return 'C';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'L';
  if (c >= 0x30 && c <= 0x39) return 'D';
  return /\p{L}/u.test(w[0] ?? '') ? 'U' : 'P';
}

/** What an optional gazetteer says about each word: `B-LOC`, `I-ORG`, ... or null. */
export type GazetteerTags = (string | null)[];

export interface TokenInfo {
  key: string;
  shape: string;
}

/** Features of a word by itself (the same wherever it stands): cached per word by the tagger. */
export function wordFeatures(w: string): string[] {
  const key = translitKey(w);
  const shape = wordShape(w);
  const f: string[] = ['b', `w=${key}`, `sh=${shape}`, `sc=${scriptOf(w)}`];
  const len = key.length;
  for (let j = 1; j <= 4 && j <= len; j++) f.push(`p${j}=${key.slice(0, j)}`, `s${j}=${key.slice(len - j)}`);
  // longer prefixes and the word less its last two letters: inflected forms of one name share them
  // (`Prendergast`, `Prendergasta`; `Feronikel`, `Feronikela`)
  if (len > 5) f.push(`p5=${key.slice(0, 5)}`);
  if (len > 6) f.push(`p6=${key.slice(0, 6)}`);
  if (len > 4) f.push(`stem=${key.slice(0, Math.max(4, len - 2))}`);
  const hy = key.search(/[-‐]/);
  if (hy > 0) f.push(`hy=${wordShape(w.slice(0, hy))}|${key.slice(hy + 1)}`, `hw=${key.slice(0, hy)}`);
  return f;
}

/**
 * Features of word i from its place in the sentence: capitalisation at the start, neighbouring
 * words ±2 and their shapes, gazetteer tags around it.
 */
export function contextFeatures(words: readonly string[], info: readonly TokenInfo[], i: number, gaz?: GazetteerTags, lowerWords?: ReadonlySet<string>, withNeighbours = true): string[] {
  const n = words.length;
  const k = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : info[j]!.key);
  const sh = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : info[j]!.shape);
  const w = words[i]!;
  const { key, shape } = info[i]!;
  const upper = w !== w.toLowerCase();
  const first = w[0] ?? '';
  const cap = first !== first.toLowerCase();
  const allCap = upper && w === w.toUpperCase() && key.length > 1;
  const f: string[] = [`c=${allCap ? 'A' : cap ? 'T' : upper ? 'M' : 'l'}${i === 0 ? '0' : ''}`];
  // a capitalised word usually written in lower case (a sentence's first word, a title) is rarely a name
  if (lowerWords && cap) f.push(`lw=${lowerWords.has(key) ? 1 : 0}${i === 0 ? '0' : ''}`);
  if (withNeighbours) f.push(...neighbourFeatures(k(i - 1), k(i + 1), k(i - 2), k(i + 2)));
  f.push(`w-1w=${k(i - 1)}|${key}`, `ww+1=${key}|${k(i + 1)}`, `sh-1=${sh(i - 1)}|${shape}`, `sh+1=${shape}|${sh(i + 1)}`);
  // the neighbours and the ending, each with this word's capitalisation (`u` + a capitalised word; a
  // capitalised word after a sentence-initial word usually written in lower case)
  const cc = f[0]!.slice(2);
  f.push(`w-1c=${k(i - 1)}|${cc}`, `w+1c=${cc}|${k(i + 1)}`, `s3c=${key.slice(-3)}|${cc}`);
  if (lowerWords) f.push(`lwn=${i > 0 && lowerWords.has(k(i - 1)) ? 1 : 0}${i === 1 ? '1' : ''}|${lowerWords.has(k(i + 1)) ? 1 : 0}|${cc}`);
  if (gaz) {
    const g = gaz[i];
    f.push(`g=${g ?? '-'}`, `g-1=${(i > 0 && gaz[i - 1]) || '-'}`, `g+1=${(i + 1 < n && gaz[i + 1]) || '-'}`);
    if (g) f.push(`gsh=${g}|${shape}`);
  }
  return f;
}

/** The neighbouring words' own features (keys of the words ±1, ±2, suffixes of ±1); the tagger caches them per word. */
export function neighbourFeatures(prev: string, next: string, prev2: string, next2: string): string[] {
  return [`w-1=${prev}`, `w+1=${next}`, `w-2=${prev2}`, `w+2=${next2}`, `s3-1=${prev.slice(-3)}`, `s3+1=${next.slice(-3)}`];
}

/** Key and shape of every word of a sentence. */
export function tokenInfo(words: readonly string[]): TokenInfo[] {
  return words.map((w) => ({ key: translitKey(w), shape: wordShape(w) }));
}

/** Static features of every word of a sentence (word features + context features). */
export function sentenceFeatures(words: readonly string[], gaz?: GazetteerTags, lowerWords?: ReadonlySet<string>): string[][] {
  const info = tokenInfo(words);
  return words.map((w, i) => [...wordFeatures(w), ...contextFeatures(words, info, i, gaz, lowerWords)]);
}

/** Transition features into a word (key) from the previous word's tag: scored for every previous tag by the Viterbi decoder. */
export function transitionFeatures(prev: string, key: string): [string, string] {
  return [`t-1=${prev}`, `t-1w=${prev}|${key}`];
}
