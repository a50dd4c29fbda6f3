import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFolder, readGold } from '../../src/cli/commands/eval/gold.js';
import { scoreGold } from '../../src/eval/gold.js';
import { sharedPath } from '../helpers/shared.js';
import { eventPrecision } from './score.js';

const gold = sharedPath('gold/seeds.json');
const seeds = sharedPath('seeds');

test('events on the seed articles (../shared/gold/seeds.json)', { skip: gold.skip || seeds.skip }, async (t) => {
  const g = readGold(gold.path);
  const outputs = await analyzeFolder(seeds.path, new Set(Object.keys(g.documents)));
  const s = scoreGold(g, outputs);
  const p = eventPrecision(g, outputs);
  t.diagnostic(`seeds: events recall ${s.events.hit}/${s.events.total}, precision ${p.hit}/${p.total}`);
  assert.ok(s.events.hit / s.events.total >= 0.6, `recall ${s.events.hit}/${s.events.total}`);
});
