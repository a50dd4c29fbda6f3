import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, tokenize } from '../../text/segment.js';
import { findNames } from './annotate.js';
import { wordsAsText } from './gazetteer.js';
import { readBratDir } from './gold/brat.js';
import { readFactRuEvalDir } from './gold/factrueval.js';
import { readIob } from './gold/iob.js';
import type { GoldDocument, GoldSentence, WordSpan } from './gold/types.js';
import type { Span } from '../../model/index.js';
import { mapType } from './gold/type-map.js';
import type { EntityResources } from './resources.js';
import { SpanScorer, type NerScores } from './score.js';

export type GoldFormat = 'iob2' | 'ner-uk' | 'brat' | 'factrueval' | 'bsnlp';

/** Reads sentence-level gold of a format (a file for iob2/ner-uk, a folder for brat/factrueval). */
export function readGoldSentences(path: string, format: Exclude<GoldFormat, 'bsnlp'>, lang?: string): GoldSentence[] {
  switch (format) {
    case 'iob2':
    case 'ner-uk':
      return readIob(path, format, lang);
    case 'brat':
      return readBratDir(path, lang);
    case 'factrueval':
      return readFactRuEvalDir(path);
  }
}

/**
 * Recognises gold sentences as the stage would, and scores exact spans: the sentences of one
 * document are recognised together, as one text of their words joined by spaces (the model's
 * document features read the whole text); a sentence without a document alone.
 */
export function scoreSentences(res: EntityResources, gold: GoldSentence[], lang: string): NerScores {
  const scorer = new SpanScorer();
  let docWords: GoldDocument['words'] | null = null;
  let docSpans: WordSpan[][] = [];
  for (const s of gold) {
    const l = s.lang ?? lang;
    if (!s.doc) { scorer.add(s.spans, recogniseSentences(res, [s.words], l)[0]!); continue; }
    if (s.doc.words !== docWords) { docWords = s.doc.words; docSpans = recogniseSentences(res, docWords, l); }
    scorer.add(s.spans, docSpans[s.doc.index]!);
  }
  return scorer.scores();
}

/** Names in a text made of sentences of words, as word spans of each sentence (a name across two sentences is dropped). */
function recogniseSentences(res: EntityResources, sentences: readonly (readonly string[])[], lang: string): WordSpan[][] {
  const { text, tokens } = wordsAsText(sentences.flat());
  const spans: Span[] = [];
  const firstToken: number[] = [];
  let t = 0;
  for (const words of sentences) {
    firstToken.push(t);
    if (words.length) spans.push({ start: tokens[t]!.start, end: tokens[t + words.length - 1]!.end });
    t += words.length;
  }
  const out: WordSpan[][] = sentences.map(() => []);
  let si = 0;
  for (const x of findNames(res, text, tokens, spans, lang).spans) {
    while (si + 1 < sentences.length && firstToken[si + 1]! <= x.t0) si++;
    const base = firstToken[si]!;
    if (x.t1 > base + sentences[si]!.length) continue;
    out[si]!.push({ start: x.t0 - base, end: x.t1 - base, type: x.type });
  }
  return out;
}

/**
 * BSNLP topic folders (`<topic>/raw/<lang>`, `<topic>/annotated/<lang>`): the names of a document
 * are a set of (surface, type); found names are compared with it case-insensitively (BSNLP's
 * "relaxed" document-level recognition score). PRO/EVT/MISC are ignored.
 */
export function scoreBsnlp(res: EntityResources, dir: string, lang: string, folder = lang): NerScores {
  const scorer = new SpanScorer();
  const topics = existsSync(join(dir, 'raw')) ? [dir] : readdirSync(dir).sort().map((t) => join(dir, t));
  for (const topic of topics) {
    const rawDir = join(topic, 'raw', folder);
    const annDir = join(topic, 'annotated', folder);
    if (!existsSync(rawDir) || !existsSync(annDir)) continue;
    for (const f of readdirSync(annDir).sort()) {
      // `file_1.txt.out` (2017) or `brexit_ua.txt_file_1.out` beside `brexit_ua.txt_file_1.txt` (2019)
      const rawFile = [f.replace(/\.out$/, ''), f.replace(/\.out$/, '.txt')].map((r) => join(rawDir, r)).find((r) => existsSync(r));
      if (!rawFile) continue;
      const raw = readFileSync(rawFile, 'utf8').split(/\r?\n/);
      const text = raw.slice(4).join('\n');
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens, { abbreviations: new Set() });
      const { spans } = findNames(res, text, tokens, sentences, lang);
      const key = (s: string, t: string) => `${s.toLowerCase()}\t${t}`;
      const goldSet = new Set<string>();
      for (const line of readFileSync(join(annDir, f), 'utf8').split(/\r?\n/)) {
        const c = line.split('\t');
        const t = c.length >= 3 ? mapType(c[2]!.trim()) : null;
        if (t) goldSet.add(key(c[0]!.trim(), t));
      }
      const predSet = new Set(spans.map((s) => key(text.slice(s.start, s.end), s.type)));
      // sets as pseudo-spans: index each distinct key once
      const ids = new Map<string, number>();
      const id = (k: string) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1);
      const asSpans = (set: Set<string>): WordSpan[] => [...set].map((k) => ({ start: id(k), end: id(k) + 1, type: k.split('\t')[1] as WordSpan['type'] }));
      scorer.add(asSpans(goldSet), asSpans(predSet));
    }
  }
  return scorer.scores();
}
