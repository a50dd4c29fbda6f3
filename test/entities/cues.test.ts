import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { CueFinder } from '../../src/nlp/entities/cues.js';
import { tokenize } from '../../src/text/segment.js';

test('cues: every example of every language pack finds its marked name', async () => {
  const packs = await loadLanguagePacks();
  let n = 0;
  for (const p of packs.values()) {
    if (!p.entityCues) continue;
    const finder = new CueFinder(p.entityCues);
    for (const ex of p.entityCues.examples) {
      const want = [...ex.matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]!);
      const text = ex.replace(/\[\[|\]\]/g, '');
      const words = tokenize(text).map((t) => text.slice(t.start, t.end));
      const got = finder.find(words).map((c) => words.slice(c.t0, c.t1).join(' '));
      assert.deepEqual(got, want, `${p.code}: ${ex}`);
      n++;
    }
  }
  assert.ok(n >= 4);
});

test('cues: an organisation head word takes the capitalised words after it', async () => {
  const packs = await loadLanguagePacks();
  const sq = new CueFinder(packs.get('sq')!.entityCues!);
  const words = 'Ministria e Punëve të Jashtme njoftoi'.split(' ');
  assert.deepEqual(sq.find(words), [{ t0: 0, t1: 5, type: 'ORG', strong: true }]);
});
