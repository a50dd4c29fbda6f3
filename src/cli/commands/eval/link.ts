import { join } from 'node:path';
import type { Command } from 'commander';
import { loadKnowledgeBase } from '../../../kb/index.js';
import { readBsnlp, scoreLinking } from '../../../kb/link-eval.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/**
 * `kronika eval link`: knowledge-base linking on BSNLP (cross-lingual ids): the share of
 * annotated PER/LOC/ORG mentions whose surface the KB resolves, and pairwise precision/recall of
 * the merges (same KB entity ⇔ same cross-lingual id) over resolved mentions.
 */
export function registerEvalLink(evalCmd: Command): void {
  evalCmd
    .command('link')
    .description('Measure knowledge-base linking on BSNLP cross-lingual ids (../shared/data/bsnlp)')
    .option('--data <dir>', 'the BSNLP folder', join(SHARED_DEFAULT, 'data', 'bsnlp'))
    .option('--lang <codes>', 'only these languages, comma-separated')
    .option('--no-fuzzy', 'exact variants only')
    .option('--show <n>', 'print this many misses and wrong merges', (v) => Number(v), 0)
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { data: string; lang?: string; fuzzy: boolean; show: number; json?: boolean }) => {
      const kb = await loadKnowledgeBase();
      const { mentions, problems } = readBsnlp(opts.data, opts.lang ? new Set(opts.lang.split(',')) : undefined);
      for (const p of problems) process.stderr.write(`${p}\n`);
      const s = scoreLinking(kb, mentions, { fuzzy: opts.fuzzy, show: opts.show });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(s, null, 1)}\n`);
        return;
      }
      const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(5);
      process.stdout.write(`mentions ${s.mentions}  resolved ${pct(s.resolved, s.mentions)}%  (exact variants ${pct(s.exact, s.mentions)}%)\n`);
      for (const [k, v] of Object.entries(s.byLang)) process.stdout.write(`  ${k.padEnd(4)} ${String(v.mentions).padStart(6)}  resolved ${pct(v.resolved, v.mentions)}%\n`);
      for (const [k, v] of Object.entries(s.byType)) process.stdout.write(`  ${k.padEnd(4)} ${String(v.mentions).padStart(6)}  resolved ${pct(v.resolved, v.mentions)}%\n`);
      process.stdout.write(`merge precision ${pct(s.pairsSameKbSameGold, s.pairsSameKb)}%  (pairs of resolved mentions on one KB entity that share the cross-lingual id)\n`);
      process.stdout.write(`merge recall    ${pct(s.pairsSameGoldSameKb, s.pairsSameGold)}%  (pairs of resolved mentions with one cross-lingual id that share the KB entity)\n`);
      for (const m of s.misses) process.stdout.write(`  miss  ${m}\n`);
      for (const m of s.wrongMerges) process.stdout.write(`  merge ${m}\n`);
    });
}
