/**
 * Measuring story clustering on corpora whose grouping is known:
 * - WMT22 `wmt22.en-xx.multi.jsonl`: the same news document in English, Ukrainian and Russian (human
 *   translations); one document = one story, and different documents are different stories.
 * - BSNLP: articles in bg/ru/uk on six topics; a topic spans many events, so only its precision
 *   is meaningful (articles of different topics must never share a story); the share of
 *   same-topic pairs put together is reported for information.
 * Scored pairwise: precision = pairs put together that belong together, recall = pairs that
 * belong together put together.
 */
import { readFileSync } from 'node:fs';
import { bsnlpRawFiles } from '../eval/bsnlp.js';
import type { RawArticle } from '../model/index.js';

export interface Labelled {
  raw: RawArticle;
  /** The gold group (document or topic) the article belongs to. */
  group: string;
}

const rawArticle = (uri: string, body: string, language: string, date: string | null): RawArticle => ({
  source: { kind: 'file', uri, name: uri, outlet: null },
  title: null,
  body,
  date: date ? { value: date, precision: 'day', source: 'header', evidence: null } : null,
  declaredLanguage: language,
});

/** News documents only (WMT also has e-commerce, chat and social-media texts, not news). */
const NOT_NEWS = /CLIENT|ecommerce|(^|_)t[13]_/;

export function* wmtMulti(path: string, languages: string[]): Generator<Labelled> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as Record<string, unknown> & { id: string };
    if (NOT_NEWS.test(o.id)) continue;
    for (const lang of languages) {
      const sents = o[lang];
      if (!Array.isArray(sents) || sents.length < 3) continue;
      yield { raw: rawArticle(`${path}#${o.id}/${lang}`, sents.join(' '), lang, null), group: o.id };
    }
  }
}

/** BSNLP raw articles (their dates given), grouped by topic. */
export function* bsnlpTopics(dir: string): Generator<Labelled> {
  for (const f of bsnlpRawFiles(dir)) yield { raw: rawArticle(f.path, f.body, f.lang, f.date), group: f.topic };
}

export { scorePairs, type PairScore } from '../eval/pairs.js';
