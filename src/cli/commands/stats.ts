import type { Command } from 'commander';
import { DEFAULT_DB, loadStore } from '../../store/location.js';

const SHOWN_LINKS = 10;

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Summarise the database: articles, originals and near-duplicates (with their links), counts by language and script, the range of article dates')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print the figures as one JSON object')
    .action(async (opts: { db: string; json?: boolean }) => {
      const { openStore } = await loadStore();
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const s = await store.stats();
        const links = await store.list({ nearDuplicates: true, limit: SHOWN_LINKS });
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...s, nearDuplicateLinks: links.map((l) => ({ id: l.id, duplicateOf: l.duplicateOf, similarity: l.similarity })) }) + '\n');
          return;
        }
        const counts = (m: Record<string, number>) => Object.entries(m).map(([k, n]) => `${k} ${n}`).join(', ') || '-';
        const out = [
          `${opts.db}: ${plural(s.articles, 'article')} (${plural(s.originals, 'original')}, ${plural(s.nearDuplicates, 'near-duplicate')})`,
          `languages: ${counts(s.byLanguage)}`,
          `scripts: ${counts(s.byScript)}`,
          `dates: ${s.dateRange ? `${s.dateRange.from} to ${s.dateRange.to}` : '-'} (${s.dated} dated, ${s.articles - s.dated} undated)`,
        ];
        if (links.length) {
          out.push('near-duplicates (article → original, similarity):');
          for (const l of links) out.push(`  ${l.id} → ${l.duplicateOf} ${l.similarity?.toFixed(2)}  ${l.title ?? l.opening.slice(0, 60)}`);
          if (s.nearDuplicates > links.length) out.push(`  … ${s.nearDuplicates - links.length} more (kronika export --format csv lists all)`);
        }
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
