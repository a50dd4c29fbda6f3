import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import uk from '../../src/lang/uk/time.js';
import { compileTime } from '../../src/nlp/time/compile.js';
import { bratDocuments, scoreSpans } from '../../src/nlp/time/score.js';
import { ROOT } from '../helpers/shared.js';

const docs = () => bratDocuments(join(ROOT, 'test', 'fixtures', 'time', 'brat'));

test('DATE spans of a brat corpus: overlap, exact, and exact modulo a leading preposition', () => {
  const s = scoreSpans(docs(), compileTime(uk, 'uk'), { dateOnly: true, rangeEnds: true });
  assert.equal(s.docs, 1);
  assert.equal(s.gold, 5);
  // `у 2015 році`, the range's two ends `2014` and `2015 роках`, `8` (of `8-10 січня`) and `10 січня`;
  // `три роки` is a duration, left out of a DATE-only comparison.
  assert.equal(s.predicted, 5);
  assert.equal(s.overlap.tp, 5);
  // The corpus leaves the preposition out: `у 2015 році` is exact only modulo `у`.
  assert.equal(s.exact.tp, 4);
  assert.equal(s.exactNoPrep.tp, 5);
});

test('without the range convention a range of years is one prediction; durations count where the corpus tags them', () => {
  const s = scoreSpans(docs(), compileTime(uk, 'uk'), {});
  assert.equal(s.predicted, 5);
  assert.equal(s.overlap.tp, 4);
  const neutral = scoreSpans(docs(), compileTime(uk, 'uk'), { neutral: ['PERIOD'] });
  assert.equal(neutral.predicted, 4);
});
