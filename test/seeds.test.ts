import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadContext } from '../src/context.js';
import { readInputs } from '../src/ingest/index.js';
import { analyze } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { loadGold, sharedPath } from './helpers/shared.js';

const seeds = sharedPath('seeds');
const gold = sharedPath('gold/seeds.json');

test('seeds: language, script and header date match the gold', { skip: seeds.skip || gold.skip }, async () => {
  const ctx = await loadContext();
  const g = loadGold(gold.path).documents;
  const docs: Article[] = [];
  for await (const item of readInputs([seeds.path])) {
    assert.ok(item.ok, item.ok ? '' : `${item.error.where}: ${item.error.reason}`);
    docs.push(await analyze(item.raw, ctx));
  }
  assert.equal(docs.length, Object.keys(g).length);
  for (const d of docs) {
    const want = g[d.source.name!];
    assert.ok(want, `no gold for ${d.source.name}`);
    const langs = [want.language, ...(want.accept_languages ?? [])];
    assert.ok(langs.includes(d.language), `${d.source.name}: language ${d.language}, want one of ${langs}`);
    assert.equal(d.script, want.script, `${d.source.name}: script`);
    if (want.date?.source === 'header') assert.equal(d.date?.value, want.date.value, `${d.source.name}: header date`);
    if (want.title) assert.equal(d.title, want.title, `${d.source.name}: title`);
    assert.equal(d.source.uri, join(seeds.path, `${d.source.name}.txt`));
  }
});
