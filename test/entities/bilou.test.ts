import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AS_BIO, bioToBilou, NT, TAGS, viterbi } from '../../src/nlp/entities/bilou.js';
import { seededRandom } from '../../src/nlp/entities/perceptron.js';

const names = (idx: ArrayLike<number>) => Array.from(idx, (i) => TAGS[i]);

test('bilou: BIO tags become Begin/Inside/Last/Unit and map back', () => {
  const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG', 'I-ORG', 'B-ORG', 'O', 'I-LOC'];
  const bilou = bioToBilou(bio);
  assert.deepEqual(names(bilou), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG', 'U-ORG', 'O', 'U-LOC']);
  // back to BIO: the same spans (a stray I- opens a name, as in CoNLL, and comes back as B-)
  assert.deepEqual(bilou.map((t) => AS_BIO[t]), ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'B-ORG', 'O', 'B-LOC']);
});

/** Every path's score by brute force: the allowed one with the best score. */
function bruteForce(n: number, emit: Float64Array, trans: Float64Array): { best: number[]; score: number } {
  const valid = (p: number, t: number) => {
    const open = AS_BIO[p] !== 'O' && (TAGS[p].startsWith('B') || TAGS[p].startsWith('I'));
    const cont = TAGS[t].startsWith('I') || TAGS[t].startsWith('L');
    return open ? cont && TAGS[t].slice(2) === TAGS[p].slice(2) : !cont;
  };
  let best: number[] = [];
  let score = -Infinity;
  const walk = (path: number[], s: number) => {
    const i = path.length;
    if (i === n) {
      const last = TAGS[path[n - 1]!];
      if (!last.startsWith('B') && !last.startsWith('I') && s > score) { score = s; best = [...path]; }
      return;
    }
    const prev = i > 0 ? path[i - 1]! : 0;
    for (let t = 0; t < NT; t++) {
      if (!valid(prev, t)) continue;
      walk([...path, t], s + emit[i * NT + t]! + trans[(i * NT + prev) * NT + t]!);
    }
  };
  walk([], 0);
  return { best, score };
}

test('bilou: Viterbi finds the best allowed path (checked by brute force) and gives margins', () => {
  const rnd = seededRandom(5);
  for (let round = 0; round < 20; round++) {
    const n = 1 + (round % 3);
    const emit = Float64Array.from({ length: n * NT }, () => rnd() * 4 - 2);
    const trans = Float64Array.from({ length: n * NT * NT }, () => rnd() * 2 - 1);
    const margins: number[] = [];
    const path = viterbi(n, emit, trans, margins);
    const { best } = bruteForce(n, emit, trans);
    assert.deepEqual(Array.from(path), best, `round ${round}`);
    assert.ok(margins.every((m) => Number.isFinite(m) && m >= 0), 'margins are finite and not negative');
  }
});

test('bilou: a sentence never starts inside a name nor ends on an open one', () => {
  // emissions that want I-PER first and B-PER last: the constraints win
  const n = 2;
  const emit = new Float64Array(n * NT);
  emit[TAGS.indexOf('I-PER')] = 10;
  emit[NT + TAGS.indexOf('B-PER')] = 10;
  const tags = names(viterbi(n, emit, new Float64Array(n * NT * NT)));
  assert.ok(!tags[0]!.startsWith('I') && !tags[0]!.startsWith('L'));
  assert.ok(!tags[1]!.startsWith('B') && !tags[1]!.startsWith('I'));
  assert.deepEqual(viterbi(0, new Float64Array(0), new Float64Array(0)).length, 0);
});
