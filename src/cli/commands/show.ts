import type { Command } from 'commander';
import { DEFAULT_DB, loadStore } from '../../store/location.js';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('Print the stored analysis of one article as JSON (the object of OUTPUT.md, the same as `kronika analyze` prints)')
    .argument('<id>', 'article id, or any unique beginning of it (as printed by `kronika ls`)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--compact', 'one line of JSON instead of indented')
    .action(async (id: string, opts: { db: string; compact?: boolean }) => {
      const { openStore, StoreError } = await loadStore();
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const analysis = await store.analysis(id);
        if (!analysis) throw new StoreError(`no article with id '${id}' in ${opts.db} (see kronika ls --db ${opts.db})`);
        process.stdout.write(JSON.stringify(analysis, null, opts.compact ? undefined : 2) + '\n');
      } finally {
        await store.close();
      }
    });
}
