import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import type { Article } from '../../../model/index.js';
import { analyze } from '../../../pipeline.js';
import { linkAcrossArticles } from '../../../nlp/entities/across.js';
import { alignNames, bsnlpArticles } from '../../../nlp/entities/evaluate-across.js';
import { scorePairs } from '../../../eval/pairs.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** `kronika eval xlink`: entity linking over a whole run of BSNLP articles, pairwise against the cross-lingual ids. */
export function registerEvalXlink(evalCmd: Command): void {
  evalCmd
    .command('xlink')
    .description('Score entity linking across a run: every BSNLP article analysed, its annotated names paired with Kronika\'s entities, pairwise P/R against the cross-lingual ids')
    .option('--shared <dir>', 'the ../shared folder', SHARED_DEFAULT)
    .option('--limit <n>', 'at most this many articles', (v) => Number(v), Infinity)
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { shared: string; limit: number; json?: boolean }) => {
      const dir = join(opts.shared, 'data', 'bsnlp');
      if (!existsSync(dir)) {
        process.stderr.write(`skip: ${dir} is absent\n`);
        return;
      }
      const ctx = await loadContext();
      const docs = new Map<string, Article>();
      for (const a of bsnlpArticles(dir)) {
        if (docs.size >= opts.limit) break;
        docs.set(a.key, await analyze(a.raw, ctx));
      }
      const score = () => {
        const items = alignNames(dir, docs);
        const found = items.filter((i) => i.ours !== null);
        return { names: items.length, found: found.length, ...scorePairs(found.map((i) => i.ours!), found.map((i) => i.gold)) };
      };
      const within = score();
      linkAcrossArticles([...docs.values()]);
      const across = score();
      if (opts.json) {
        process.stdout.write(JSON.stringify({ articles: docs.size, withinArticles: within, acrossArticles: across }, null, 2) + '\n');
        return;
      }
      process.stdout.write(`articles ${docs.size}; annotated names ${within.names}, found as written ${within.found} (${pct(within.found / Math.max(within.names, 1))})\n`);
      process.stdout.write('linking                         entities  precision  recall   F1\n');
      for (const [name, s] of [['within articles (KB + local)', within], ['+ across the run', across]] as const) {
        process.stdout.write(`${name.padEnd(30)}  ${String(s.clusters).padStart(8)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}\n`);
      }
    });
}
