import { translitKey } from './translit-key.js';
import type { WordClusters } from './clusters.js';
import { fmix32, murmurRound } from '../../hash.js';

/**
 * Features of the sequence model, as 32-bit hashes of (template, values): no feature string is
 * built at tagging time. Each distinct word is analysed once (WordInfo: its transliteration key,
 * shape, affixes, clusters, each already hashed; the tagger caches it); a token's context features
 * combine its neighbours' hashes. Word features use the transliteration key, so Cyrillic and Latin
 * spellings of one word share weights. The transition features (previous tag, alone and with the
 * word) are scored by the decoder.
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

function scriptOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 0x400 && c <= 0x52f) return 1;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 2;
  if (c >= 0x30 && c <= 0x39) return 3;
  return /\p{L}/u.test(w[0] ?? '') ? 4 : 5;
}

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash of a feature: its template and up to three values (murmur3's mixing and finaliser). */
export function feat(template: number, a = 0, b = 0, c = 0): number {
  return fmix32(murmurRound(murmurRound(murmurRound(template * 0x9e3779b1, a), b), c));
}

/** Feature templates (numbers are part of the model: append, never renumber). */
const T = {
  bias: 1, word: 2, shape: 3, script: 4, prefix: 5, suffix: 6, stem: 7, hyphen: 8, hyphenWord: 9,
  cap: 10, lowerWord: 11, prev: 12, next: 13, prev2: 14, next2: 15, prevSuffix: 16, nextSuffix: 17,
  prevWord: 18, wordNext: 19, prevShape: 20, shapeNext: 21, prevCap: 22, nextCap: 23, suffixCap: 24,
  lowerNeighbours: 25, gaz: 26, gazPrev: 27, gazNext: 28, gazShape: 29, prevTag: 30, prevTagWord: 31,
  cluster: 32, docCap: 33, docShape: 34,
} as const;

/** Prefix lengths of the cluster paths used as features (Ratinov & Roth 2009 use 4, 6, 10, 20). */
const CLUSTER_PREFIXES = [4, 6, 10, 20];

/** What an optional gazetteer says about each word: `B-LOC`, `I-ORG`, ... or null. */
export type GazetteerTags = (string | null)[];

/** A word analysed once: its key and the hashes its features are made of. */
export interface WordInfo {
  key: string;
  /** Hashes of the key, the shape, the key's last three letters. */
  kh: number;
  sh: number;
  s3: number;
  /** Capitalisation: 0 lower, 1 Title, 2 ALL CAPS, 3 mixed. */
  cc: number;
  /** Hashes of the word's cluster path prefixes (0 when the word has no cluster). */
  cl: number[];
  /** Hashes of the word's own features (the same wherever it stands). */
  own: number[];
}

const BOUNDARY = (name: string): WordInfo => ({ key: name, kh: hashString(name), sh: hashString(name), s3: hashString(name.slice(-3)), cc: 0, cl: CLUSTER_PREFIXES.map(() => 0), own: [] });
const START = BOUNDARY('<s>');
const END = BOUNDARY('</s>');

/** Analyses a word: key, shape, affixes, clusters. */
export function wordInfo(w: string, clusters?: WordClusters | null): WordInfo {
  const key = translitKey(w);
  const shape = wordShape(w);
  const kh = hashString(key);
  const sh = hashString(shape);
  const upper = w !== w.toLowerCase();
  const first = w[0] ?? '';
  const cap = first !== first.toLowerCase();
  const allCap = upper && w === w.toUpperCase() && key.length > 1;
  const cc = allCap ? 2 : cap ? 1 : upper ? 3 : 0;
  const own: number[] = [feat(T.bias), feat(T.word, kh), feat(T.shape, sh), feat(T.script, scriptOf(w))];
  const len = key.length;
  for (let j = 1; j <= 4 && j <= len; j++) own.push(feat(T.prefix, j, hashString(key.slice(0, j))), feat(T.suffix, j, hashString(key.slice(len - j))));
  // longer prefixes and the word less its last two letters: inflected forms of one name share them
  // (`Prendergast`, `Prendergasta`; `Feronikel`, `Feronikela`)
  if (len > 5) own.push(feat(T.prefix, 5, hashString(key.slice(0, 5))));
  if (len > 6) own.push(feat(T.prefix, 6, hashString(key.slice(0, 6))));
  if (len > 4) own.push(feat(T.stem, hashString(key.slice(0, Math.max(4, len - 2)))));
  const hy = key.search(/[-‐]/);
  if (hy > 0) own.push(feat(T.hyphen, hashString(wordShape(w.slice(0, hy))), hashString(key.slice(hy + 1))), feat(T.hyphenWord, hashString(key.slice(0, hy))));
  const path = clusters?.get(key);
  const cl = CLUSTER_PREFIXES.map((p) => (path ? hashString(path.slice(0, p)) : 0));
  if (path) cl.forEach((c, j) => own.push(feat(T.cluster, j, c)));
  return { key, kh, sh, s3: hashString(key.slice(-3)), cc, cl, own };
}

/** A sentence's words for the context features: their analyses, whether each is usually written in lower case, gazetteer codes. */
export interface SentenceView {
  info: readonly WordInfo[];
  lower: Uint8Array;
  gaz?: Uint32Array;
  /** Document codes (src/nlp/entities/doc-context.ts; 0 for none). */
  doc?: Uint8Array;
}

