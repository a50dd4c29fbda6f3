import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from '../../src/kb/matcher.js';
import type { KbEntity } from '../../src/kb/types.js';

const entity = (id: string, name: string, type: KbEntity['type']): KbEntity => ({ id, name, type, kind: type === 'PER' ? 'person' : 'organisation', country: null, wikidata: null, names: { en: [name] } });
const matcher = new NameMatcher();
matcher.add('Jens Stoltenberg', entity('kb:jens-stoltenberg', 'Jens Stoltenberg', 'PER'), 'en', undefined, 'full');
matcher.add('Stoltenberg', entity('kb:jens-stoltenberg', 'Jens Stoltenberg', 'PER'), 'en', undefined, 'short');
matcher.add('NATO', entity('kb:nato', 'NATO', 'ORG'), 'en', undefined, 'full');
matcher.add('UN', entity('kb:un', 'UN', 'ORG'), 'en', undefined, 'full');
matcher.add('Bor', entity('kb:bor', 'Bor', 'LOC'), 'en', undefined, 'full');
matcher.markCommonWord('Bor');

const found = (text: string, opts?: { all?: boolean; anyCase?: boolean }) => matcher.scan(text, opts).map((m) => `${text.slice(m.start, m.end)}:${m.hits.map((h) => h.id).join('|')}`);

test('matcher: names start at capitals, across any white space, whole tokens only', () => {
  assert.deepEqual(found('Said Jens\u00a0Stoltenberg of NATO, and (Stoltenberg) again.'), ['Jens\u00a0Stoltenberg:kb:jens-stoltenberg', 'NATO:kb:nato', 'Stoltenberg:kb:jens-stoltenberg']);
  assert.deepEqual(found('Jens\n\tStoltenberg'), ['Jens\n\tStoltenberg:kb:jens-stoltenberg']);
  // a capital inside a token starts nothing; nor does a lower-case name unless any case is asked for
  assert.deepEqual(found('xNATO, McNATO, nato'), []);
  assert.deepEqual(found('nato', { anyCase: true }), ['nato:kb:nato']);
  // short acronyms only in capitals; a common word alone at a sentence start says nothing
  assert.deepEqual(found('The Un said. UN said.'), ['UN:kb:un']);
  assert.deepEqual(found('Bor is small. We saw Bor.'), ['Bor:kb:bor']);
});

test('matcher: the longest match at each start, or every match with `all`', () => {
  assert.deepEqual(found('Jens Stoltenberg'), ['Jens Stoltenberg:kb:jens-stoltenberg']);
  assert.deepEqual(found('Jens Stoltenberg', { all: true }), ['Jens Stoltenberg:kb:jens-stoltenberg', 'Stoltenberg:kb:jens-stoltenberg']);
});
