import type { Command } from 'commander';
import { loadContext } from '../../context.js';
import { readInputs } from '../../ingest/index.js';
import { analyze, toOutput } from '../../pipeline.js';
import type { Article } from '../../model/index.js';
import { finishRun } from '../../run.js';
import { Reporter } from '../report.js';
import { addInputOptions, inputOptions } from '../input-options.js';

export function registerAnalyze(program: Command): void {
  addInputOptions(program.command('analyze'))
    .description('Analyse articles without a database and print one JSON object per article (see OUTPUT.md)')
    .argument('<inputs...>', 'files, folders, globs, URLs, or - for standard input')
    .option('--format <format>', 'output format: jsonl', 'jsonl')
    .option('-q, --quiet', 'no progress or summary on standard error')
    .action(async (inputs: string[], opts: { format: string; maxBytes: number; timeout: number; quiet?: boolean }) => {
      if (opts.format !== 'jsonl') throw new Error(`unknown --format '${opts.format}' (jsonl)`);
      const ctx = await loadContext();
      const rep = new Reporter(opts.quiet);
      // Articles are held until the run ends: names are linked and stories clustered over the whole run (OUTPUT.md).
      const docs: Article[] = [];
      for await (const item of readInputs(inputs, inputOptions(opts))) {
        if (!item.ok) {
          rep.error(item.error, item.warning);
          continue;
        }
        try {
          docs.push(await analyze(item.raw, ctx));
          rep.tick();
        } catch (e) {
          rep.error({ where: item.raw.source.uri, reason: `analysis failed: ${(e as Error).message}` });
        }
      }
      finishRun(docs, ctx);
      for (const doc of docs) process.stdout.write(JSON.stringify(toOutput(doc)) + '\n');
      rep.finish(['read', 'failed']);
      if (rep.failed) process.exitCode = 1;
    });
}
