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

/** The part of ner-uk's train.iob kept out of training as its dev set: every 10th sentence. */
const UK_DEV_EVERY = 10;

/**
 * The NER corpora Kronika trains and measures on. ner-uk ships only its train part here, so every
 * 10th sentence of it is held out as dev; UNER English is dev only (no English training data).
 */
export function nerCorpora(nerDir: string): CorpusPart[] {
  const p = (...x: string[]) => join(nerDir, ...x);
  const uk = () => readIob(p('ner-uk', 'iob', 'train.iob'), 'ner-uk', 'uk');
  const parts: CorpusPart[] = [
    { name: 'uner-sr-set/train', lang: 'sr', role: 'train', read: () => readIob(p('uner-sr-set', 'sr_set-ud-train.iob2'), 'iob2', 'sr') },
    { name: 'uner-sr-set/dev', lang: 'sr', role: 'dev', read: () => readIob(p('uner-sr-set', 'sr_set-ud-dev.iob2'), 'iob2', 'sr') },
    { name: 'uner-hr-set/train', lang: 'hr', role: 'train', read: () => readIob(p('uner-hr-set', 'hr_set-ud-train.iob2'), 'iob2', 'hr') },
    { name: 'uner-hr-set/dev', lang: 'hr', role: 'dev', read: () => readIob(p('uner-hr-set', 'hr_set-ud-dev.iob2'), 'iob2', 'hr') },
    { name: 'ner-uk/train-90%', lang: 'uk', role: 'train', read: () => uk().filter((_, i) => i % UK_DEV_EVERY !== UK_DEV_EVERY - 1) },
    { name: 'ner-uk/dev-10%', lang: 'uk', role: 'dev', read: () => uk().filter((_, i) => i % UK_DEV_EVERY === UK_DEV_EVERY - 1) },
    { name: 'nerel-ru/train', lang: 'ru', role: 'train', read: () => readBratDir(p('nerel-ru', 'train'), 'ru') },
    { name: 'nerel-ru/dev', lang: 'ru', role: 'dev', read: () => readBratDir(p('nerel-ru', 'dev'), 'ru') },
    { name: 'factrueval-ru/dev', lang: 'ru', role: 'dev', read: () => readFactRuEvalDir(p('factrueval-ru', 'devset')) },
    { name: 'uner-en-ewt/dev', lang: 'en', role: 'dev', read: () => readIob(p('uner-en-ewt', 'en_ewt-ud-dev.iob2'), 'iob2', 'en') },
  ];
  return parts.filter((c) => existsSync(p(c.name.split('/')[0]!)));
}
