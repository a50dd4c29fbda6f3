import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from '../ingest/types.js';

function positiveInteger(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

/** The options every command that reads inputs shares: size limit and URL timeout. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInteger, DEFAULT_INGEST_OPTIONS.maxBytes)
    .option('--timeout <ms>', 'time allowed for each URL (headers and body), in milliseconds', positiveInteger, DEFAULT_INGEST_OPTIONS.timeoutMs);
}

export function inputOptions(opts: { maxBytes: number; timeout: number }): Partial<IngestOptions> {
  return { maxBytes: opts.maxBytes, timeoutMs: opts.timeout };
}
