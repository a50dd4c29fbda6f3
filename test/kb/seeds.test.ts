import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { scoreGoldEntities, type GoldEntity } from '../../src/kb/seeds-eval.js';
import { loadGold, sharedPath } from '../helpers/shared.js';

const gold = sharedPath('gold/seeds.json');

test('every seed entity is in the KB and ≥ 95% of its mentions resolve through generated variants', { skip: gold.skip }, async () => {
  const kb = await loadKnowledgeBase();
  const docs = Object.values(loadGold(gold.path).documents) as { language: string; entities?: GoldEntity[] }[];
  const s = scoreGoldEntities(kb, docs);
  const share = s.mentionsFound / s.mentions;
  console.log(`seeds: ${s.entitiesInKb}/${s.entities} entities in KB, ${s.mentionsFound}/${s.mentions} mentions resolved (${(share * 100).toFixed(1)}%)`);
  for (const m of s.missing) console.log(`  missing: ${m}`);
  assert.equal(s.entitiesInKb, s.entities);
  assert.ok(share >= 0.95, `mention share ${share}`);
});
