import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';

/** The `kronika` command line: one module per command under `src/cli/commands/`. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kronika')
    .description('Cross-lingual news analysis: who said what, who met whom, where, when and how many.')
    .version('0.1.0')
    .showHelpAfterError();
  registerAnalyze(program);
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
