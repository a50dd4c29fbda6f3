import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerceptronTagger, trainPerceptron, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { wordShape } from '../../src/nlp/entities/features.js';
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
  for (const s of data) assert.deepEqual(c.tag(s.words).tags, s.tags);
  // an unseen sentence in the other script gets the transliterated word's weights
  const cyr = c.tag('Ана Брнабић је отпутовала у Париз .'.split(' ')).tags;
  assert.equal(cyr[5], 'B-LOC');
  // the tag sequence is always valid BIO
  const odd = c.tag(['I', 'I', 'Srbije', 'Srbije', '', '—']).tags;
  odd.forEach((t, i) => { if (t.startsWith('I-')) assert.ok(i > 0 && odd[i - 1]!.endsWith(t.slice(2))); });
});
