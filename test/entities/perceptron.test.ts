import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeatureTable, PerceptronTagger, trainPerceptron, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { feat, hashString, wordInfo, wordShape } from '../../src/nlp/entities/features.js';
import { loadClusters } from '../../src/nlp/entities/clusters.js';
import { translitKey } from '../../src/nlp/entities/translit-key.js';

const S = (text: string, tags: string): TrainSentence => ({ words: text.split(' '), tags: tags.split(' ') });
const data: TrainSentence[] = [
  S('Ana Brnabić je otputovala u Pariz .', 'B-PER I-PER O O O B-LOC O'),
  S('Vlada Srbije je saopštila da Marko Đurić putuje u Berlin .', 'B-ORG I-ORG O O O B-PER I-PER O O B-LOC O'),
  S('Premijer Petar Petrović sreo je ministra u Beču .', 'O B-PER I-PER O O O O B-LOC O'),
  S('U Londonu je Ivan Horvat razgovarao sa predstavnicima NATO-a .', 'O B-LOC O B-PER I-PER O O O B-ORG O'),
  S('Skupština Srbije usvojila je zakon .', 'B-ORG I-ORG O O O O'),
];

test('perceptron: shape and transliteration key features', () => {
  assert.equal(wordShape('NATO-s'), 'X-x');
  assert.equal(wordShape('Beograd'), 'Xx');
  assert.equal(wordShape('22.11.'), 'd.d.');
  assert.equal(translitKey('Столтенбергом'), translitKey('Stoltenbergom'));
  assert.equal(translitKey('Ђурић'), 'djuric');
});

test('perceptron: trains reproducibly, learns its data, survives a save/load round trip', () => {
  const opts = { epochs: 8, seed: 7, minCount: 1, pruneBelow: 0 };
  const a = trainPerceptron(data, opts);
  const b = trainPerceptron(data, opts);
  assert.deepEqual([...a.weights], [...b.weights], 'same seed, same weights');
  for (const s of data) assert.deepEqual(a.tag(s.words).tags, s.tags);
  const file = join(mkdtempSync(join(tmpdir(), 'kronika-model-')), 'm.json.gz');
  a.save(file, { test: true });
  const c = PerceptronTagger.load(file);
  assert.deepEqual(c.tag([]).tags, [], 'an empty sentence, first thing after loading');
  assert.equal(c.tag(['😀', '中国', '\u0301', 'A'.repeat(5000)]).tags.length, 4, 'words in no known script');
  for (const s of data) assert.deepEqual(c.tag(s.words).tags, s.tags);
  // an unseen sentence in the other script gets the transliterated word's weights
  const cyr = c.tag('Ана Брнабић је отпутовала у Париз .'.split(' ')).tags;
  assert.equal(cyr[5], 'B-LOC');
  // the tag sequence is always valid BIO
  const odd = c.tag(['I', 'I', 'Srbije', 'Srbije', '', '—']).tags;
  odd.forEach((t, i) => { if (t.startsWith('I-')) assert.ok(i > 0 && odd[i - 1]!.endsWith(t.slice(2))); });
});

test('perceptron: the feature table finds every hash it was given and no other', () => {
  const hashes = Uint32Array.from({ length: 5000 }, (_, i) => feat(7, i, i * 31));
  const table = new FeatureTable(hashes);
  hashes.forEach((h, row) => assert.equal(table.get(h), row));
  assert.equal(table.get(feat(8, 1, 31)), -1);
  assert.notEqual(feat(1, 2, 3), feat(1, 3, 2), 'feature values are ordered');
  assert.equal(hashString('beograd'), hashString('beograd'));
});

test('perceptron: word clusters become features, and a saved model reads its clusters file beside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronika-clusters-'));
  // a composed clusters file: place names share one branch, given names another
  const lines = ['pariz\t0110', 'berlin\t0110', 'bec\t0111', 'londonu\t0111', 'lisabon\t0110', 'ana\t1000', 'marko\t1001', 'ivan\t1001', 'petar\t1001', 'jovan\t1000'];
  writeFileSync(join(dir, 'clusters.tsv.gz'), gzipSync(lines.join('\n')));
  const clusters = loadClusters(join(dir, 'clusters.tsv.gz'));
  assert.equal(clusters.get('berlin'), '0110');
  const withClusters = wordInfo('Lisabon', clusters);
  assert.ok(withClusters.own.length > wordInfo('Lisabon').own.length, 'a word in the clusters has cluster features');
  const a = trainPerceptron(data, { epochs: 8, seed: 7, minCount: 1, pruneBelow: 0, clusters });
  const file = join(dir, 'm.json.gz');
  a.save(file, { clusters: 'clusters.tsv.gz' });
  const b = PerceptronTagger.load(file);
  assert.equal(b.clusters?.get('pariz'), '0110');
  for (const s of data) assert.deepEqual(b.tag(s.words).tags, s.tags);
  // an unseen place in the places' cluster, after `u`, is a place
  assert.equal(b.tag('Ana je otputovala u Lisabon .'.split(' ')).tags[4], 'B-LOC');
  assert.throws(() => { writeFileSync(join(dir, 'bad.tsv.gz'), gzipSync('nokey\n')); loadClusters(join(dir, 'bad.tsv.gz')); }, /bad\.tsv\.gz:1/);
});
