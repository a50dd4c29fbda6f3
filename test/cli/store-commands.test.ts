import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildProgram } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { EXAMPLES, kronika, tempDir, type Run } from './helpers.js';

const ARTICLES = 11;
const dir = tempDir();
const db = join(dir, 'k.db');
const csvOut = join(dir, 'articles.csv');
const junk = join(dir, 'junk.db');
writeFileSync(junk, 'this is a text file, not a database\n'.repeat(200));
const bad = tempDir();
writeFileSync(join(bad, 'empty.txt'), '');

/**
 * Ingest the example articles once, then run every other command side by side (each `node
 * bin/kronika.js` pays the start-up once; running them in parallel keeps the file fast).
 */
const runs = (async () => {
  const ingest = await kronika(['ingest', EXAMPLES, '--db', db]);
  const store = await openStore(db, { mustExist: true });
  const uk = (await store.list({ language: 'uk' }))[0]?.id ?? 'none';
  await store.close();
  const [again, failing, ls, show, unknown, jsonl, csv, noFolderOut, stats, statsJson, missing, junkDb] = await Promise.all([
    kronika(['ingest', EXAMPLES, '--db', db, '--verbose']),
    kronika(['ingest', join(bad, 'empty.txt'), join(bad, 'nowhere.txt'), join(EXAMPLES, '05-hr-plenkovic-haag.txt'), '--db', join(bad, 'k.db')]),
    kronika(['ls', '--db', db, '--lang', 'sq', '--limit', '2']),
    kronika(['show', uk.slice(0, 7), '--db', db]),
    kronika(['show', 'abcdef0123456789', '--db', db]),
    kronika(['export', '--format', 'jsonl', '--db', db]),
    kronika(['export', '--format', 'csv', '--db', db, '--out', csvOut]),
    kronika(['export', '--format', 'csv', '--db', db, '--out', join(dir, 'no', 'such', 'x.csv')]),
    kronika(['stats', '--db', db]),
    kronika(['stats', '--db', db, '--json']),
    kronika(['ls', '--db', join(dir, 'absent.db')]),
    kronika(['stats', '--db', junk]),
  ]);
  return { ingest, uk, again, failing, ls, show, unknown, jsonl, csv, noFolderOut, stats, statsJson, missing, junkDb };
})();

const ok = (r: Run) => assert.equal(r.code, 0, r.stderr);
const failed = (r: Run, message: RegExp) => {
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(r.stdout, '');
};

test('ingest stores the examples, links the re-publication, prints one summary line, exits 0', async () => {
  const { ingest } = await runs;
  ok(ingest);
  assert.equal(ingest.stdout, '');
  assert.match(ingest.stderr.trim(), /^read 11, stored 10, duplicates 0, near-duplicates 1, failed 0 \([\d.]+ s\)$/);
});

test('ingesting the same input again stores nothing new', async () => {
  const { again } = await runs;
  ok(again);
  assert.match(again.stderr, /read 11, stored 0, duplicates 11, near-duplicates 0, failed 0/);
  assert.equal(again.stdout.trim().split('\n').filter((l) => /^duplicate\t[0-9a-f]{16}\t/.test(l)).length, 11);
});

test('a failing input is reported by name, the rest is stored, the exit code is 1', async () => {
  const { failing } = await runs;
  assert.equal(failing.code, 1);
  assert.match(failing.stderr, /empty\.txt: empty file/);
  assert.match(failing.stderr, /nowhere\.txt: no such file/);
  assert.match(failing.stderr, /read 1, stored 1, duplicates 0, near-duplicates 0, failed 2/);
});

test('ls lists id, date, language and title in the order stored, marking near-duplicates; --lang and --limit filter', async () => {
  const { ls } = await runs;
  ok(ls);
  const lines = ls.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^[0-9a-f]{16} {2}2025-06-26 {2}sq {4}Rutte pas Samitit të Hagës/);
  assert.match(lines[1], /^[0-9a-f]{16} {2}2025-06-26 {2}sq {4}\[≈ [0-9a-f]{8}\] Rutte: KFOR-i/);
  assert.equal(lines[1].slice(lines[1].indexOf('≈') + 2, lines[1].indexOf('≈') + 10), lines[0].slice(0, 8));
});

