import type { Command } from 'commander';
import { DEFAULT_DB, loadStore } from '../../store/location.js';
import type { ArticleSummary } from '../../store/index.js';

export function registerLs(program: Command): void {
  program
    .command('ls')
    .description(
      'List stored articles in the order they were stored: id, date, language, and the title (or the first words of an untitled article). ' +
        'A near-duplicate shows the id of its original in brackets, e.g. [≈ 3fa2c1d0].',
    )
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--lang <code>', 'only articles in this language (sq, sr, bs, hr, mk, uk, ru, en, ...)')
    .option('--limit <n>', 'at most this many articles', positiveInt)
    .action(async (opts: { db: string; lang?: string; limit?: number }) => {
      const { openStore } = await loadStore();
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const rows = await store.list({ language: opts.lang, limit: opts.limit });
        const width = process.stdout.columns ?? 120;
        for (const r of rows) process.stdout.write(line(r, width) + '\n');
      } finally {
        await store.close();
      }
    });
}

function line(r: ArticleSummary, width: number): string {
  const head = `${r.id}  ${(r.date ?? '-').padEnd(10)}  ${r.language.padEnd(4)}  `;
  const dup = r.duplicateOf ? `[≈ ${r.duplicateOf.slice(0, 8)}] ` : '';
  const label = r.title ?? firstWords(r.opening);
  return head + truncate(dup + label, Math.max(20, width - head.length - 1));
}

const firstWords = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/\s\S*$/, '') + ' …';

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`'${v}' is not a positive whole number`);
  return n;
}
