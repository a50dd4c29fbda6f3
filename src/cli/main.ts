import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';
import { registerIngest } from './commands/ingest.js';
import { registerLs } from './commands/ls.js';
import { registerShow } from './commands/show.js';
import { registerExport } from './commands/export.js';
import { registerStats } from './commands/stats.js';

/** The `kronika` command line: one module per command under `src/cli/commands/`. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kronika')
    .description('Cross-lingual news analysis: who said what, who met whom, where, when and how many.')
    .version('0.1.0')
    .showHelpAfterError();
  registerAnalyze(program);
  registerIngest(program);
  registerLs(program);
  registerShow(program);
  registerExport(program);
  registerStats(program);
  registerEval(program);
  return program;
}

const isMain = process.argv[1] && /(?:^|[\\/])(?:main\.ts|kronika(?:\.js)?)$/.test(process.argv[1]);
if (isMain) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((e: unknown) => {
      process.stderr.write(`kronika: ${(e as Error).message}\n`);
      process.exit(2);
    });
}
