import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguagePacks } from '../../src/lang/index.js';
import { BaseFormer } from '../../src/nlp/entities/base-form.js';
import { BaseFormLexicon } from '../../src/nlp/entities/base-form-lexicon.js';
import { withWrittenCase } from '../../src/nlp/entities/evaluate-lemma.js';
import { ROOT } from '../helpers/shared.js';
import { join } from 'node:path';

const packs = await loadLanguagePacks();
const former = (code: string) => new BaseFormer(packs.get(code)!.baseForms!);

test('base forms: the dictionary chooses among candidates (ru, uk, sh)', () => {
  assert.equal(former('ru').base(['Брюсселе'], 'LOC'), 'Брюссель');
  assert.equal(former('ru').base(['Нидерландах'], 'LOC'), 'Нидерланды');
  assert.equal(former('ru').base(['Москва'], 'LOC'), 'Москва');
  assert.equal(former('uk').base(['Брюсселі'], 'LOC'), 'Брюссель');
  assert.equal(former('uk').base(['Києва'], 'LOC'), 'Київ');
  assert.equal(former('hr').base(['Moskvom'], 'LOC'), 'Moskva');
  assert.equal(former('hr').base(['Zadru'], 'LOC'), 'Zadar');
  // Serbian Cyrillic is looked up in the Latin dictionary
  assert.equal(former('sr').base(['Задру'], 'LOC'), 'Задар');
});

test('base forms: adjectives before a noun, complements after the head', () => {
  assert.equal(former('uk').base(['Великої', 'Британії'], 'LOC'), 'Велика Британія');
  assert.equal(former('ru').base(['Верховного', 'суда', 'Пакистана'], 'ORG'), 'Верховный суд Пакистана');
  assert.equal(former('hr').base(['Ministarstva', 'kulture', 'Republike', 'Hrvatske'], 'ORG'), 'Ministarstvo kulture Republike Hrvatske');
  assert.equal(former('hr').base(['Bosnu', 'i', 'Hercegovinu'], 'LOC'), 'Bosna i Hercegovina');
  assert.equal(former('ru').base(['Дональда', 'Трампа'], 'PER'), 'Дональд Трамп');
  // adjectives agree with the head noun
  assert.equal(former('ru').base(['Балтийского', 'моря'], 'LOC'), 'Балтийское море');
  assert.equal(former('uk').base(['Сполученого', 'Королівства'], 'LOC'), 'Сполучене Королівство');
});

test('base forms: Bulgarian drops the article of the first word only', () => {
  const bg = former('bg');
  assert.equal(bg.base(['Европейската', 'комисия'], 'ORG'), 'Европейска комисия');
  assert.equal(bg.base(['Европейския', 'съюз'], 'ORG'), 'Европейски съюз');
  assert.equal(bg.base(['Съда', 'на', 'ЕС'], 'ORG'), 'Съд на ЕС');
  assert.equal(bg.base(['британците'], 'LOC'), 'британци');
  assert.equal(bg.base(['Тереза', 'Мей'], 'PER'), 'Тереза Мей');
});

test('base forms: quotes kept around the base, case suffixes after hyphens and dashes dropped', () => {
  assert.equal(former('ru').base(['«Газпрома»'], 'ORG'), '«Газпром»');
  assert.equal(former('sq').base(['Zeppelin-in'], 'ORG'), 'Zeppelin');
  assert.equal(former('sq').base(['KPPK–së'], 'ORG'), 'KPPK');
});

test('base forms: Albanian given names the rules would change stay as written', () => {
  const sq = former('sq');
  assert.equal(sq.base(['Sali'], 'PER'), 'Sali');
  assert.equal(sq.base(['Agron'], 'PER'), 'Agron');
  assert.equal(sq.base(['Qazimi'], 'PER'), 'Qazim');
});

test('base forms: a dictionary package that is not installed is an empty lexicon', () => {
  const l = new BaseFormLexicon(['dictionary-does-not-exist']);
  assert.equal(l.size, 0);
  assert.equal(l.has('Москва'), false);
});

test('eval lemma: names the annotators wrote in lower case take their case in the raw document', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'entities', 'bsnlp-case');
  const source = `${join(dir, 'topic', 'annotated', 'hr', 'doc.txt')}:2`;
  const [g] = withWrittenCase([{ lang: 'hr', form: 'ministarstvo kulture republike hrvatske', lemma: 'x', type: 'ORG', source }]);
  assert.equal(g!.form, 'Ministarstvo kulture Republike Hrvatske');
  const [h] = withWrittenCase([{ lang: 'hr', form: 'nepoznato ime', lemma: 'x', type: 'ORG', source }]);
  assert.equal(h!.form, 'nepoznato ime');
});

test('base forms: the dictionary tells adjectives by the endings their paradigm adds', () => {
  const l = new BaseFormLexicon(['dictionary-hr'], ['og|eg', 'oj']);
  if (l.size === 0) return;
  for (const a of ['velik', 'bijel', 'jadranski', 'nov', 'opći']) assert.ok(l.isAdjective(a), a);
  for (const n of ['grad', 'kuća', 'most', 'zakon']) assert.ok(!l.isAdjective(n), n);
});
