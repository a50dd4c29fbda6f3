import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bandKeys, BANDS, decodeSignature, encodeSignature, minhash, NEAR_DUPLICATE_SIMILARITY, similarity } from '../../src/store/minhash.js';
import { EXAMPLES } from '../cli/helpers.js';

const texts = readdirSync(EXAMPLES)
  .sort()
  .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));

test('edited copies stay above the threshold and share an LSH band; different articles stay far below', () => {
  const original = texts[0];
  const edits = [
    original.replace('nga afër', 'me vëmendje'),
    original.split('\n').slice(0, -2).join('\n'),
    `${original}\nLajmi u përditësua në orën 16:40.`,
    original.replace(/\n/g, '\n\n').replace(/, /g, ' , '),
  ];
  const sig = minhash(original)!;
  for (const e of edits) {
    const s = minhash(e)!;
    assert.ok(similarity(sig, s) >= NEAR_DUPLICATE_SIMILARITY, `similarity ${similarity(sig, s)}`);
    assert.ok(bandKeys(s).some((k, i) => k === bandKeys(sig)[i]), 'no shared band');
  }
  for (const other of texts.slice(2)) assert.ok(similarity(sig, minhash(other)!) < 0.2);
});

test('signatures: deterministic, case- and punctuation-blind, round-trip through hex, none for short texts', () => {
  const sig = minhash(texts[3])!;
  assert.deepEqual(minhash(texts[3]), sig);
  assert.equal(similarity(sig, minhash(texts[3].toUpperCase().replace(/[.,„“”]/g, ' '))!), 1);
  assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
  assert.equal(bandKeys(sig).length, BANDS);
  assert.equal(minhash('Too short to fingerprint.'), null);
});
