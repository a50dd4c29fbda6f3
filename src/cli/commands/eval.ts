import type { Command } from 'commander';
import { registerEvalDating } from './eval/dating.js';
import { registerEvalTimes } from './eval/times.js';
import { registerEvalGold } from './eval/gold.js';
import { registerEvalQuotes } from './eval/quotes.js';
import { registerEvalLang } from './eval/lang.js';
import { registerEvalSentences } from './eval/sentences.js';
import { registerEvalNer } from './eval/ner.js';
import { registerEvalLemma } from './eval/lemma.js';
import { registerEvalLink } from './eval/link.js';
import { registerEvalStories } from './eval/stories.js';
import { registerEvalXlink } from './eval/xlink.js';

/**
 * `kronika eval <stage>`: every extraction stage is scored on gold data by a subcommand.
 * Each subcommand lives in its own module under `src/cli/commands/eval/` and is registered here.
 */
export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('Score an extraction stage against gold data');
  // register subcommands below, one line each: registerXxx(evalCmd);
  registerEvalGold(evalCmd);
  registerEvalQuotes(evalCmd);
  registerEvalLang(evalCmd);
  registerEvalSentences(evalCmd);
  registerEvalNer(evalCmd);
  registerEvalLemma(evalCmd);
  registerEvalLink(evalCmd);
  registerEvalTimes(evalCmd);
  registerEvalDating(evalCmd);
  registerEvalStories(evalCmd);
  registerEvalXlink(evalCmd);
  void evalCmd;
}
