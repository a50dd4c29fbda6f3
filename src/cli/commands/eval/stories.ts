import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import type { Article } from '../../../model/index.js';
import { analyze } from '../../../pipeline.js';
import { bsnlpTopics, scorePairs, wmtMulti, type Labelled, type PairScore } from '../../../stories/evaluate.js';
import { clusterProfiles, STORY_DEFAULTS, storyProfile } from '../../../stories/index.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

const SETS: { name: string; path: string; read: (p: string) => Generator<Labelled> }[] = [
  { name: 'wmt22-multi (en/uk/ru, same document)', path: 'data/news/wmt-generaltest/wmt22.en-xx.multi.jsonl', read: (p) => wmtMulti(p, ['en', 'uk', 'ru']) },
  { name: 'bsnlp (bg/ru/uk, topic)', path: 'data/bsnlp', read: bsnlpTopics },
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** `kronika eval stories`: pairwise precision/recall of story clustering on WMT translations and BSNLP topics. */
export function registerEvalStories(evalCmd: Command): void {
  evalCmd
    .command('stories')
    .description('Score story clustering: WMT22 documents in en/uk/ru (one document = one story) and BSNLP topics (precision across topics)')
    .option('--shared <dir>', 'the ../shared folder', SHARED_DEFAULT)
    .option('--threshold <x>', 'similarity threshold (default: the shipped one)', (v) => Number(v))
    .option('--window <days>', 'days an article may lie outside its story', (v) => Number(v))
    .option('--sweep', 'also score thresholds 0.1 … 0.6')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { shared: string; threshold?: number; window?: number; sweep?: boolean; json?: boolean }) => {
      const ctx = await loadContext();
      const base = { threshold: opts.threshold ?? STORY_DEFAULTS.threshold, windowDays: opts.window ?? STORY_DEFAULTS.windowDays };
      const thresholds = opts.sweep ? [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6] : [base.threshold];
      const out: Record<string, Record<string, PairScore>> = {};
      for (const set of SETS) {
        const path = join(opts.shared, set.path);
        if (!existsSync(path)) {
          process.stderr.write(`skip ${set.name}: ${path} is absent\n`);
          continue;
        }
        const docs: Article[] = [];
        const groups: string[] = [];
        for (const item of set.read(path)) {
          docs.push(await analyze(item.raw, ctx));
          groups.push(item.group);
        }
        const profiles = docs.map((d) => storyProfile(d, ctx.kb));
        out[set.name] = {};
        for (const t of thresholds) {
          const storyOf = clusterProfiles(profiles, { ...base, threshold: t });
          out[set.name]![String(t)] = scorePairs(docs.map((d) => storyOf.get(d.id)!), groups);
        }
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      process.stdout.write(`window ${base.windowDays} days\n`);
      process.stdout.write('set                                      threshold  articles  stories  precision  recall   F1\n');
      for (const [name, byT] of Object.entries(out)) {
        for (const [t, s] of Object.entries(byT)) {
          process.stdout.write(`${name.padEnd(40)} ${t.padStart(9)}  ${String(s.items).padStart(8)}  ${String(s.clusters).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}\n`);
        }
      }
    });
}
