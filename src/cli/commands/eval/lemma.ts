import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { lemmaSources, scoreLemmas, type LemmaScore } from '../../../nlp/entities/evaluate-lemma.js';
import { packCode } from '../../../nlp/entities/resources.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/**
 * `kronika eval lemma`: base-form accuracy of names per language, on UD proper nouns (PROPN
 * lemmas) and BSNLP annotated names (base-form column), case and diacritics ignored. Albanian:
 * the Kote corpus lemmatises feminine names to the indefinite (`Evropë`) where Kronika gives the
 * definite (`Evropa`); both count (src/lang/sq/base-forms.ts `equivalentEndings`).
 */
export function registerEvalLemma(evalCmd: Command): void {
  evalCmd
    .command('lemma')
    .description('Measure base forms of names on UD and BSNLP lemmas (../shared/data)')
    .option('--data <dir>', 'the shared data folder', join(SHARED_DEFAULT, 'data'))
    .option('--lang <codes>', 'only these languages, comma-separated')
    .option('--errors <n>', 'print this many wrong base forms per source', (v) => Number(v), 0)
    .option('--json', 'print the scores as JSON')
    .option('--topics <names>', 'only these BSNLP topics (folder names), comma-separated')
    .action(async (opts: { data: string; lang?: string; errors: number; json?: boolean; topics?: string }) => {
      const ctx = await loadContext();
      const wanted = opts.lang ? new Set(opts.lang.split(',')) : null;
      const results: Record<string, LemmaScore> = {};
      for (const src of lemmaSources(opts.data, opts.topics?.split(',')).filter((s) => !wanted || wanted.has(s.lang))) {
        const lang = packCode(ctx.packs, src.lang);
        results[`${src.lang} ${src.name}`] = scoreLemmas(ctx.entities, src.read(), lang, ctx.packs.get(lang)?.baseForms, opts.errors);
      }
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
        return;
      }
      for (const [k, v] of Object.entries(results)) {
        process.stdout.write(`${k.padEnd(28)} n ${String(v.n).padStart(5)}  accuracy ${(v.n ? v.correct / v.n : 0).toFixed(3)}\n`);
        for (const e of v.errors) process.stdout.write(`    ${e.form} → ${e.predicted} (gold ${e.gold}; ${e.type})\n`);
      }
    });
}
