import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadContext, packFor } from '../../../context.js';
import { compileTime } from '../../../nlp/time/compile.js';
import { bratDocuments, readValueGold, scoreSpans, scoreValues, type SpanConvention, type SpanScore } from '../../../nlp/time/score.js';
import { REPO_ROOT, SHARED_DEFAULT } from '../../../text/eval/paths.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The span corpora: brat documents with DATE spans, and the language to read them in. */
const SPAN_SETS = [
  // ner-uk tags durations as PERIOD, not DATE: durations and sets are left out of its comparison;
  // a range of years is its PERIOD, each end a DATE: a predicted range counts as its two ends.
  { name: 'ner-uk', lang: 'uk', dir: 'data/ner/ner-uk/data', convention: { dateOnly: true, rangeEnds: true } as SpanConvention },
  // The same, with predictions that overlap only a PERIOD span (`три роки тому`, `2014-2015`) left out of the count.
  { name: 'ner-uk/P', lang: 'uk', dir: 'data/ner/ner-uk/data', convention: { dateOnly: true, rangeEnds: true, neutral: ['PERIOD'] } as SpanConvention },
  { name: 'nerel-ru', lang: 'ru', dir: 'data/ner/nerel-ru', convention: {} as SpanConvention },
];

/** `kronika eval times`: time-expression spans against brat DATE spans, and values against the gold sets in test/time/gold. */
export function registerEvalTimes(evalCmd: Command): void {
  evalCmd
    .command('times')
    .description('Score time expressions: span P/R/F1 on ner-uk and nerel-ru DATE spans, value accuracy on test/time/gold/<lang>.jsonl')
    .option('--shared <dir>', 'the ../shared folder', SHARED_DEFAULT)
    .option('--gold <dir>', 'folder of value gold sets', join(REPO_ROOT, 'test', 'time', 'gold'))
    .option('--errors', 'list the value gold expressions that came out wrong')
    .option('--json', 'print the scores as JSON')
    .action(async (opts: { shared: string; gold: string; errors?: boolean; json?: boolean }) => {
      const ctx = await loadContext();
      const compiled = (lang: string) => {
        const pack = packFor(ctx, lang);
        if (!pack?.time) throw new Error(`no time lexicon for language '${lang}'`);
        return compileTime(pack.time, pack.code);
      };
      const spans: Record<string, SpanScore> = {};
      for (const set of SPAN_SETS) {
        const dir = join(opts.shared, set.dir);
        if (!existsSync(dir)) {
          process.stderr.write(`skip ${set.name}: ${dir} is absent\n`);
          continue;
        }
        spans[set.name] = scoreSpans(bratDocuments(dir), compiled(set.lang), set.convention);
      }
      const values: Record<string, { n: number; right: number; accuracy: number }> = {};
      const wrong: string[] = [];
      if (existsSync(opts.gold)) {
        for (const f of readdirSync(opts.gold).filter((f) => f.endsWith('.jsonl')).sort()) {
          const lang = f.replace(/\.jsonl$/, '');
          const results = scoreValues(readValueGold(join(opts.gold, f)), compiled(lang));
          const right = results.filter((r) => r.ok).length;
          values[lang] = { n: results.length, right, accuracy: results.length ? right / results.length : 0 };
          for (const r of results) if (!r.ok) wrong.push(`${f}:${r.line} '${r.gold.expression}' (anchor ${r.gold.anchor}) want ${r.gold.value}, got ${r.got ?? 'nothing'}`);
        }
      }
      if (opts.json) {
        process.stdout.write(JSON.stringify({ spans, values }, null, 2) + '\n');
        return;
      }
      const lines = [
        'Span detection (DATE spans; pairs one to one; exact = same start and end, overlap = any shared character;',
        'ner-uk: durations and sets left out (its PERIOD type), a range of years scored as its two ends (its DATEs); ner-uk/P: predictions overlapping only a PERIOD span not counted;',
        'exact-modulo-preposition: also exact when the prediction starts with one preposition more, final dots ignored)',
      ];
      for (const [name, s] of Object.entries(spans)) {
        lines.push(
          `  ${name.padEnd(9)} docs ${s.docs}  gold ${s.gold}  predicted ${s.predicted}` +
            `  exact P ${pct(s.exact.p)} R ${pct(s.exact.r)} F1 ${pct(s.exact.f1)}` +
            `  exact-modulo-preposition F1 ${pct(s.exactNoPrep.f1)}` +
            `  overlap P ${pct(s.overlap.p)} R ${pct(s.overlap.r)} F1 ${pct(s.overlap.f1)}` +
            (s.misaligned ? `  (${s.misaligned} misaligned gold spans skipped)` : ''),
        );
      }
      lines.push('Value accuracy (an output time overlapping the expression with exactly the gold value)');
      let n = 0;
      let right = 0;
      for (const [lang, v] of Object.entries(values)) {
        lines.push(`  ${lang.padEnd(4)} ${v.right}/${v.n}  ${pct(v.accuracy)}`);
        n += v.n;
        right += v.right;
      }
      if (n) lines.push(`  all  ${right}/${n}  ${pct(right / n)}`);
      if (opts.errors && wrong.length) lines.push('Wrong:', ...wrong.map((w) => `  ${w}`));
      process.stdout.write(lines.join('\n') + '\n');
    });
}
