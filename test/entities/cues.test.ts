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
  assert.deepEqual(sq.find(words), [{ t0: 0, t1: 5, type: 'ORG', strong: true, kind: 'org' }]);
});

test('cues: Macedonian names of organisations written with one capital (`Врховниот суд`, `Министерството за правда`)', async () => {
  const packs = await loadLanguagePacks();
  const mk = new CueFinder(packs.get('mk')!.entityCues!);
  const names = (s: string) => {
    const words = tokenize(s).map((t) => s.slice(t.start, t.end));
    return mk.find(words).filter((c) => c.kind === 'org').map((c) => words.slice(c.t0, c.t1).join(' '));
  };
  assert.deepEqual(names('Врховниот суд ја потврди пресудата.'), ['Врховниот суд']);
  assert.deepEqual(names('Одлуката ја донесе Министерството за правда на Република Северна Македонија.'), ['Министерството за правда на Република Северна Македонија']);
  assert.deepEqual(names('Податоците ги објави Агенцијата за вработување.'), ['Агенцијата за вработување']);
});

test('cues: a title word after a title (`Ministri i Shëndetësisë`) never starts a name; `dhe` never joins two', async () => {
  const packs = await loadLanguagePacks();
  const sq = new CueFinder(packs.get('sq')!.entityCues!);
  assert.ok(sq.cannotStartName('Shëndetësisë'));
  assert.ok(sq.breaksNames('dhe'));
  assert.ok(!sq.breaksNames('e'));
  // `kryetar Kuvendi`: an organisation's head after a title is no person
  const words = 'me kryetar Kuvendi të ri'.split(' ');
  assert.ok(!sq.find(words).some((c) => c.type === 'PER'));
});
