import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentCodes, NO_CODE } from '../../src/nlp/entities/doc-context.js';
import { trainPerceptron, PerceptronTagger, type TrainSentence } from '../../src/nlp/entities/perceptron.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const doc = (...sentences: string[]) => sentences.map((s) => s.split(' '));

test('document codes: what the rest of the article says of a capitalised word', () => {
  const words = doc(
    'Španjolski ministar vanjskih poslova Miguel Ángel Moratinos stigao je u Zagreb .',
    'Moratinos je rekao da Španjolska podržava proširenje .',
    'Novi sastanak održat će se u ožujku .',
    'Dogovoren je novi termin .',
    'Zagreb je domaćin .',
  );
  const codes = documentCodes(words);
  const at = (s: number, w: string) => codes[s]![words[s]!.indexOf(w)]!;
  // a lower-case word or punctuation has no code
  assert.equal(at(0, 'ministar'), NO_CODE);
  assert.equal(at(0, '.'), NO_CODE);
  // `Moratinos` at a sentence's start: met elsewhere inside a name, mid-sentence (bits 1|4 → 2+5)
  assert.equal(at(1, 'Moratinos'), 2 + 1 + 4);
  // and the other way round: the full name's `Moratinos` is met elsewhere only sentence-initially
  assert.equal(at(0, 'Moratinos'), 2);
  // a case form meets its base: `Španjolska` / `Španjolski` share a prefix two letters short of the longer
  assert.ok(at(1, 'Španjolska') >= 2);
  // `Novi` at a sentence's start is written in lower case elsewhere (bit 2 → 2+2)
  assert.equal(at(2, 'Novi'), 2 + 2);
  // a capitalised word met nowhere else
  assert.equal(at(0, 'Ángel'), 1);
  // `Zagreb` mid-sentence once and sentence-initially once
  assert.equal(at(4, 'Zagreb'), 2 + 1);
  assert.deepEqual(documentCodes([]), []);
  assert.deepEqual(documentCodes([[]]), [new Uint8Array(0)]);
});

test('perceptron: a model trained with document codes says so after a save/load round trip, and tags with them', () => {
  const S = (text: string, tags: string, d: string[][]): TrainSentence => {
    const words = text.split(' ');
    const codes = documentCodes(d);
    return { words, tags: tags.split(' '), doc: codes[d.findIndex((x) => x.join(' ') === text)]! };
  };
  const d1 = doc('Ministar Ivan Horvat stigao je u Beč .', 'Horvat je rekao da je sastanak važan .');
  const d2 = doc('Novi zakon stupa na snagu .', 'Vlada je donijela novi zakon .');
  const data = [
    S(d1[0]!.join(' '), 'O B-PER I-PER O O O B-LOC O', d1),
    S(d1[1]!.join(' '), 'B-PER O O O O O O O', d1),
    S(d2[0]!.join(' '), 'O O O O O O', d2),
    S(d2[1]!.join(' '), 'B-ORG O O O O O', d2),
  ];
  const a = trainPerceptron(data, { epochs: 6, seed: 3, minCount: 1, pruneBelow: 0 });
  assert.equal(a.usesDocument, true);
  const file = join(mkdtempSync(join(tmpdir(), 'kronika-doc-')), 'm.json.gz');
  a.save(file, {});
  const b = PerceptronTagger.load(file);
  assert.equal(b.usesDocument, true);
  for (const s of data) assert.deepEqual(b.tag(s.words, undefined, s.doc).tags, s.tags);
  const plain = trainPerceptron(data.map(({ words, tags }) => ({ words, tags })), { epochs: 2, seed: 3, minCount: 1, pruneBelow: 0 });
  assert.equal(plain.usesDocument, false);
});
