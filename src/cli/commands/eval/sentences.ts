import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';
import { SENTENCE_SOURCES, scoreSentences, type SentenceScore } from '../../../text/eval/sentences.js';

/** `kronika eval sentences`: precision and recall of sentence boundaries against UD treebanks. */
export function registerEvalSentences(evalCmd: Command): void {
  evalCmd
    .command('sentences')
    .description('Measure sentence splitting against the sentence boundaries of UD treebanks (../shared/data/ud)')
    .option('--data <dir>', 'the shared data folder', join(SHARED_DEFAULT, 'data'))
    .option('--errors <n>', 'print this many missed or invented boundaries per source', (v) => Number(v), 0)
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { data: string; errors: number; json?: boolean }) => {
      const ctx = await loadContext();
      const scores: SentenceScore[] = [];
      for (const src of SENTENCE_SOURCES) {
        const s = scoreSentences(src, opts.data, ctx.abbreviations.get(src.lang) ?? new Set(), opts.errors);
        if (s) scores.push(s);
        else process.stderr.write(`skip: ${src.lang} ${src.name}: files absent under ${opts.data}\n`);
      }
      if (!scores.length) throw new Error(`no treebanks under ${opts.data}`);
      if (opts.json) {
        process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
        return;
      }
      const f = (x: number) => (100 * x).toFixed(1) + '%';
      const rows = [['lang', 'source', 'docs', 'gold', 'predicted', 'precision', 'recall', 'F1']];
      for (const s of scores) {
        const p = s.predicted ? s.correct / s.predicted : 0;
        const r = s.gold ? s.correct / s.gold : 0;
        rows.push([s.lang, s.name, String(s.docs), String(s.gold), String(s.predicted), f(p), f(r), f(p + r ? (2 * p * r) / (p + r) : 0)]);
      }
      const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
      process.stdout.write(rows.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ')).join('\n') + '\n');
      for (const s of scores) if (s.errors.length) process.stdout.write(`\n${s.lang} ${s.name}:\n${s.errors.map((e) => '  ' + e).join('\n')}\n`);
    });
}
