import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContext } from '../../src/context.js';
import { normalise } from '../../src/text/normalise.js';
import { detectScript } from '../../src/text/script.js';
import { identifyParagraphs } from '../../src/text/paragraphs.js';
import { fixture } from '../helpers/shared.js';

const read = (name: string) => normalise(readFileSync(fixture('text', 'lang', name), 'utf8'));

async function identify(name: string) {
  const ctx = await loadContext();
  const { repaired } = read(name);
  return ctx.languageId.identify(repaired, detectScript(repaired));
}

// There is no Bosnian gold corpus in ../shared: Bosnian is tested on articles written for the project.
for (const [file, want] of [
  ['bs-sarajevo-vijece.txt', 'bs'],
  ['bs-mostar-most.txt', 'bs'],
  ['hr-zagreb-sabor.txt', 'hr'],
  ['sr-beograd-skupstina.txt', 'sr'],
  ['sr-cyrl-vlada.txt', 'sr'],
  ['cnr-podgorica.txt', 'cnr'],
  ['mk-skopje.txt', 'mk'],
  ['sq-mixed-quote.txt', 'sq'],
  ['sr-mixed-quote.txt', 'sr'],
] as const) {
  test(`language: ${file} is ${want}`, async () => {
    const g = await identify(file);
    assert.equal(g.language, want, JSON.stringify(g));
    assert.ok(g.confidence > 0 && g.confidence <= 1);
  });
}

test('language: a Latin text of the sr/bs/hr group without markers is the group (sh)', async () => {
  const ctx = await loadContext();
  const text = 'Ivan Horvat i Marko Marković razgovarali su o izborima u gradu, a zatim su otišli na ručak s prijateljima.';
  const g = await ctx.languageId.identify(text, 'Latn');
  assert.ok(['sh', 'hr', 'bs', 'sr'].includes(g.language), g.language);
  const bare = await ctx.languageId.identify('Slučaj Banjska: suđenje se nastavlja u Prištini', 'Latn');
  assert.equal(bare.language, 'sh');
});

test('language: letters outside the detected alphabet overrule the detector', async () => {
  const ctx = await loadContext();
  // Ukrainian chat lines that CLD2 reads as Serbian or Bulgarian: і, ь and щ are not Serbian letters.
  assert.equal((await ctx.languageId.identify('Я відправила на електрону адресу документи', 'Cyrl')).language, 'uk');
  assert.equal((await ctx.languageId.identify('Може ти нам напишеш алгоритм оплати, ми самі оплатимо.', 'Cyrl')).language, 'uk');
  // Russian: э and ы are not Bulgarian.
  assert.equal((await ctx.languageId.identify('В передаче приняли участие поэт Андрей Вознесенский и композитор Родион Щедрин.', 'Cyrl')).language, 'ru');
});

test('language: Macedonian words overrule a Serbian reading', async () => {
  const ctx = await loadContext();
  const g = await ctx.languageId.identify('Ќе дојдам тогаш кога ќе речете. Жал ми е да ги критикувам. Кај нив гори светлото, сигурно се дома.', 'Cyrl');
  assert.equal(g.language, 'mk');
});

test('paragraphs: a quotation in another language is marked, relatives are not', async () => {
  const ctx = await loadContext();
  for (const [file, lang, quoteLang] of [
    ['sq-mixed-quote.txt', 'sq', 'en'],
    ['sr-mixed-quote.txt', 'sr', 'uk'],
  ] as const) {
    const { text, repaired } = read(file);
    const article = await ctx.languageId.identify(repaired, detectScript(repaired));
    const paras = await identifyParagraphs(text, repaired, article, ctx.languageId);
    assert.equal(paras.length, 4);
    assert.deepEqual(
      paras.map((p) => p.language),
      [lang, lang, quoteLang, lang],
      file,
    );
    assert.equal(paras[2]!.script, quoteLang === 'uk' ? 'Cyrl' : 'Latn');
    for (const p of paras) assert.ok(!text.slice(p.start, p.end).includes('\n'));
  }
  // An ijekavian paragraph inside an ekavian article is the same language group: not a switch.
  const mixed = read('sr-beograd-skupstina.txt').text + '\n' + read('bs-mostar-most.txt').text.split('\n')[0];
  const paras = await identifyParagraphs(mixed, mixed, { language: 'sr', confidence: 0.9, method: 'markers' }, ctx.languageId);
  assert.ok(paras.every((p) => p.language === 'sr'));
});
