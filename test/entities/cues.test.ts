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

test('cues: words coordinated in one case continue an organisation; visits name places; a title’s party sits before its person', async () => {
  const packs = await loadLanguagePacks();
  const sq = new CueFinder(packs.get('sq')!.entityCues!);
  const mk = new CueFinder(packs.get('mk')!.entityCues!);
  const found = (f: CueFinder, s: string) => {
    const words = tokenize(s).map((t) => s.slice(t.start, t.end));
    return f.find(words).map((c) => `${c.kind}:${words.slice(c.t0, c.t1).join(' ')}`);
  };
  assert.deepEqual(found(sq, 'Ministria e Tregtisë dhe Industrisë njoftoi'), ['org:Ministria e Tregtisë dhe Industrisë']);
  assert.deepEqual(found(sq, 'Ministria e Jashtme dhe Kurti'), ['org:Ministria e Jashtme']);
  assert.deepEqual(found(sq, 'Ministria e Arsimit , Shkencës dhe Teknologjisë njoftoi'), ['org:Ministria e Arsimit , Shkencës dhe Teknologjisë']);
  assert.deepEqual(found(sq, 'Banka për Zhvillim , Kurti tha'), ['org:Banka për Zhvillim']);
  // a title's portfolio is no party between the title and its person
  assert.ok(!found(sq, 'ministri i Jashtëm Ferit Hoxha tha').some((c) => c.startsWith('affiliation')));
  assert.deepEqual(found(sq, 'ai vizitoi Velipojën dhe Shëngjinin'), ['visit:Velipojën', 'visit:Shëngjinin']);
  assert.deepEqual(found(mk, 'пратеникот на Левица Амди Бајрам рече'), ['title:Амди Бајрам', 'affiliation:Левица']);
  assert.deepEqual(found(mk, 'ЕЛЕМ најави поскапување'), ['acronym:ЕЛЕМ']);
  assert.deepEqual(found(sq, 'LAJM I FUNDIT NGA KEDS'), []);
  assert.ok(mk.isOrgAdjective('Македонски') && !mk.isOrgAdjective('Скопје'));
});
