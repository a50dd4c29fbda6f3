import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pseudoDocuments, readBsnlpRaw, readCsv, readJsonl, readSentenceDocs, readTextFiles, type SentenceDoc } from './corpora.js';

/**
 * The labelled text language identification is measured on: each source names its language, the
 * kind of unit it yields (whole articles, headlines, pseudo-documents of ~5 sentences, sentences)
 * and where it lives under `../shared/data`. Sources that are absent are skipped with a reason.
 */
export type Unit = 'article' | 'headline' | 'doc5' | 'sentence' | 'paragraph';

export interface LangSource {
  name: string;
  lang: string;
  unit: Unit;
  /** Files or folders under the data root that must exist. */
  needs: string[];
  load(data: string): string[];
}

/** Sentences per pseudo-document of a sentence-level corpus. */
export const PSEUDO_DOC_SENTENCES = 5;

const conllu = (rel: string[]) => (data: string): SentenceDoc[] => rel.flatMap((r) => readSentenceDocs(join(data, r)));

/** A sentence-level corpus gives two sources: pseudo-documents of 5 sentences and single sentences. */
function sentenceCorpus(name: string, lang: string, files: string[]): LangSource[] {
  const docs = conllu(files);
  return [
    { name, lang, unit: 'doc5', needs: files, load: (d) => pseudoDocuments(docs(d), PSEUDO_DOC_SENTENCES) },
    { name, lang, unit: 'sentence', needs: files, load: (d) => docs(d).flatMap((x) => x.sentences) },
  ];
}

interface WmtDoc {
  src_lang?: string;
  src?: string[];
  refs?: Record<string, string[]>;
  [lang: string]: unknown;
}

/** Documents of a WMT JSONL file in `lang`: the source side when it is in that language, else its references. */
function wmt(file: string, lang: string) {
  return (data: string): string[] =>
    readJsonl<WmtDoc>(join(data, 'news/wmt-generaltest', file)).flatMap((d) => {
      if (Array.isArray(d[lang])) return [(d[lang] as string[]).join(' ')];
      if (d.src_lang === lang && d.src) return [d.src.join(' ')];
      return Object.entries(d.refs ?? {})
        .filter(([k]) => k.split(':')[0] === lang)
        .slice(0, 1)
        .map(([, v]) => v.join(' '));
    });
}

const headlines = (file: string, filter: (h: string) => boolean) => (data: string) =>
  readCsv(join(data, 'news/serbian-headlines-rts-n1', file))
    .map((r) => (r.headline ?? '').trim())
    .filter((h) => h && filter(h));

const CYRILLIC = /\p{Script=Cyrillic}/u;

