import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RawArticle } from '../src/model/index.js';
import type { Context } from '../src/context.js';

/**
 * What bench sections share: the section interface, the news corpora of `../shared/data/news`
 * read straight from disk into RawArticles, and the table printer. A section is a file under
 * `bench/sections/` whose default export is a BenchSection; `bench/run.ts` runs them in name order.
 */
export interface BenchEnv {
  ctx: Context;
  /** The `../shared` folder (may be absent: sections then skip with a reason). */
  shared: string;
  /** At most this many articles per corpus (0: all). */
  limit: number;
}

export interface BenchRow {
  [column: string]: string | number;
}

export interface BenchSection {
  name: string;
  description: string;
  /** Rows of the section's table, or the reason it was skipped. */
  run(env: BenchEnv): Promise<BenchRow[] | { skip: string }>;
}

export interface Corpus {
  name: string;
  articles: RawArticle[];
  /** UTF-8 bytes of the article bodies and titles. */
  bytes: number;
  /** Seconds spent reading and parsing the files (the ingest part). */
  readSeconds: number;
}

const raw = (uri: string, title: string | null, body: string): RawArticle => ({
  source: { kind: 'file', uri, name: basename(uri), outlet: null },
  title,
  body,
  date: null,
});

/** The news corpora of `../shared/data/news` (bruk-press uk, alb-fake-news sq, WMT uk/ru/en/hr), or a reason they are absent. */
export function newsCorpora(shared: string, limit: number): Corpus[] | { skip: string } {
  const news = join(shared, 'data', 'news');
  if (!existsSync(news)) return { skip: `${news} is absent (set KRONIKA_SHARED to the shared folder)` };
  const cap = <T>(xs: T[]) => (limit > 0 ? xs.slice(0, limit) : xs);
  const corpora: Corpus[] = [];
  const load = (name: string, fn: () => RawArticle[]) => {
    const t0 = performance.now();
    const articles = cap(fn());
    const readSeconds = (performance.now() - t0) / 1000;
    let bytes = 0;
    for (const a of articles) bytes += Buffer.byteLength(a.body) + Buffer.byteLength(a.title ?? '');
    if (articles.length) corpora.push({ name, articles, bytes, readSeconds });
  };
  const bruk = join(news, 'bruk-press', 'texts');
  if (existsSync(bruk))
    load('bruk-press (uk)', () =>
      readdirSync(bruk)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => raw(join(bruk, f), null, readFileSync(join(bruk, f), 'utf8'))),
    );
  const alb = join(news, 'alb-fake-news-corpus', 'articles.jsonl');
  if (existsSync(alb))
    load('alb-fake-news (sq)', () =>
      jsonl<{ id: string; title?: string; text?: string }>(alb).map((r) => raw(`${alb}#${r.id}`, r.title ?? null, r.text ?? '')),
    );
  const wmt = join(news, 'wmt-generaltest');
  for (const [file, lang] of [
    ['wmt22.uk-en.jsonl', 'uk'],
    ['wmt23.ru-en.jsonl', 'ru'],
    ['wmt22.en-hr.jsonl', 'en'],
    ['wmt22.en-hr.jsonl', 'hr'],
  ] as const) {
    const path = join(wmt, file);
    if (!existsSync(path)) continue;
    load(`wmt ${file.slice(0, 5)} (${lang})`, () =>
      jsonl<{ id: string; src_lang?: string; src?: string[]; refs?: Record<string, string[]> }>(path).flatMap((d) => {
        const lines = d.src_lang === lang ? d.src : Object.entries(d.refs ?? {}).find(([k]) => k.startsWith(`${lang}:`))?.[1];
        return lines?.length ? [raw(`${path}#${d.id}`, null, lines.join('\n'))] : [];
      }),
    );
  }
  return corpora.length ? corpora : { skip: `no news corpora under ${news}` };
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: malformed JSON (${(e as Error).message})`);
      }
    });
}

/** Throughput of one timed pass over a corpus, as a table row. */
export function throughputRow(corpus: Corpus, seconds: number, tokens: number): BenchRow {
  const total = seconds + corpus.readSeconds;
  return {
    corpus: corpus.name,
    articles: corpus.articles.length,
    MB: round(corpus.bytes / 1e6, 2),
    'read s': round(corpus.readSeconds, 2),
    'process s': round(seconds, 2),
    'articles/s': Math.round(corpus.articles.length / total),
    'MB/s': round(corpus.bytes / 1e6 / total, 2),
    'tokens/s': Math.round(tokens / total),
  };
}

/** A plain-text table of rows (columns from the first row). */
export function table(rows: BenchRow[]): string {
  if (!rows.length) return '';
  const cols = Object.keys(rows[0]!);
  const cells = [cols, ...rows.map((r) => cols.map((c) => String(r[c] ?? '')))];
  const w = cols.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')).join('\n');
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
