import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { loadContext } from '../../src/context.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyze, toOutput } from '../../src/pipeline.js';
import type { Article } from '../../src/model/index.js';
import { openStore, StoreError } from '../../src/store/index.js';
import { EXAMPLES, tempDir, writeSyntheticArticles } from '../cli/helpers.js';

async function analyzeAll(inputs: string[]): Promise<Article[]> {
  const ctx = await loadContext();
  const docs: Article[] = [];
  for await (const item of readInputs(inputs)) if (item.ok) docs.push(await analyze(item.raw, ctx));
  return docs;
}

const byName = (docs: Article[], prefix: string) => docs.find((d) => d.source.name!.startsWith(prefix))!;
const examples = analyzeAll([EXAMPLES]);

test('put stores an article once: the same content again is a duplicate and writes nothing', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  const first = await store.put(docs[0]);
  assert.equal(first.status, 'stored');
  assert.equal(first.id, docs[0].id);
  const again = await store.put(structuredClone(docs[0]));
  assert.deepEqual(again, { status: 'duplicate', id: docs[0].id });
  assert.equal((await store.stats()).articles, 1);
  await store.close();
});

test('a re-publication with small edits is linked to its original; unrelated articles are not', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  const outcomes = await store.putBatch(docs);
  const original = byName(docs, '01-sq');
  const copy = byName(docs, '02-sq');
  const linked = outcomes.filter((o) => o.status === 'near-duplicate');
  assert.equal(linked.length, 1, JSON.stringify(linked));
  assert.equal(linked[0].id, copy.id);
  assert.equal(linked[0].duplicateOf, original.id);
  assert.ok(linked[0].similarity! >= 0.8, `similarity ${linked[0].similarity}`);
  const stored = await store.get(copy.id);
  assert.equal(stored?.duplicateOf, original.id);
  const s = await store.stats();
  assert.deepEqual([s.articles, s.originals, s.nearDuplicates], [docs.length, docs.length - 1, 1]);
  await store.close();
});

test('a batch is one transaction: a failing article leaves none of the batch written', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  // docs 0 and 1 are an original and its re-publication: use the others.
  const [a, b, c, d, e] = docs.slice(2);
  await store.put(a);
  const broken = { ...e, id: 'ffffffffffffffff', language: null } as unknown as Article;
  await assert.rejects(() => store.putBatch([b, c, broken, d]), StoreError);
  const s = await store.stats();
  assert.equal(s.articles, 1, 'only the article committed before the failed batch');
  assert.equal(await store.get(b.id), null);
  // The store is still usable, and the batch goes in once the bad article is left out.
  const ok = await store.putBatch([b, c, d]);
  assert.deepEqual(ok.map((o) => o.status), ['stored', 'stored', 'stored']);
  assert.equal((await store.stats()).articles, 4);
  await store.close();
});

test('get and analysis accept an id or a unique prefix; the analysis is the OUTPUT.md object', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  await store.putBatch(docs);
  const d = byName(docs, '05-hr');
  assert.deepEqual(await store.analysis(d.id), JSON.parse(JSON.stringify(toOutput(d))));
  const viaPrefix = await store.get(d.id.slice(0, 6).toUpperCase());
  assert.equal(viaPrefix?.id, d.id);
  assert.equal(viaPrefix?.title, d.title);
  assert.equal(viaPrefix?.text, d.text);
  assert.deepEqual(viaPrefix?.date, { value: '2025-06-25', precision: 'day', source: 'header' });
  assert.equal(await store.analysis('0000000000000000'), null);
  await assert.rejects(() => store.get('not-an-id'), /not an article id/);
  await assert.rejects(() => store.get(''), /not an article id/);
  await store.close();
});

test('an ambiguous id prefix is an error listing the candidates', async () => {
  const dir = tempDir();
  const docs = await analyzeAll(writeSyntheticArticles(join(dir, 'in'), 40));
  const store = await openStore(join(dir, 'k.db'));
  await store.putBatch(docs);
  const first = docs.map((d) => d.id[0]);
  const shared = first.find((c, i) => first.indexOf(c) !== i)!;
  await assert.rejects(() => store.get(shared), /ambiguous/);
  await store.close();
});

test('list filters by language and limit, in the order stored; iterate pages through everything', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  await store.putBatch(docs);
  const sq = await store.list({ language: 'sq' });
  assert.deepEqual(sq.map((r) => r.id), docs.filter((d) => d.language === 'sq').map((d) => d.id));
  assert.equal((await store.list({ limit: 3 })).length, 3);
  const untitled = (await store.list()).find((r) => r.title === null);
  if (untitled) assert.ok(untitled.opening.length > 0);
  const seen: string[] = [];
  for await (const { article, analysis } of store.iterate(4)) {
    assert.equal(analysis.id, article.id);
    seen.push(article.id);
  }
  assert.deepEqual(seen, docs.map((d) => d.id));
  await store.close();
});

test('stats counts languages, scripts, dates and near-duplicates', async () => {
  const docs = await examples;
  const store = await openStore(join(tempDir(), 'k.db'));
  await store.putBatch(docs);
  const s = await store.stats();
  const count = (f: (d: Article) => string) => docs.reduce<Record<string, number>>((m, d) => ((m[f(d)] = (m[f(d)] ?? 0) + 1), m), {});
  assert.deepEqual(s.byLanguage, count((d) => d.language));
  assert.deepEqual(s.byScript, count((d) => d.script));
  const dates = docs.flatMap((d) => (d.date ? [d.date.value] : [])).sort();
  assert.equal(s.dated, dates.length);
  assert.deepEqual(s.dateRange, { from: dates[0], to: dates[dates.length - 1] });
  assert.deepEqual(await store.integrityProblems(), []);
  await store.close();
});

test('a database that cannot be opened, or is not a database, is one clear StoreError', async () => {
  const dir = tempDir();
  await assert.rejects(() => openStore(join(dir, 'missing-folder', 'k.db')), (e: Error) => e instanceof StoreError && /folder .* does not exist/.test(e.message));
  await assert.rejects(() => openStore(join(dir, 'absent.db'), { mustExist: true }), /no database at/);
  mkdirSync(join(dir, 'a-folder.db'));
  await assert.rejects(() => openStore(join(dir, 'a-folder.db')), /it is a folder/);
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, Buffer.alloc(8192, 0x5a));
  await assert.rejects(() => openStore(junk), /not a SQLite database/);
});

test('a damaged database page is reported as damage, not a crash', async () => {
  const dir = tempDir();
  const path = join(dir, 'k.db');
  const docs = await examples;
  const store = await openStore(path);
  await store.putBatch(docs);
  await store.close();
  // Overwrite the pages after the first with garbage, keeping the header valid.
  const raw = new BetterSqlite3(path);
  raw.pragma('journal_mode = DELETE');
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const { openSync, writeSync, closeSync } = await import('node:fs');
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize * 3, 0xa5), 0, pageSize * 3, pageSize);
  closeSync(fd);
  await assert.rejects(
    async () => {
      const s = await openStore(path);
      try {
        await s.stats();
      } finally {
        await s.close();
      }
    },
    (e: Error) => e instanceof StoreError && /damaged|not a SQLite database/.test(e.message),
  );
});