export const LANG_SOURCES: LangSource[] = [
  {
    name: 'alb-fake-news-corpus',
    lang: 'sq',
    unit: 'article',
    needs: ['news/alb-fake-news-corpus/articles.jsonl'],
    load: (d) => readJsonl<{ title?: string; text?: string }>(join(d, 'news/alb-fake-news-corpus/articles.jsonl')).map((a) => `${a.title ?? ''}\n${a.text ?? ''}`.trim()),
  },
  ...sentenceCorpus('ud-sq-staf', 'sq', ['ud/ud-sq-staf/sq_staf-ud-train.conllu', 'ud/ud-sq-staf/sq_staf-ud-dev.conllu', 'ud/ud-sq-staf/sq_staf-ud-test.conllu']),
  ...sentenceCorpus('ud-mk-mtb', 'mk', ['ud/ud-mk-mtb/mk_mtb-ud-test.conllu']),
  {
    name: 'apertium-mkd raw',
    lang: 'mk',
    unit: 'paragraph',
    needs: ['lexicons/apertium-mkd/antigovernment.raw.txt'],
    load: (d) => readTextFiles(join(d, 'lexicons/apertium-mkd'), '.raw.txt').flatMap((f) => f.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)),
  },
  { name: 'bruk-press', lang: 'uk', unit: 'article', needs: ['news/bruk-press/texts'], load: (d) => readTextFiles(join(d, 'news/bruk-press/texts')).map((f) => f.text) },
  { name: 'bsnlp', lang: 'uk', unit: 'article', needs: ['bsnlp'], load: (d) => readBsnlpRaw(join(d, 'bsnlp'), 'uk') },
  { name: 'wmt22 uk-en', lang: 'uk', unit: 'article', needs: ['news/wmt-generaltest/wmt22.uk-en.jsonl'], load: wmt('wmt22.uk-en.jsonl', 'uk') },
  ...sentenceCorpus('ud-uk-iu', 'uk', ['ud/ud-uk-iu/uk_iu-ud-dev.conllu']),
  { name: 'bsnlp', lang: 'ru', unit: 'article', needs: ['bsnlp'], load: (d) => readBsnlpRaw(join(d, 'bsnlp'), 'ru') },
  {
    name: 'nerel-ru dev',
    lang: 'ru',
    unit: 'article',
    needs: ['ner/nerel-ru/dev'],
    load: (d) => readTextFiles(join(d, 'ner/nerel-ru/dev')).map((f) => f.text),
  },
  { name: 'wmt23 ru-en', lang: 'ru', unit: 'article', needs: ['news/wmt-generaltest/wmt23.ru-en.jsonl'], load: wmt('wmt23.ru-en.jsonl', 'ru') },
  ...sentenceCorpus('ud-ru-gsd', 'ru', ['ud/ud-ru-gsd/ru_gsd-ud-dev.conllu']),
  { name: 'bsnlp', lang: 'bg', unit: 'article', needs: ['bsnlp'], load: (d) => readBsnlpRaw(join(d, 'bsnlp'), 'bg') },
  { name: 'wmt22 en-hr (en)', lang: 'en', unit: 'article', needs: ['news/wmt-generaltest/wmt22.en-hr.jsonl'], load: wmt('wmt22.en-hr.jsonl', 'en') },
  { name: 'wmt22 en-xx (en)', lang: 'en', unit: 'article', needs: ['news/wmt-generaltest/wmt22.en-xx.multi.jsonl'], load: wmt('wmt22.en-xx.multi.jsonl', 'en') },
  ...sentenceCorpus('uner-en-ewt', 'en', ['ner/uner-en-ewt/en_ewt-ud-dev.iob2']),
  { name: 'rts headlines Cyrl', lang: 'sr', unit: 'headline', needs: ['news/serbian-headlines-rts-n1/rts.csv'], load: headlines('rts.csv', (h) => CYRILLIC.test(h)) },
  { name: 'rts headlines Latn', lang: 'sr', unit: 'headline', needs: ['news/serbian-headlines-rts-n1/rts_latin.csv'], load: headlines('rts_latin.csv', (h) => !CYRILLIC.test(h)) },
  { name: 'n1 headlines', lang: 'sr', unit: 'headline', needs: ['news/serbian-headlines-rts-n1/events_extracted.csv'], load: headlines('events_extracted.csv', () => true) },
  ...sentenceCorpus('ud-sr-set', 'sr', ['ud/ud-sr-set/sr_set-ud-dev.conllu']),
  // UNER dev sentences are the UD dev sentences: only the train part is new text.
  ...sentenceCorpus('uner-sr-set train', 'sr', ['ner/uner-sr-set/sr_set-ud-train.iob2']),
  ...sentenceCorpus('ud-hr-set', 'hr', ['ud/ud-hr-set/hr_set-ud-dev.conllu']),
  ...sentenceCorpus('uner-hr-set train', 'hr', ['ner/uner-hr-set/hr_set-ud-train.iob2']),
  { name: 'bsnlp', lang: 'hr', unit: 'article', needs: ['bsnlp'], load: (d) => readBsnlpRaw(join(d, 'bsnlp'), 'hr') },
  { name: 'wmt22 en-hr (hr ref)', lang: 'hr', unit: 'article', needs: ['news/wmt-generaltest/wmt22.en-hr.jsonl'], load: wmt('wmt22.en-hr.jsonl', 'hr') },
];

/** The sources whose files are present under `data`, and a reason for each one that is not. */
export function availableSources(data: string, sources = LANG_SOURCES): { present: LangSource[]; missing: string[] } {
  const present: LangSource[] = [];
  const missing: string[] = [];
  for (const s of sources) {
    const absent = s.needs.find((n) => !existsSync(join(data, n)));
    if (absent) missing.push(`${s.lang} ${s.name}: ${absent} is absent`);
    else present.push(s);
  }
  return { present, missing };
}
