/**
 * What the rest of a document says about a capitalised word: the sequence model's document
 * features. A name is often written in full once (`ministar Miguel Ángel Moratinos`) and then
 * alone at the start of a sentence (`Moratinos je doputovao`), where its capital says nothing; a
 * common word capitalised at a sentence's start is written in lower case elsewhere. Occurrences
 * are matched on their lower-cased prefixes so that a name's case forms meet (`Moratinos`,
 * `Moratinosa`, `Moratinosom`): two words match when they share a prefix at most two letters
 * shorter than the longer of them (and at least four letters long, or the whole of a short word).
 * Language-neutral: it reads capitals and positions only.
 */

import { isCapitalised } from './cues.js';

/** Bits of a code: what the other occurrences of a word in the document are. */
const MID_CAPITAL = 1; // capitalised, not first in its sentence
const LOWER = 2; // written in lower case
const IN_NAME = 4; // capitalised next to another capitalised word, not first in its sentence

/** The code of a word that is not capitalised, or has no letter: no document feature. */
export const NO_CODE = 0;
/** The code of a capitalised word met nowhere else in the document. */
const ALONE = 1;

const isLower = (c: string) => c !== c.toUpperCase();

/** The prefixes a word is filed and looked up under. */
function prefixes(lower: string): string[] {
  const n = lower.length;
  if (n <= 4) return [lower];
  const out: string[] = [];
  for (let k = Math.max(4, n - 2); k <= n; k++) out.push(lower.slice(0, k));
  return out;
}

/**
 * Document codes of every word of every sentence of a document (0: no feature; 1: a capitalised
 * word met nowhere else; 2 + bits: met elsewhere, with the MID_CAPITAL / LOWER / IN_NAME bits of
 * its other occurrences).
 */
export function documentCodes(sentences: readonly (readonly string[])[]): Uint8Array[] {
  // per prefix: how many occurrences, and how many of each kind
  const count = new Map<string, Int32Array>();
  const kinds: Uint8Array[] = [];
  const keys: (string[] | null)[][] = [];
  for (const words of sentences) {
    const kind = new Uint8Array(words.length);
    const ks: (string[] | null)[] = new Array(words.length).fill(null);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const c = w[0] ?? '';
      const cap = isCapitalised(w);
      if (!cap && !isLower(c)) continue;
      let k = 0;
      if (!cap) k = LOWER;
      else if (i > 0) {
        k = MID_CAPITAL;
        if ((i > 1 && isCapitalised(words[i - 1]!)) || isCapitalised(words[i + 1] ?? '')) k |= IN_NAME;
      }
      kind[i] = k;
      const p = prefixes(w.toLowerCase());
      ks[i] = p;
      for (const x of p) {
        let a = count.get(x);
        if (!a) count.set(x, (a = new Int32Array(4)));
        a[0]!++;
        if (k & MID_CAPITAL) a[1]!++;
        if (k & LOWER) a[2]!++;
        if (k & IN_NAME) a[3]!++;
      }
    }
    kinds.push(kind);
    keys.push(ks);
  }
  return sentences.map((words, si) => {
    const out = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const p = keys[si]![i];
      if (!p || !isCapitalised(words[i]!)) continue;
      const k = kinds[si]![i]!;
      let other = false;
      let bits = 0;
      for (const x of p) {
        const a = count.get(x)!;
        if (a[0]! > 1) other = true;
        if (a[1]! - (k & MID_CAPITAL ? 1 : 0) > 0) bits |= MID_CAPITAL;
        if (a[2]! - (k & LOWER ? 1 : 0) > 0) bits |= LOWER;
        if (a[3]! - (k & IN_NAME ? 1 : 0) > 0) bits |= IN_NAME;
      }
      out[i] = other ? 2 + bits : ALONE;
    }
    return out;
  });
}

const byDocument = new WeakMap<object, Uint8Array[]>();

/** The document codes of one sentence of a document given as all its sentences' words (computed once per document). */
export function sentenceDocumentCodes(doc: { words: readonly (readonly string[])[]; index: number }): Uint8Array {
  let codes = byDocument.get(doc.words);
  if (!codes) byDocument.set(doc.words, (codes = documentCodes(doc.words)));
  return codes[doc.index]!;
}
