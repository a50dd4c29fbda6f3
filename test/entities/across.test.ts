import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContext } from '../../src/context.js';
import { readInputs } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { finishRun } from '../../src/run.js';
import { kronika } from '../cli/helpers.js';
import { ROOT } from '../helpers/shared.js';

const RUN = join(ROOT, 'test', 'fixtures', 'across', 'run.jsonl');

async function run(): Promise<Article[]> {
  const ctx = await loadContext();
  const docs: Article[] = [];
  for await (const item of readInputs([RUN])) {
    assert.ok(item.ok);
    docs.push(await analyze(item.raw, ctx));
  }
  assert.equal(docs.length, 6);
  finishRun(docs, ctx);
  return docs;
}

const entityOf = (d: Article, text: string) => d.mentions.find((m) => m.text === text)?.entity;

test('across articles: one name in Latin, Cyrillic and Albanian spelling is one entity with a canonical Latin name', async () => {
  const docs = await run();
  const ids = new Set<string>();
  for (const d of docs) for (const m of d.mentions) if (/Vukomanovi|Вукомановић/.test(m.text)) ids.add(m.entity!);
  assert.deepEqual([...ids], ['local:per:dragan-vukomanovic']);
  for (const d of docs) {
    const e = d.entities.find((x) => x.id === 'local:per:dragan-vukomanovic');
    if (e) assert.equal(e.name, 'Dragan Vukomanović');
  }
  const sq = docs.find((d) => d.text.includes('Vukomanoviq'))!;
  assert.ok(sq.entities.find((x) => x.id === 'local:per:dragan-vukomanovic')!.aliases.includes('Dragan Vukomanoviq'));
});

test('across articles: a surname alone joins the one person of the run who bears it, and stays apart when two do', async () => {
  const docs = await run();
  const alone = docs.find((d) => d.text.startsWith('Ostavka'))!;
  assert.equal(entityOf(alone, 'Vukomanović'), 'local:per:dragan-vukomanovic');
  const two = docs.find((d) => d.text.startsWith('Ministrica'))!;
  assert.notEqual(entityOf(two, 'Marija Kovačec'), entityOf(two, 'Marko Kovačec'));
  const other = docs.find((d) => d.text.startsWith('Kovačec'))!;
  const id = entityOf(other, 'Kovačec');
  assert.ok(id && id !== entityOf(two, 'Marija Kovačec') && id !== entityOf(two, 'Marko Kovačec'), String(id));
});

test('across articles: `kronika analyze` links the names of one run', async () => {
  const r = await kronika(['analyze', '-q', RUN]);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { mentions: { text: string; entity: string }[] });
  const cyr = out.flatMap((o) => o.mentions).find((m) => m.text === 'Драган Вукомановић');
  assert.equal(cyr?.entity, 'local:per:dragan-vukomanovic');
});
