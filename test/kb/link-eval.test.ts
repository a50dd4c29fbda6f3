import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { readBsnlp, scoreLinking } from '../../src/kb/link-eval.js';
import { fixture, sharedPath } from '../helpers/shared.js';

test('eval link: BSNLP files read with bad lines reported, mentions resolved and merged across scripts', async () => {
  const kb = await loadKnowledgeBase();
  const { mentions, problems } = readBsnlp(fixture('kb', 'bsnlp'));
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /summit_uk_1\.out:8: expected 4 tab-separated columns/);
  assert.equal(mentions.length, 11, 'EVT lines are skipped');
  const s = scoreLinking(kb, mentions);
  assert.equal(s.mentions, 11);
  assert.ok(s.resolved >= 9, `resolved ${s.resolved}`);
  assert.equal(s.pairsSameKbSameGold, s.pairsSameKb, 'no wrong merges');
  assert.ok(s.pairsSameGoldSameKb >= 4, 'Stoltenberg, NATO, Kyiv, Zelensky merge across uk and hr');
});

const bsnlp = sharedPath('data/bsnlp');

test('eval link on BSNLP (one topic): most mentions resolved, merges precise', { skip: bsnlp.skip }, async () => {
  const kb = await loadKnowledgeBase();
  const { mentions } = readBsnlp(bsnlp.path, new Set(['uk']));
  const s = scoreLinking(kb, mentions);
  console.log(`bsnlp uk: resolved ${((100 * s.resolved) / s.mentions).toFixed(1)}% of ${s.mentions}; merge precision ${((100 * s.pairsSameKbSameGold) / s.pairsSameKb).toFixed(1)}%`);
  assert.ok(s.resolved / s.mentions > 0.5);
  assert.ok(s.pairsSameKbSameGold / s.pairsSameKb > 0.95);
});
