import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext } from '../../../context.js';
import { availableSources, LANG_SOURCES } from '../../../text/eval/lang-gold.js';
import { confusion, pct, scoreSource, total, type SourceScore } from '../../../text/eval/lang-score.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/**
 * `kronika eval lang`: language identification accuracy on labelled text from `../shared/data`,
 * per source, per language, for the sr/bs/hr/cnr group as a whole, and the sr vs hr split.
 */
export function registerEvalLang(evalCmd: Command): void {
  evalCmd
    .command('lang')
    .description('Measure language identification on labelled corpora (../shared/data)')
    .option('--data <dir>', 'the shared data folder', join(SHARED_DEFAULT, 'data'))
    .option('--limit <n>', 'at most this many units per source, spread over it (0: all)', (v) => Number(v), 0)
    .option('--lang <codes>', 'only these gold languages, comma-separated')
    .option('--errors <n>', 'print this many misidentified texts per source', (v) => Number(v), 0)
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { data: string; limit: number; lang?: string; errors: number; json?: boolean }) => {
      const ctx = await loadContext();
      const wanted = opts.lang ? new Set(opts.lang.split(',')) : null;
      const { present, missing } = availableSources(opts.data, LANG_SOURCES.filter((s) => !wanted || wanted.has(s.lang)));
      for (const m of missing) process.stderr.write(`skip: ${m}\n`);
      if (!present.length) throw new Error(`no labelled corpora under ${opts.data}`);
      const scores: SourceScore[] = [];
      for (const s of present) scores.push(await scoreSource(s, opts.data, ctx.languageId, ctx.packs, { limit: opts.limit, keepErrors: opts.errors }));
      if (opts.json) {
        process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
        return;
      }
      process.stdout.write(report(scores, ctx.packs, !wanted));
      if (opts.errors) {
        for (const s of scores) {
          if (!s.errors.length) continue;
          process.stdout.write(`\n${s.lang} ${s.source} (${s.unit}):\n`);
          for (const e of s.errors) process.stdout.write(`  → ${e.predicted}: ${e.text}\n`);
        }
      }
    });
}

function report(scores: SourceScore[], packs: Map<string, { group?: string }>, allLanguages: boolean): string {
  const rows: string[][] = [['lang', 'source', 'unit', 'n', 'exact', 'group', 'predicted']];
  const row = (s: SourceScore) => [s.lang, s.source, s.unit, String(s.n), pct(s.exact, s.n), pct(s.group, s.n), confusion(s)];
  for (const s of scores) rows.push(row(s));
  rows.push([]);
  // Per language: documents (articles, headlines, pseudo-documents, paragraphs) and sentences apart.
  const langs = [...new Set(scores.map((s) => s.lang))];
  for (const l of langs) {
    const docs = scores.filter((s) => s.lang === l && s.unit !== 'sentence');
    const sents = scores.filter((s) => s.lang === l && s.unit === 'sentence');
    if (docs.length) rows.push(row({ ...total(docs, 'ALL documents'), unit: 'doc' as never }));
    const long = docs.filter((s) => s.unit !== 'headline');
    if (long.length && long.length < docs.length) rows.push(row({ ...total(long, 'ALL but headlines'), unit: 'doc' as never }));
    if (sents.length) rows.push(row({ ...total(sents, 'ALL sentences'), unit: 'sentence' }));
  }
  // The group as a whole: every language of a group, documents only.
  const groups = new Map<string, SourceScore[]>();
  for (const s of scores) {
    const g = packs.get(s.lang)?.group;
    if (g && s.unit !== 'sentence') groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const [g, list] of groups) rows.push(row({ ...total(list, `GROUP ${g} documents`), lang: g, unit: 'doc' as never }));
  // Languages with packs but no labelled corpus here are said so, not silently left out.
  const measured = new Set(scores.map((s) => s.lang));
  const unmeasured = [...packs.keys()].filter((c) => !measured.has(c));
  if (allLanguages && unmeasured.length) rows.push([], [`no gold corpus under ../shared/data for: ${unmeasured.join(', ')} (tested on the project's fixtures, test/fixtures/text/lang)`]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.filter((r) => r.length > 1).map((r) => (r[i] ?? '').length)));
  return rows.map((r) => (r.length ? r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() : '')).join('\n') + '\n';
}
