import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { findNames } from '../../src/nlp/entities/annotate.js';
import { readGoldSentences, scoreSentences } from '../../src/nlp/entities/evaluate.js';
import { splitSentences, tokenize } from '../../src/text/segment.js';
import { fixture } from '../helpers/shared.js';

const ctx = await loadContext();

/** `type:text` of every name found in a text. */
function names(text: string, lang: string): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { abbreviations: new Set() });
  return findNames(ctx.entities, text, tokens, sentences, lang).spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

test('recognise sq: two places joined by `dhe` stay two; a preposition never joins names', () => {
  const got = names('Marrëdhëniet mes Tiranës dhe Shkupit janë të mira, tha ai.', 'sq');
  assert.ok(got.includes('LOC:Tiranës') && got.includes('LOC:Shkupit'), got.join(' | '));
});

test('recognise sq: an organisation named by its head word is one name, the places inside it no names of their own', () => {
  const got = names('Raportin e publikoi dje Ministria e Drejtësisë e Kosovës.', 'sq');
  assert.deepEqual(got, ['ORG:Ministria e Drejtësisë e Kosovës']);
});

test('recognise sq: a capitalised head word alone inside a sentence is an organisation', () => {
  const got = names('Deputetët e opozitës kritikuan Qeverinë për vonesat në buxhet.', 'sq');
  assert.deepEqual(got, ['ORG:Qeverinë']);
});

test('recognise sq: the portfolio after a title is no name (`Ministri i Shëndetësisë`)', () => {
  const got = names('Ministri i Shëndetësisë, Arben Vitia, tha se spitalet janë gati.', 'sq');
  assert.deepEqual(got, ['PER:Arben Vitia']);
});

test('recognise mk: institutions written with one capital, peoples are no names', () => {
  const got = names('Според Врховниот суд, Бугарите и Македонците имаат еднакви права.', 'mk');
  assert.deepEqual(got, ['ORG:Врховниот суд']);
});

test('recognise sq/mk: the composed dev sets score F1 ≥ 0.88', () => {
  for (const lang of ['sq', 'mk']) {
    const gold = readGoldSentences(fixture('entities', `dev-${lang}.iob2`), 'iob2', lang);
    assert.ok(gold.length >= 60);
    const f1 = scoreSentences(ctx.entities, gold, lang).ALL.f1;
    assert.ok(f1 >= 0.88, `${lang} dev F1 ${f1.toFixed(3)}`);
  }
});

test('recognise mk: a title with what it is for (`министерот за здравство`) and a title naming an institution precede a person', () => {
  assert.deepEqual(names('Министерот за здравство Азир Алиу рече дека болниците се подготвени.', 'mk'), ['PER:Азир Алиу']);
  const got = names('Претседателот на Владата Христијан Мицкоски го прими амбасадорот.', 'mk');
  assert.deepEqual(got, ['PER:Христијан Мицкоски']);
});

test('recognise sq: a place named by its head word (`Stadiumin Fadil Vokrri`) is one place, not a person', () => {
  assert.deepEqual(names('Ndeshja do të luhet në Stadiumin Fadil Vokrri në Prishtinë.', 'sq'), ['LOC:Stadiumin Fadil Vokrri', 'LOC:Prishtinë']);
});

test('recognise sq: an organisation runs on over a conjunction joining two words in one case', () => {
  assert.deepEqual(names('Ministria e Bujqësisë dhe Pylltarisë njoftoi sot masat e reja.', 'sq'), ['ORG:Ministria e Bujqësisë dhe Pylltarisë']);
  assert.deepEqual(names('Fondi Evropian për Arsim dhe Kulturë ndau bursa.', 'sq'), ['ORG:Fondi Evropian për Arsim dhe Kulturë']);
  // another head word after the conjunction is another organisation
  const got = names('Puna e Policisë së Kosovës dhe Inspektoratit Sanitar u kritikua.', 'sq');
  assert.ok(!got.some((n) => n.includes(' dhe ')), got.join(' | '));
});

test('recognise sq: places after a verb of visiting are places, even where the model thought them people', () => {
  const got = names('Ministri Sveçla vizitoi Velipojën dhe Shëngjinin të shtunën.', 'sq');
  assert.ok(got.includes('LOC:Velipojën') && got.includes('LOC:Shëngjinin'), got.join(' | '));
  assert.ok(got.includes('PER:Sveçla'), got.join(' | '));
});

test('recognise sq: a known organisation takes the place it belongs to; unknown acronyms are organisations; `Sipas` is no name', () => {
  assert.deepEqual(names('Kryqi i Kuq i Kosovës shpërndau ndihma në Mitrovicë.', 'sq'), ['ORG:Kryqi i Kuq i Kosovës', 'LOC:Mitrovicë']);
  assert.deepEqual(names('Sipas ZKRM, çmimet do të rriten.', 'sq'), ['ORG:ZKRM']);
  assert.deepEqual(names('Pacientët bënë testin PCR në spital.', 'sq'), []);
});

test('recognise mk: a title, a party and a person are two names; an adjective starts a company’s name', () => {
  assert.deepEqual(names('Пратеникот на Левица Амди Бајрам изјави дека законот е лош.', 'mk'), ['ORG:Левица', 'PER:Амди Бајрам']);
  assert.deepEqual(names('Македонски Телеком објави нови цени.', 'mk'), ['ORG:Македонски Телеком']);
  assert.deepEqual(names('Премиерот го посети Гостивар вчера.', 'mk'), ['LOC:Гостивар']);
});

test('recognise sq/mk: an organisation cut short by a known person is the organisation and the person', () => {
  assert.deepEqual(names('Sepse faktikisht Qeveria Kurti nuk ka shumicë.', 'sq'), ['ORG:Qeveria', 'PER:Kurti']);
});

test('recognise sq/mk: the word before a club, paper or company makes the name after it an organisation', () => {
  assert.deepEqual(names('Klubi Drita nga Gjilani fitoi kampionatin.', 'sq').filter((n) => n.startsWith('ORG')), ['ORG:Drita']);
  assert.deepEqual(names('Ракометарите на Вардар заминаа за Загреб.', 'mk'), ['ORG:Вардар', 'LOC:Загреб']);
  assert.deepEqual(names('Во Штип беше отворена фабрика на компанијата Гентерм.', 'mk'), ['LOC:Штип', 'ORG:Гентерм']);
});

test('recognise sq: a compass word makes a name a place; `dhe` before another head word parts two organisations', () => {
  assert.ok(names('Virusi u përhap shpejt në Afrikën Perëndimore.', 'sq').includes('LOC:Afrikën Perëndimore'));
  const got = names('Çelësat iu dorëzuan Qeverisë dhe Kuvendit të Kosovës.', 'sq');
  assert.ok(!got.some((n) => n.includes(' dhe ')), got.join(' | '));
});

test('recognise mk: the team a club beat is an organisation, not a place', () => {
  const got = names('Пелистер го совлада Тетово во градско дерби.', 'mk');
  assert.ok(got.includes('ORG:Тетово'), got.join(' | '));
});
