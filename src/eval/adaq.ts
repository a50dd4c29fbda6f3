import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Article } from '../model/index.js';

/**
 * The ADAQ quotation test sets (../shared/data/news/adaq-quotes: Russian and Czech sentences,
 * tokens tagged source / cue / content / None) and their scoring: quote detection per sentence,
 * content tokens, and whether the cue found covers the gold source and cue words.
 */
export type AdaqTag = 'source' | 'cue' | 'content' | 'None';

export interface AdaqToken {
  text: string;
  tag: AdaqTag;
  start: number;
  end: number;
}

export interface AdaqSentence {
  id: string;
  text: string;
  tokens: AdaqToken[];
}

/** Read `<lang>_sentences.tsv` and `<lang>_tokens.tsv`; token offsets are found in the sentence text in order. */
export function readAdaq(dir: string, lang: string): AdaqSentence[] {
  const opts = { delimiter: '\t', relax_quotes: true, relax_column_count: true, from_line: 2 } as const;
  const sentences = parse(readFileSync(join(dir, `${lang}_sentences.tsv`), 'utf8'), opts) as string[][];
  const tokens = parse(readFileSync(join(dir, `${lang}_tokens.tsv`), 'utf8'), { ...opts, quote: false }) as string[][];
  const byId = new Map<string, AdaqToken[]>();
  const texts = new Map<string, string>();
  for (const [text, id] of sentences) if (id && text !== undefined) texts.set(id, text);
  const cursor = new Map<string, number>();
  for (const [, tok, id, , tag] of tokens) {
    if (!id || tok === undefined) continue;
    const text = texts.get(id);
    if (text === undefined) continue;
    const from = cursor.get(id) ?? 0;
    const at = text.indexOf(tok, from);
    const start = at >= 0 ? at : from;
    const end = at >= 0 ? at + tok.length : from;
    cursor.set(id, end);
    const list = byId.get(id) ?? [];
    list.push({ text: tok, tag: (tag as AdaqTag) ?? 'None', start, end });
    byId.set(id, list);
  }
  return [...texts.entries()].filter(([id]) => byId.has(id)).map(([id, text]) => ({ id, text, tokens: byId.get(id)! }));
}

export interface AdaqScores {
  sentences: number;
  /** Sentences with a quotation: tp, fp, fn. */
  detection: { tp: number; fp: number; fn: number };
  /** Content words inside an output quote: tp, fp, fn (punctuation left out). */
  content: { tp: number; fp: number; fn: number };
  /** Sentences found with gold source words, whose output cue covers one of them. */
  source: { hit: number; total: number };
  /** Sentences found with gold cue words, whose output cue covers one of them. */
  cue: { hit: number; total: number };
}

const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);

/** Score the output (one analysed article per sentence, same order) against the sentences. */
export function scoreAdaq(sentences: readonly AdaqSentence[], docs: readonly Article[]): AdaqScores {
  const s: AdaqScores = { sentences: sentences.length, detection: { tp: 0, fp: 0, fn: 0 }, content: { tp: 0, fp: 0, fn: 0 }, source: { hit: 0, total: 0 }, cue: { hit: 0, total: 0 } };
  sentences.forEach((sent, i) => {
    const doc = docs[i]!;
    const gold = sent.tokens.some((t) => t.tag === 'content');
    const found = doc.quotes.length > 0;
    if (gold && found) s.detection.tp++;
    else if (found) s.detection.fp++;
    else if (gold) s.detection.fn++;
    const inQuote = (t: AdaqToken) => doc.quotes.some((q) => t.start >= q.start && t.end <= q.end);
    const inCue = (t: AdaqToken) => doc.quotes.some((q) => q.cue && t.start < q.cue.end && q.cue.start < t.end);
    for (const t of sent.tokens) {
      if (!isWord(t.text)) continue;
      const want = t.tag === 'content';
      const got = inQuote(t);
      if (want && got) s.content.tp++;
      else if (got) s.content.fp++;
      else if (want) s.content.fn++;
    }
    if (gold && found) {
      const src = sent.tokens.filter((t) => t.tag === 'source');
      const cue = sent.tokens.filter((t) => t.tag === 'cue');
      if (src.length) {
        s.source.total++;
        if (src.some(inCue)) s.source.hit++;
      }
      if (cue.length) {
        s.cue.total++;
        if (cue.some(inCue)) s.cue.hit++;
      }
    }
  });
  return s;
}

export const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
