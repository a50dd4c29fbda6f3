import type { EntityType } from '../../../model/index.js';

/** The entity types Kronika recognises and scores (CoNLL style). */
export type NerType = Extract<EntityType, 'PER' | 'ORG' | 'LOC'>;
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC'];

/** A gold entity over a sentence's words: [start, end) in word indexes. */
export interface WordSpan {
  start: number;
  end: number;
  type: NerType;
}

/** One sentence of gold data: its words and flat (non-nested) entity spans. */
export interface GoldSentence {
  words: string[];
  spans: WordSpan[];
  /** Language code of the corpus, when known. */
  lang?: string;
  /** Its document: the words of every sentence of it (this one included) and this one's place among them. */
  doc?: GoldDocument;
}

/** A gold sentence's document, as the document features of the model see it (words only). */
export interface GoldDocument {
  words: readonly (readonly string[])[];
  index: number;
}

/** Marks sentences as one document's, in order; returns them. */
export function asDocument<S extends GoldSentence>(sentences: S[]): S[] {
  const words = sentences.map((s) => s.words);
  sentences.forEach((s, index) => { s.doc = { words, index }; });
  return sentences;
}

/** BIO tags of a sentence from its spans. */
export function spansToBio(n: number, spans: WordSpan[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}

/** Spans from BIO/IOB2 tags (an I- without its B- opens a span, as CoNLL's scorer does). */
export function bioToSpans(tags: readonly string[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let cur: WordSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const type = t === 'O' ? null : (t.slice(2) as NerType);
    const begins = t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== type));
    if (cur && (t === 'O' || begins)) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (type && begins) cur = { start: i, end: i + 1, type };
  }
  return spans;
}
