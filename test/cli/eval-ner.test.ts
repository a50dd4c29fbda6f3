import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { kronika, tempDir } from './helpers.js';
import { trainPerceptron, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { fixture, sharedPath } from '../helpers/shared.js';

const S = (text: string, tags: string): TrainSentence => ({ words: text.split(' '), tags: tags.split(' ') });

/** A folder with one tiny Serbian model, its meta saying which parts trained it. */
function tinyModels(trained: string[]): string {
  const dir = tempDir();
  const t = trainPerceptron(
    [S('Premijer Ana Brnabić posetila je Novi Sad .', 'O B-PER I-PER O O B-LOC I-LOC O'), S('Vlada Srbije je saopštila .', 'B-ORG I-ORG O O O')],
    { epochs: 4, seed: 1, minCount: 1, pruneBelow: 0 },
  );
  t.save(join(dir, 'ner-sh.json.gz'), { name: 'sh', langs: ['sh', 'sr', 'hr', 'bs', 'cnr'], trained });
  return dir;
}

test('eval ner --models: scores the models of another folder', async () => {
  const r = await kronika(['eval', 'ner', '--gold', fixture('entities', 'sample.iob2'), '--lang', 'sr', '--models', tinyModels(['tiny']), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const scores = Object.values(JSON.parse(r.stdout) as Record<string, { ALL: { tp: number; fn: number } }>)[0]!;
  assert.ok(scores.ALL.tp + scores.ALL.fn > 0);
});

const ner = sharedPath('data/ner/uner-sr-set');
test('eval ner --dev: a dev part the model was trained on is marked, not passed off as held out', { skip: ner.skip }, async () => {
  const r = await kronika(['eval', 'ner', '--dev', '--models', tinyModels(['uner-sr-set/train', 'uner-sr-set/dev']), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const keys = Object.keys(JSON.parse(r.stdout) as object);
  assert.ok(keys.includes('sr uner-sr-set/dev (the model was trained on this part: not a held-out score)'), keys.join(' | '));
  assert.ok(keys.some((k) => k.startsWith('hr uner-hr-set/dev') && !k.includes('trained on')), keys.join(' | '));
});
