import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { DEFAULT_DB, loadStore } from '../../store/location.js';
import type { StoredArticle } from '../../store/index.js';

/**
 * The CSV columns, one row per article. `text` is last so the short columns stay readable in a
 * spreadsheet; near-duplicates carry the id of their original in `duplicate_of`.
 */
export const CSV_COLUMNS: [string, (a: StoredArticle, analysis: Record<string, unknown>) => string | number | null][] = [
  ['id', (a) => a.id],
  ['date', (a) => a.date?.value ?? null],
  ['date_precision', (a) => a.date?.precision ?? null],
  ['date_source', (a) => a.date?.source ?? null],
  ['language', (a) => a.language],
  ['language_confidence', (a) => a.languageConfidence],
  ['script', (a) => a.script],
  ['title', (a) => a.title],
  ['source_kind', (a) => a.source.kind],
  ['source_uri', (a) => a.source.uri],
  ['source_name', (a) => a.source.name],
  ['outlet', (a) => a.source.outlet],
  ['url', (a) => a.source.url],
  ['duplicate_of', (a) => a.duplicateOf],
  ['similarity', (a) => a.similarity],
  ['ingested_at', (a) => a.ingestedAt],
  ['sentences', (_a, x) => (Array.isArray(x.sentences) ? x.sentences.length : 0)],
  ['mentions', (_a, x) => (Array.isArray(x.mentions) ? x.mentions.length : 0)],
  ['quotes', (_a, x) => (Array.isArray(x.quotes) ? x.quotes.length : 0)],
  ['text', (a) => a.text],
];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Write every stored article, in the order stored. jsonl: one OUTPUT.md analysis object per line. ' +
        `csv: a header row, then one row per article with the columns ${CSV_COLUMNS.map((c) => c[0]).join(', ')} (RFC 4180 quoting).`,
    )
    .requiredOption('--format <format>', 'jsonl or csv')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--out <file>', 'write to this file (replaced only when the export completes) instead of standard output')
    .action(async (opts: { db: string; format: string; out?: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new Error(`unknown --format '${opts.format}' (jsonl or csv)`);
      const { openStore } = await loadStore();
      const store = await openStore(opts.db, { mustExist: true });
      const tmp = opts.out ? `${opts.out}.partial-${process.pid}` : null;
      const sink: Writable = tmp ? createWriteStream(tmp) : process.stdout;
      let writeError: Error | null = null;
      sink.on('error', (e: NodeJS.ErrnoException) => {
        // A reader that stops early (`| head`) ends the export quietly.
        if (!tmp && e.code === 'EPIPE') process.exit(0);
        writeError = e;
      });
      const write = async (chunk: string) => {
        if (writeError) throw writeError;
        if (!sink.write(chunk)) await Promise.race([once(sink, 'drain'), finished(sink)]);
      };
      try {
        if (opts.format === 'csv') await write(stringify([CSV_COLUMNS.map((c) => c[0])]));
        for await (const { article, analysis } of store.iterate()) {
          await write(opts.format === 'jsonl' ? JSON.stringify(analysis) + '\n' : stringify([CSV_COLUMNS.map(([, get]) => get(article, analysis))]));
        }
        if (tmp) {
          sink.end();
          await finished(sink);
          await rename(tmp, opts.out!);
        }
      } catch (e) {
        if (!tmp) throw e;
        sink.destroy();
        await rm(tmp, { force: true });
        const err = e as NodeJS.ErrnoException;
        throw err.syscall ? new Error(`cannot write ${opts.out}: ${err.code === 'ENOENT' ? 'its folder does not exist' : err.message}`) : e;
      } finally {
        await store.close();
      }
    });
}
