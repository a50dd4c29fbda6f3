import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, tokenize } from '../../text/segment.js';
import { findNames } from './annotate.js';
import { wordsAsText } from './gazetteer.js';
import { readBratDir } from './gold/brat.js';
import { readFactRuEvalDir } from './gold/factrueval.js';
import { readIob } from './gold/iob.js';
import type { GoldSentence, WordSpan } from './gold/types.js';
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

/** Recognises each gold sentence (as the stage would, on its words joined by spaces) and scores exact spans. */
export function scoreSentences(res: EntityResources, gold: GoldSentence[], lang: string): NerScores {
  const scorer = new SpanScorer();
  for (const s of gold) {
    const { text, tokens } = wordsAsText(s.words);
    const { spans } = findNames(res, text, tokens, [{ start: 0, end: text.length }], s.lang ?? lang);
    const pred: WordSpan[] = spans.map((x) => ({ start: x.t0, end: x.t1, type: x.type }));
    scorer.add(s.spans, pred);
  }
  return scorer.scores();
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
      const rawFile = join(rawDir, f.replace(/\.out$/, ''));
      if (!existsSync(rawFile)) continue;
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
