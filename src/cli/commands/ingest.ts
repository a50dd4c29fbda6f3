import type { Command } from 'commander';
import { loadContext } from '../../context.js';
import { readInputs, type IngestItem } from '../../ingest/index.js';
import { analyze } from '../../pipeline.js';
import type { Article } from '../../model/index.js';
import { STORY_DEFAULTS, type StoryMember } from '../../stories/index.js';
import { finishRun } from '../../run.js';
import { dayRange, isoDay } from '../../stories/profile.js';
import type { Store } from '../../store/types.js';
import { DEFAULT_DB, loadStore } from '../../store/location.js';
import type { PutOutcome } from '../../store/index.js';
import { Reporter } from '../report.js';
import { addInputOptions, inputOptions } from '../input-options.js';

const COUNTER: Record<PutOutcome['status'], string> = { stored: 'stored', duplicate: 'duplicates', 'near-duplicate': 'near-duplicates' };

export function registerIngest(program: Command): void {
  addInputOptions(program.command('ingest'))
    .description(
      'Read articles, analyse them and store them in the database, each article in its own transaction. ' +
        'An article already stored (same content hash) is counted as a duplicate and stores nothing; one that re-publishes a stored story ' +
        'with small edits is stored linked to its original and counted as a near-duplicate. Inputs that cannot be read are reported ' +
        'one line each and the batch goes on; the exit code is 1 when any input failed.',
    )
    .argument('<inputs...>', 'files, folders (recursive, sorted), globs, URLs, or - for standard input')
    .option('--db <file>', 'SQLite database file (created when missing)', DEFAULT_DB)
    .option('-v, --verbose', 'print one line per article on standard output: status, id, source (and the original of a near-duplicate)')
    .option('-q, --quiet', 'no progress bar or summary on standard error')
    .action(async (inputs: string[], opts: { db: string; maxBytes: number; timeout: number; verbose?: boolean; quiet?: boolean }) => {
      const { openStore } = await loadStore();
      const store = await openStore(opts.db);
      try {
        const ctx = await loadContext();
        const rep = new Reporter(opts.quiet);
        // Read every input first (cheap next to the analysis) so the progress bar knows its total.
        const items: IngestItem[] = [];
        for await (const item of readInputs(inputs, inputOptions(opts))) items.push(item);
        if (!opts.verbose) rep.start(items.filter((i) => i.ok).length);
        // The articles stored by this run: their stories are clustered when the run ends.
        const stored: Article[] = [];
        for (const item of items) {
          if (!item.ok) {
            rep.error(item.error, item.warning);
            continue;
          }
          let doc;
          try {
            doc = await analyze(item.raw, ctx);
          } catch (e) {
            rep.error({ where: item.raw.source.uri, reason: `analysis failed: ${(e as Error).message}` });
            continue;
          }
          // A database failure is not the input's fault: it stops the run (what was committed stays).
          const out = await store.put(doc);
          if (out.status !== 'duplicate') stored.push(doc);
          rep.count(COUNTER[out.status]);
          rep.tick();
          if (opts.verbose) {
            const link = out.duplicateOf ? ` → ${out.duplicateOf} (similarity ${out.similarity?.toFixed(2)})` : '';
            process.stdout.write(`${out.status}\t${out.id}\t${doc.source.uri}${link}\n`);
          }
        }
        // The run's articles linked across each other and grouped into stories (each article is
        // already safe in the store; this rewrites their analyses in one transaction).
        finishRun(stored, ctx, await storedAround(store, stored));
        await store.updateAnalyses(stored);
        rep.finish(['read', 'stored', 'duplicates', 'near-duplicates', 'failed']);
        if (rep.failed) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}


/** The stored analyses dated within the run's days (and the story window either side): the stories the run's articles may join. */
async function storedAround(store: Store, docs: Article[]): Promise<StoryMember[]> {
  // Articles dated only to the year would pull in a whole year of the store: they take part within the run only.
  const ranges = docs.filter((d) => d.date && d.date.precision !== 'year').map((d) => dayRange(d.date?.value)).filter((r) => r !== null);
  if (!ranges.length) return [];
  const from = Math.min(...ranges.map((r) => r.from)) - STORY_DEFAULTS.windowDays;
  const to = Math.max(...ranges.map((r) => r.to)) + STORY_DEFAULTS.windowDays;
  return (await store.analysesDated(isoDay(from), isoDay(to))) as unknown as StoryMember[];
}
