import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { readSentenceDocs } from './corpora.js';
import { splitSentences, tokenize } from '../segment.js';

/**
 * Sentence splitting measured on Universal Dependencies: each document (`# newdoc`) is rebuilt
 * from its `# text =` lines joined by single spaces (and by a line break where `# newpar` starts a
 * paragraph), and the gold boundaries are the ends of its sentences inside paragraphs.
 */
export interface SentenceSource {
  lang: string;
  name: string;
  files: string[];
}

export const SENTENCE_SOURCES: SentenceSource[] = [
  { lang: 'sq', name: 'ud-sq-staf', files: ['ud/ud-sq-staf/sq_staf-ud-dev.conllu', 'ud/ud-sq-staf/sq_staf-ud-test.conllu', 'ud/ud-sq-staf/sq_staf-ud-train.conllu'] },
  { lang: 'sr', name: 'ud-sr-set dev', files: ['ud/ud-sr-set/sr_set-ud-dev.conllu'] },
  { lang: 'hr', name: 'ud-hr-set dev', files: ['ud/ud-hr-set/hr_set-ud-dev.conllu'] },
  { lang: 'mk', name: 'ud-mk-mtb', files: ['ud/ud-mk-mtb/mk_mtb-ud-test.conllu'] },
  { lang: 'uk', name: 'ud-uk-iu dev', files: ['ud/ud-uk-iu/uk_iu-ud-dev.conllu'] },
  { lang: 'ru', name: 'ud-ru-gsd dev', files: ['ud/ud-ru-gsd/ru_gsd-ud-dev.conllu'] },
  { lang: 'en', name: 'ewt dev (uner)', files: ['ner/uner-en-ewt/en_ewt-ud-dev.iob2'] },
];

export interface SentenceScore {
  lang: string;
  name: string;
  docs: number;
  gold: number;
  predicted: number;
  correct: number;
  /** A few boundaries missed or invented, with context, for inspection. */
  errors: string[];
}

/** Score the splitter on one source; `abbreviations` are the language's, as the pipeline uses them. */
export function scoreSentences(src: SentenceSource, data: string, abbreviations: ReadonlySet<string>, keepErrors = 0): SentenceScore | null {
  if (src.files.some((f) => !existsSync(join(data, f)))) return null;
  const score: SentenceScore = { lang: src.lang, name: src.name, docs: 0, gold: 0, predicted: 0, correct: 0, errors: [] };
  for (const doc of src.files.flatMap((f) => readSentenceDocs(join(data, f)))) {
    // Sentences joined by a space, paragraphs (where the treebank marks them) by a line break.
    let text = '';
    const gold = new Set<number>();
    const paragraphEnds = new Set<number>();
    doc.sentences.forEach((s, k) => {
      if (k > 0) {
        const newPar = doc.paragraphStarts.has(k);
        if (newPar) paragraphEnds.add(text.length);
        text += newPar ? '\n' : ' ';
      }
      text += s;
      gold.add(text.length);
    });
    // The ends of documents and paragraphs are not counted: every splitter gets them right.
    for (const e of [text.length, ...paragraphEnds]) gold.delete(e);
    const predicted = new Set(splitSentences(text, tokenize(text), { abbreviations }).map((s) => s.end));
    for (const e of [text.length, ...paragraphEnds]) predicted.delete(e);
    score.docs++;
    score.gold += gold.size;
    score.predicted += predicted.size;
    for (const e of predicted) if (gold.has(e)) score.correct++;
    if (score.errors.length < keepErrors) {
      const ctx = (e: number) => text.slice(Math.max(0, e - 40), e) + ' ‖ ' + text.slice(e, e + 25);
      for (const e of gold) if (!predicted.has(e) && score.errors.length < keepErrors) score.errors.push(`missed:   ${ctx(e)}`);
      for (const e of predicted) if (!gold.has(e) && score.errors.length < keepErrors) score.errors.push(`invented: ${ctx(e)}`);
    }
  }
  return score;
}
