import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBratDir } from './brat.js';
import { readFactRuEvalDir } from './factrueval.js';
import { readIob } from './iob.js';
import type { GoldSentence } from './types.js';

/** A named part of a gold corpus under ../shared/data/ner. */
export interface CorpusPart {
  name: string;
  lang: string;
  role: 'train' | 'dev';
  read: () => GoldSentence[];
}

/**
 * Where a corpus ships only its training texts here (ner-uk; factRuEval, whose `devset` is its
 * training part), every 10th text is Kronika's dev part and the rest trains.
 */
const DEV_EVERY = 10;

/** Every `every`-th document of a corpus (`held`: those; else the others). */
function everyNthDocument(sentences: GoldSentence[], every: number, held: boolean): GoldSentence[] {
  let d = -1;
  let last: unknown = null;
  return sentences.filter((s) => {
    if (s.doc?.words !== last) { d++; last = s.doc?.words; }
    return (d % every === every - 1) === held;
  });
}

/**
 * The NER corpora Kronika trains and measures on. ner-uk and factRuEval ship only their training
 * texts here, so every 10th text of each is held out as dev; UNER English is dev only (no English
 * training data).
 */
export function nerCorpora(nerDir: string): CorpusPart[] {
  const p = (...x: string[]) => join(nerDir, ...x);
  // ner-uk's training texts as brat documents (its train.iob marks no document)
  const uk = () => ['bruk', 'ng'].flatMap((d) => readBratDir(p('ner-uk', 'data', d), 'uk'));
  const parts: CorpusPart[] = [
    { name: 'uner-sr-set/train', lang: 'sr', role: 'train', read: () => readIob(p('uner-sr-set', 'sr_set-ud-train.iob2'), 'iob2', 'sr') },
    { name: 'uner-sr-set/dev', lang: 'sr', role: 'dev', read: () => readIob(p('uner-sr-set', 'sr_set-ud-dev.iob2'), 'iob2', 'sr') },
    { name: 'uner-hr-set/train', lang: 'hr', role: 'train', read: () => readIob(p('uner-hr-set', 'hr_set-ud-train.iob2'), 'iob2', 'hr') },
    { name: 'uner-hr-set/dev', lang: 'hr', role: 'dev', read: () => readIob(p('uner-hr-set', 'hr_set-ud-dev.iob2'), 'iob2', 'hr') },
    { name: 'ner-uk/train-90%', lang: 'uk', role: 'train', read: () => everyNthDocument(uk(), DEV_EVERY, false) },
    { name: 'ner-uk/dev-10%', lang: 'uk', role: 'dev', read: () => everyNthDocument(uk(), DEV_EVERY, true) },
    { name: 'nerel-ru/train', lang: 'ru', role: 'train', read: () => readBratDir(p('nerel-ru', 'train'), 'ru') },
    { name: 'nerel-ru/dev', lang: 'ru', role: 'dev', read: () => readBratDir(p('nerel-ru', 'dev'), 'ru') },
    { name: 'factrueval-ru/train-90%', lang: 'ru', role: 'train', read: () => everyNthDocument(readFactRuEvalDir(p('factrueval-ru', 'devset')), DEV_EVERY, false) },
    { name: 'factrueval-ru/dev-10%', lang: 'ru', role: 'dev', read: () => everyNthDocument(readFactRuEvalDir(p('factrueval-ru', 'devset')), DEV_EVERY, true) },
    { name: 'uner-en-ewt/dev', lang: 'en', role: 'dev', read: () => readIob(p('uner-en-ewt', 'en_ewt-ud-dev.iob2'), 'iob2', 'en') },
  ];
  return parts.filter((c) => existsSync(p(c.name.split('/')[0]!)));
}
