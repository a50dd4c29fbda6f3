import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { compileMarker } from '../../src/text/language.js';

/** Every lexical marker of every pack matches each of its examples, so examples can never go stale. */
test('lang packs: every lexical marker matches each of its examples', async () => {
  const packs = await loadLanguagePacks();
  let checked = 0;
  for (const p of packs.values()) {
    for (const m of p.markers ?? []) {
      assert.ok(m.examples.length > 0, `${p.code}: marker /${m.pattern}/ has no examples`);
      const re = compileMarker(m);
      for (const ex of m.examples) {
        re.lastIndex = 0;
        assert.ok(re.test(ex), `${p.code}: marker /${m.pattern}/ does not match its example "${ex}"`);
        checked++;
      }
    }
  }
  assert.ok(checked > 300, `only ${checked} examples checked`);
});

test('lang packs: alphabets and distinctive letters are consistent', async () => {
  const packs = await loadLanguagePacks();
  for (const p of packs.values()) {
    if (!p.alphabet) continue;
    assert.equal(p.alphabet, p.alphabet.toLowerCase(), `${p.code}: alphabet must be lower-case`);
    assert.equal(new Set(p.alphabet).size, [...p.alphabet].length, `${p.code}: alphabet has a repeated letter`);
    for (const ch of p.distinctiveLetters ?? '') {
      const sameScript = /\p{Script=Cyrillic}/u.test(ch) === /\p{Script=Cyrillic}/u.test(p.alphabet);
      if (sameScript) assert.ok(p.alphabet.includes(ch), `${p.code}: distinctive letter ${ch} is not in its alphabet`);
    }
  }
});

test('lang packs: a marker of a group language is written once and matches in both scripts', async () => {
  const packs = await loadLanguagePacks();
  const sr = packs.get('sr')!;
  const re = compileMarker(sr.markers!.find((m) => m.examples.includes('Savet bezbednosti'))!);
  assert.ok(re.test('Савет безбедности'));
});
