import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { loadContext } from '../../../context.js';
import type { Article, RawArticle } from '../../../model/index.js';
import { analyze } from '../../../pipeline.js';
import { bsnlpRawFiles } from '../../../eval/bsnlp.js';
import { SHARED_DEFAULT } from '../../../text/eval/paths.js';

/** An article with its date hidden, and the date it has. */
interface Dated {
  raw: RawArticle;
  gold: string;
}

const raw = (uri: string, title: string | null, body: string, language: string | null): RawArticle => ({
  source: { kind: 'file', uri, name: uri, outlet: null },
  title,
  body,
  date: null,
  declaredLanguage: language,
});

/** BSNLP raw files: the four header lines (date and URL, which often holds the date too) are removed. */
function* bsnlp(dir: string): Generator<Dated> {
  for (const f of bsnlpRawFiles(dir)) if (f.date) yield { raw: raw(f.path, null, f.body, f.declared), gold: f.date };
}

/** alb-fake-news-corpus: title and text; `published` (`2020/07/29, 23:12:48`) is hidden. */
function* albanian(path: string): Generator<Dated> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; title: string; text: string; published: string };
    const m = /^(\d{4})\/(\d{2})\/(\d{2})/.exec(o.published ?? '');
    if (!m) continue;
    yield { raw: raw(`${path}#${o.id}`, o.title, o.text, 'sq'), gold: `${m[1]}-${m[2]}-${m[3]}` };
  }
}

/** N1 headlines with ISO publication dates: the headline alone is the text. */
function* headlines(path: string): Generator<Dated> {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  for (const [i, r] of rows.entries()) {
    const gold = /^\d{4}-\d{2}-\d{2}/.exec(r.DatePublished ?? '')?.[0];
    if (gold && r.headline) yield { raw: raw(`${path}#${i + 1}`, null, r.headline, null), gold };
  }
}

/** One article for error analysis: what it should be dated, what it was, and the evidence the text offered. */
function dumpLine(set: string, item: Dated, doc: Article) {
  return {
    set,
    uri: item.raw.source.uri,
    language: doc.language,
    gold: item.gold,
    date: doc.date,
    times: doc.times.map((t) => [t.text, t.value]),
    people: doc.mentions.filter((m) => m.type === 'PER' && m.entity).map((m) => [m.text, m.entity]),
    text: doc.text,
  };
}

interface DatingScore {
  n: number;
  dated: number;
  year: number;
  month: number;
  day: number;
  /** Right within a day either side (a day-precision date). */
  dayNear: number;
}

const SETS: { name: string; path: string; read: (p: string) => Generator<Dated> }[] = [
  { name: 'bsnlp', path: 'data/bsnlp', read: bsnlp },
  { name: 'alb-fake-news', path: 'data/news/alb-fake-news-corpus/articles.jsonl', read: albanian },
  { name: 'n1-headlines', path: 'data/news/serbian-headlines-rts-n1/events_extracted.csv', read: headlines },
];

/** `kronika eval dating`: date articles whose date lines are hidden; share right to the year, month and day. */
export function registerEvalDating(evalCmd: Command): void {
  evalCmd
    .command('dating')
    .description('Date articles of bsnlp, alb-fake-news-corpus and N1 headlines with their dates hidden; share right to year, month, day')
    .option('--shared <dir>', 'the ../shared folder', SHARED_DEFAULT)
    .option('--limit <n>', 'at most this many articles per set', (v) => Number(v), Infinity)
    .option('--errors <n>', 'list up to n wrongly dated articles per set', (v) => Number(v), 0)
    .option('--json', 'print the scores as JSON')
    .option('--dump <file>', 'write every article (gold, date, evidence, times, linked people) as JSON Lines, for error analysis')
    .action(async (opts: { shared: string; limit: number; errors: number; json?: boolean; dump?: string }) => {
      const ctx = await loadContext();
      const scores: Record<string, DatingScore> = {};
      const wrong: string[] = [];
      const dump: string[] = [];
      for (const set of SETS) {
        const path = join(opts.shared, set.path);
        if (!existsSync(path)) {
          process.stderr.write(`skip ${set.name}: ${path} is absent\n`);
          continue;
        }
        const s: DatingScore = { n: 0, dated: 0, year: 0, month: 0, day: 0, dayNear: 0 };
        let listed = 0;
        for (const item of set.read(path)) {
          if (s.n >= opts.limit) break;
          s.n++;
          let got: string | null = null;
          let evidence: string | null = null;
          try {
            const doc = await analyze(item.raw, ctx);
            got = doc.date?.value ?? null;
            evidence = doc.date?.evidence ?? null;
            if (opts.dump) dump.push(JSON.stringify(dumpLine(set.name, item, doc)));
          } catch (e) {
            process.stderr.write(`${item.raw.source.uri}: analysis failed: ${(e as Error).message}\n`);
          }
          if (got) s.dated++;
          const g = item.gold;
          if (got && got.slice(0, 4) === g.slice(0, 4)) s.year++;
          if (got && got.length >= 7 && got.slice(0, 7) === g.slice(0, 7)) s.month++;
          if (got && got.length === 10 && got === g) s.day++;
          if (got && got.length === 10 && Math.abs(Date.parse(got) - Date.parse(g)) <= 86_400_000) s.dayNear++;
          if ((!got || got.slice(0, 7) !== g.slice(0, 7)) && listed < opts.errors) {
            listed++;
            wrong.push(`${set.name} ${item.raw.source.uri}: want ${g}, got ${got ?? 'nothing'} (${evidence ?? '-'})`);
          }
        }
        scores[set.name] = s;
      }
      if (opts.dump) writeFileSync(opts.dump, dump.join('\n') + '\n');
      if (opts.json) {
        process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
        return;
      }
      const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '-');
      const lines = ['Article dating with the date lines hidden (share of all articles; an undated article counts as wrong)'];
      for (const [name, s] of Object.entries(scores)) {
        lines.push(
          `  ${name.padEnd(14)} n ${String(s.n).padStart(5)}  dated ${pct(s.dated, s.n)}  year ${pct(s.year, s.n)}  month ${pct(s.month, s.n)}  day ${pct(s.day, s.n)}  day±1 ${pct(s.dayNear, s.n)}`,
        );
      }
      if (wrong.length) lines.push('Wrong (month or worse):', ...wrong.map((w) => `  ${w}`));
      process.stdout.write(lines.join('\n') + '\n');
    });
}
