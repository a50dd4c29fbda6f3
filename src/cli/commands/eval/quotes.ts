import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { prf, readAdaq, scoreAdaq, type AdaqScores } from '../../../eval/adaq.js';
import type { Article } from '../../../model/index.js';
import { quotesStage } from '../../../nlp/quotes/index.js';
import { analyze } from '../../../pipeline.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/**
 * `kronika eval quotes --adaq DIR`: quotation detection and attribution on the ADAQ Russian and
 * Czech sentences (each sentence analysed alone, in its labelled language).
 */
export function registerEvalQuotes(evalCmd: Command): void {
  evalCmd
    .command('quotes')
    .description('Score quotations on the ADAQ sentences (Russian, Czech: source/cue/content tags)')
    .option('--adaq <dir>', 'the ADAQ folder', join(SHARED_DEFAULT, 'data', 'news', 'adaq-quotes'))
    .option('--lang <codes>', 'languages, comma-separated', 'ru,cs')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { adaq: string; lang: string; json?: boolean }) => {
      const ctx = await loadContext();
      const results: Record<string, AdaqScores> = {};
      for (const lang of opts.lang.split(',')) {
        const sentences = readAdaq(opts.adaq, lang);
        const docs: Article[] = [];
        for (const s of sentences) {
          const doc = await analyze({ source: { kind: 'file', uri: s.id, name: s.id, outlet: null }, title: null, body: s.text, date: null, declaredLanguage: lang }, ctx);
          if (doc.language !== lang) {
            // the sentence's language is known: read its quotations with that language's knowledge
            doc.language = lang;
            quotesStage(doc, ctx);
          }
          docs.push(doc);
        }
        results[lang] = scoreAdaq(sentences, docs);
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        return;
      }
      const f = (x: number) => x.toFixed(3);
      process.stdout.write('lang  sentences  detection P/R/F1        content-words P/R/F1    source found   cue found\n');
      for (const [lang, s] of Object.entries(results)) {
        const d = prf(s.detection);
        const c = prf(s.content);
        process.stdout.write(
          `${lang.padEnd(5)} ${String(s.sentences).padEnd(10)} ${`${f(d.p)}/${f(d.r)}/${f(d.f)}`.padEnd(23)} ${`${f(c.p)}/${f(c.r)}/${f(c.f)}`.padEnd(23)} ${`${s.source.hit}/${s.source.total}`.padEnd(14)} ${s.cue.hit}/${s.cue.total}\n`,
        );
      }
    });
}