/** Gazetteer tags as hashes (0 for none). */
export function gazetteerCodes(gaz: GazetteerTags): Uint32Array {
  return Uint32Array.from(gaz, (g) => (g ? hashString(g) : 0));
}

const NONE = hashString('-');

/**
 * Features of a word that depend on it and on whether it starts the sentence only (pushed onto
 * `out`): capitalisation with "at sentence start", whether a capitalised word is usually written
 * in lower case (a sentence's first word, a title: rarely a name), its ending with its capitalisation.
 * The tagger sums their weights once per word.
 */
export function positionFeatures(me: WordInfo, lower: number, first: number, out: number[]): void {
  const cc = me.cc * 2 + first;
  out.push(feat(T.cap, cc));
  if (me.cc === 1 || me.cc === 2) out.push(feat(T.lowerWord, lower, first));
  out.push(feat(T.suffixCap, me.s3, cc));
}

/** Where a neighbour stands: the word before, after, two before, two after. */
export const Slot = { Prev: 0, Next: 1, Prev2: 2, Next2: 3 } as const;
export type Slot = (typeof Slot)[keyof typeof Slot];

/** Features a word gives the word next to it (it standing in `slot`): its key, and its ending for ±1. The tagger sums them once per word. */
export function neighbourFeatures(nb: WordInfo, slot: Slot, out: number[]): void {
  if (slot === Slot.Prev) out.push(feat(T.prev, nb.kh), feat(T.prevSuffix, nb.s3));
  else if (slot === Slot.Next) out.push(feat(T.next, nb.kh), feat(T.nextSuffix, nb.s3));
  else out.push(feat(slot === Slot.Prev2 ? T.prev2 : T.next2, nb.kh));
}

/** The stand-in analyses of the sentence boundaries (as neighbours). */
export const BOUNDARIES = { start: START, end: END };

/**
 * Features of word i from pairs of words (pushed onto `out`): the word with its neighbours, the
 * shapes, the neighbours with this word's capitalisation, whether the neighbours are usually
 * written in lower case, gazetteer tags around it.
 */
export function pairFeatures(s: SentenceView, i: number, out: number[]): void {
  const { info, lower, gaz } = s;
  const n = info.length;
  const me = info[i]!;
  const p1 = i > 0 ? info[i - 1]! : START;
  const n1 = i + 1 < n ? info[i + 1]! : END;
  const cc = me.cc * 2 + (i === 0 ? 1 : 0);
  out.push(feat(T.prevWord, p1.kh, me.kh), feat(T.wordNext, me.kh, n1.kh), feat(T.prevShape, p1.sh, me.sh), feat(T.shapeNext, me.sh, n1.sh));
  out.push(feat(T.prevCap, p1.kh, cc), feat(T.nextCap, cc, n1.kh));
  out.push(feat(T.lowerNeighbours, (i > 0 ? lower[i - 1]! : 0) * 2 + (i === 1 ? 1 : 0), i + 1 < n ? lower[i + 1]! : 0, cc));
  if (gaz) {
    const g = gaz[i]!;
    out.push(feat(T.gaz, g || NONE), feat(T.gazPrev, (i > 0 && gaz[i - 1]) || NONE), feat(T.gazNext, (i + 1 < n && gaz[i + 1]) || NONE));
    if (g) out.push(feat(T.gazShape, g, me.sh));
  }
  const d = s.doc?.[i];
  if (d) out.push(feat(T.docCap, d, cc), feat(T.docShape, d, me.sh));
}

/** All context features of word i: position, neighbours ±2, pairs. */
export function contextFeatures(s: SentenceView, i: number, out: number[]): void {
  const { info } = s;
  const n = info.length;
  positionFeatures(info[i]!, s.lower[i]!, i === 0 ? 1 : 0, out);
  neighbourFeatures(i > 0 ? info[i - 1]! : START, Slot.Prev, out);
  neighbourFeatures(i + 1 < n ? info[i + 1]! : END, Slot.Next, out);
  neighbourFeatures(i > 1 ? info[i - 2]! : START, Slot.Prev2, out);
  neighbourFeatures(i + 2 < n ? info[i + 2]! : END, Slot.Next2, out);
  pairFeatures(s, i, out);
}

/** The feature "previous tag p" (scored for every p by the decoder). */
export function prevTagFeature(p: number): number {
  return feat(T.prevTag, p);
}

/** The feature "previous tag p, this word". */
export function prevTagWordFeature(p: number, kh: number): number {
  return feat(T.prevTagWord, p, kh);
}

/** Hashes of every feature of every word of a sentence (for training). */
export function sentenceFeatures(words: readonly string[], gaz: GazetteerTags | undefined, lowerWords: ReadonlySet<string>, clusters?: WordClusters | null, doc?: Uint8Array): { info: WordInfo[]; feats: number[][] } {
  const info = words.map((w) => wordInfo(w, clusters));
  const view: SentenceView = { info, lower: Uint8Array.from(info, (x) => (lowerWords.has(x.key) ? 1 : 0)), ...(gaz ? { gaz: gazetteerCodes(gaz) } : {}), ...(doc ? { doc } : {}) };
  const feats = info.map((x, i) => {
    const out = x.own.slice();
    contextFeatures(view, i, out);
    return out;
  });
  return { info, feats };
}