test('show prints the analysis JSON for an id prefix; an unknown id is a clear error', async () => {
  const { show, uk, unknown } = await runs;
  ok(show);
  const a = JSON.parse(show.stdout);
  assert.equal(a.id, uk);
  assert.equal(a.language, 'uk');
  assert.equal(a.date.value, '2025-06-24');
  assert.ok(a.text.includes('Зеленський'));
  for (const k of ['source', 'title', 'script', 'sentences', 'entities', 'mentions', 'times', 'quotes', 'events', 'story']) assert.ok(k in a, k);
  failed(unknown, /^kronika: no article with id 'abcdef0123456789'/);
});

test('export --format jsonl writes one OUTPUT.md object per article, in the order stored', async () => {
  const { jsonl } = await runs;
  ok(jsonl);
  const objs = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(objs.length, ARTICLES);
  assert.deepEqual(objs.map((o) => o.source.name.slice(0, 2)), ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11']);
  for (const o of objs) for (const s of o.sentences) assert.ok(s.end <= o.text.length);
});

test('export --format csv --out writes a quoted CSV whose text fields survive a round trip', async () => {
  const { csv, jsonl, noFolderOut } = await runs;
  ok(csv);
  assert.equal(csv.stdout, '');
  const rows = parse(readFileSync(csvOut, 'utf8'), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, ARTICLES);
  assert.deepEqual(Object.keys(rows[0]).slice(0, 7), ['id', 'date', 'date_precision', 'date_source', 'language', 'language_confidence', 'script']);
  const json = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  for (const [i, row] of rows.entries()) {
    assert.equal(row.id, json[i].id);
    assert.equal(row.text, json[i].text, 'text with quotes, commas and line breaks round-trips');
    assert.equal(row.title, json[i].title ?? '');
  }
  assert.equal(rows[1].duplicate_of, rows[0].id);
  failed(noFolderOut, /^kronika: cannot write .*x\.csv/);
});

test('stats prints counts by language and script, the date range and the near-duplicate link', async () => {
  const { stats, statsJson, jsonl } = await runs;
  ok(stats);
  const objs = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const dates = objs.flatMap((o) => (o.date ? [o.date.value] : [])).sort();
  assert.match(stats.stdout, /11 articles \(10 originals, 1 near-duplicate\)/);
  assert.match(stats.stdout, /languages: sq 3, sr 2, bs 1, en 1, hr 1, mk 1, ru 1, uk 1/);
  assert.match(stats.stdout, /scripts: Latn 7, Cyrl 4/);
  assert.ok(stats.stdout.includes(`dates: ${dates[0]} to ${dates[dates.length - 1]} (${dates.length} dated, ${ARTICLES - dates.length} undated)`), stats.stdout);
  assert.match(stats.stdout, /[0-9a-f]{16} → [0-9a-f]{16} 0\.\d\d {2}Rutte: KFOR-i/);
  ok(statsJson);
  const j = JSON.parse(statsJson.stdout);
  assert.equal(j.articles, ARTICLES);
  assert.equal(j.byLanguage.mk, 1);
  assert.deepEqual(j.nearDuplicateLinks.map((l: { id: string }) => l.id), [objs[1].id]);
});

test('a database that is missing or is not a database is a one-line error', async () => {
  const { missing, junkDb } = await runs;
  failed(missing, /^kronika: no database at .*absent\.db/);
  failed(junkDb, /^kronika: cannot open database .*junk\.db: not a SQLite database/);
});

test('--help describes every storing command', () => {
  const program = buildProgram();
  for (const [name, words] of [
    ['ingest', /near-duplicate/],
    ['ls', /--lang <code>/],
    ['show', /unique beginning/],
    ['export', /jsonl: one OUTPUT\.md analysis\s+object per line/],
    ['stats', /date/],
  ] as const) {
    const help = program.commands.find((c) => c.name() === name)!.helpInformation();
    assert.match(help, words, name);
    assert.match(help, /--db <file>/, name);
  }
});
