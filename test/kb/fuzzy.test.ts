import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FuzzyIndex } from '../../src/kb/fuzzy.js';
import { boundedDistance, nameKey, nameWords, phoneticKey } from '../../src/kb/key.js';

const keys = (name: string) => nameWords(name).map(nameKey);
const NAMES: [string, string][] = [
  ['kb:zoran-milanovic', 'Zoran Milanović'],
  ['kb:jens-stoltenberg', 'Jens Stoltenberg'],
  ['kb:jens-stoltenberg', 'Йенс Столтенберг'],
  ['kb:aleksandar-vucic', 'Aleksandar Vučić'],
  ['kb:miloje-spajic', 'Milojko Spajić'],
  ['kb:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan'],
];

function index(): FuzzyIndex {
  const f = new FuzzyIndex();
  for (const [id, name] of NAMES) f.add(id, keys(name));
  return f;
}

test('fuzzy index: misspelt names within the distance are found, others not', () => {
  const f = index();
  assert.equal(f.search(keys('Zoran Milovanoviq'))[0]?.id, 'kb:zoran-milanovic');
  assert.equal(f.search(keys('Jens Stoltenbergu'))[0]?.id, 'kb:jens-stoltenberg');
  assert.equal(f.search(keys('Millojko Spajiq'))[0]?.id, 'kb:miloje-spajic');
  assert.deepEqual(f.search(keys('Qwxzv Trtrt')), []);
  assert.deepEqual(f.search(keys('Zoran Petrović')), []);
});

test('fuzzy index: cached as JSON and read back, it answers alike', () => {
  const f = index();
  const g = FuzzyIndex.fromState(JSON.parse(JSON.stringify(f.toState())));
  for (const q of ['Zoran Milovanoviq', 'Jens Stoltenbergom', 'Stoltenberga', 'Aleksandar Vucicem', 'Ердоган', 'Recep Erdogan', 'Spajiq']) {
    assert.deepEqual(g.search(keys(q)), f.search(keys(q)), q);
  }
});

test('key helpers: the bounded distance and the sound key', () => {
  assert.equal(boundedDistance('stoltenberg', 'stoltenbergu', 1), 1);
  assert.equal(boundedDistance('milanovic', 'milovanovic', 2), 2);
  assert.equal(boundedDistance('milanovic', 'petrovic', 1), 2);
  assert.equal(phoneticKey('spajiq'), phoneticKey('spajic'));
  assert.equal(phoneticKey('dzhaferi'), 'dzaferi');
});
