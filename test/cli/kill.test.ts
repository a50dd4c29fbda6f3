import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { kronika, kronikaAsync, tempDir, writeSyntheticArticles } from './helpers.js';

const TOTAL = 1500;
const KILL_AFTER = 40;

/** Committed articles so far, read through a separate read-only connection (WAL lets it read beside the writer). */
function committed(db: string): number {
  try {
    const c = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

test('kill -9 in the middle of an ingest leaves a sound database holding every committed article', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const paths = writeSyntheticArticles(join(dir, 'in'), TOTAL);
  const db = join(dir, 'k.db');
  const child = kronikaAsync(['ingest', join(dir, 'in'), '--db', db]);
  const exited = once(child, 'exit');
  let n = 0;
  for (let waited = 0; n < KILL_AFTER; waited += 20) {
    assert.ok(waited < 45_000, 'ingest did not start committing');
    assert.equal(child.exitCode, null, 'ingest finished before it could be killed');
    await sleep(20);
    n = committed(db);
  }
  child.kill('SIGKILL');
  const [code, signal] = await exited;
  assert.equal(signal, 'SIGKILL', `exit code ${code}`);

  // Opening runs WAL recovery; the file must be sound and every stored article complete.
  const raw = new BetterSqlite3(db);
  assert.deepEqual(raw.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
  assert.deepEqual(raw.pragma('foreign_key_check'), []);
  const rows = raw
    .prepare('SELECT a.id, a.text, a.title, a.minhash, x.json, (SELECT count(*) FROM article_bands b WHERE b.article_id = a.id) AS bands FROM articles a LEFT JOIN analyses x ON x.article_id = a.id ORDER BY a.seq')
    .all() as { id: string; text: string; title: string; minhash: string | null; json: string | null; bands: number }[];
  raw.close();
  assert.ok(rows.length >= n && rows.length < TOTAL, `${rows.length} articles stored of ${TOTAL}`);
  for (const [i, r] of rows.entries()) {
    assert.ok(r.json, `article ${r.id} has no analysis`);
    const a = JSON.parse(r.json);
    assert.equal(a.id, r.id);
    assert.equal(a.text, r.text);
    assert.equal(a.source.uri, paths[i], 'articles are stored in input order, none skipped');
    assert.equal(r.title, `Report number ${i} from the synthetic wire`);
    assert.ok(r.minhash && r.bands > 0, `article ${r.id} is missing its near-duplicate index`);
  }

  // The store opens normally, and a re-run recognises what was committed before the kill.
  const store = await openStore(db, { mustExist: true });
  assert.equal((await store.stats()).articles, rows.length);
  await store.close();
  const resume = await kronika(['ingest', ...paths.slice(0, rows.length + 5), '--db', db]);
  assert.equal(resume.code, 0, resume.stderr);
  assert.match(resume.stderr, new RegExp(`read ${rows.length + 5}, stored 5, duplicates ${rows.length}, near-duplicates 0, failed 0`));
});
