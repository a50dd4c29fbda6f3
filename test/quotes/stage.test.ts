import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import { quoteKb } from '../../src/nlp/quotes/kb.js';
import type { Article, ArticleDate } from '../../src/model/index.js';

async function run(body: string, date: string | null = null, declaredLanguage: string | null = null): Promise<Article> {
  const ctx = await loadContext();
  const d: ArticleDate | null = date ? { value: date, precision: 'day', source: 'header', evidence: 'header' } : null;
  return analyze({ source: { kind: 'file', uri: 't.txt', name: 't', outlet: null }, title: null, body, date: d, declaredLanguage }, ctx);
}

test('quotes: speaker after the quote, inverted, with the outlet not taken for the speaker', async () => {
  const doc = await run('Kryeministri i Kosovës, Albin Kurti, foli sot para gazetarëve në Prishtinë për dialogun me Serbinë.\n“Marrëveshjet duhet të zbatohen nga të dyja palët pa asnjë vonesë”, tha Kurti, shkruan Telegrafi.\n');
  const q = doc.quotes.find((x) => x.kind === 'direct')!;
  assert.equal(q.text, 'Marrëveshjet duhet të zbatohen nga të dyja palët pa asnjë vonesë');
  assert.equal(doc.text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker.name, 'Albin Kurti');
  assert.equal(q.speaker.via, 'name');
  assert.equal(q.cue?.text, 'tha Kurti');
  assert.equal(doc.source.outlet, 'Telegrafi');
  assert.ok(doc.quotes.every((x) => x.speaker.name !== 'Telegrafi'));
});

test('quotes: pronoun to the last speaker of its gender (the verb shows it)', async () => {
  const doc = await run(
    'Predsjednica Skupštine Ana Brnabić i predsjednik Aleksandar Vučić razgovarali su u Beogradu o izborima.\n' +
      '„Izbori će biti održani na vrijeme i bez ikakvih problema“, rekla je Brnabić.\n' +
      '„Srbija je stabilna zemlja i tako će ostati“, rekao je Vučić.\n' +
      '„Opozicija nema program i nema podršku građana“, dodala je ona.\n',
  );
  const direct = doc.quotes.filter((x) => x.kind === 'direct');
  assert.equal(direct.length, 3);
  assert.match(direct[0]!.speaker.name ?? '', /Brnabić/);
  assert.match(direct[1]!.speaker.name ?? '', /Vučić/);
  assert.match(direct[2]!.speaker.name ?? '', /Brnabić/);
  assert.equal(direct[2]!.speaker.via, 'pronoun');
});

test('quotes: unnamed source with its organisation, partial quote, reported speech', async () => {
  const doc = await run(
    'Ndërkohë, një zyrtar i NATO-s deklaroi për gazetarët se Aleanca po i kushton vëmendje të shtuar rajonit.\n' +
      'Sipas zyrtarëve të NATO-s, zgjidhja “nuk është ushtarake, por përmes dialogut politik”.\n',
  );
  const indirect = doc.quotes.find((x) => x.kind === 'indirect')!;
  assert.ok(indirect.text.startsWith('Aleanca po i kushton'));
  assert.deepEqual([indirect.speaker.named, indirect.speaker.org], [false, 'NATO']);
  const partial = doc.quotes.find((x) => x.kind === 'partial')!;
  assert.equal(partial.text, 'nuk është ushtarake, por përmes dialogut politik');
  assert.deepEqual([partial.speaker.named, partial.speaker.entity, partial.speaker.org], [false, null, 'NATO']);
});

test('quotes: reported speech in other languages (що, что, that, prema riječima)', async () => {
  const uk = await run('Прем\'єр-міністр Денис Шмигаль заявив, що уряд спрямує додаткові кошти на оборону країни.\n');
  assert.ok(uk.quotes.some((q) => q.kind === 'indirect' && q.text.startsWith('уряд спрямує') && /Шмигаль|Shmyhal/.test(q.speaker.name ?? '')));
  const en = await run('Secretary of State Marco Rubio said that European allies must take on a greater share of the cost.\n');
  assert.ok(en.quotes.some((q) => q.kind === 'indirect' && q.text.startsWith('European allies') && q.speaker.name === 'Marco Rubio'));
  const bs = await run('Stoltenberg je posjetio Sarajevo i razgovarao s liderima.\nPrema njegovim riječima, posjeta je prenijela snažan signal posvećenosti miru.\n');
  const r = bs.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('posjeta je prenijela'));
  assert.ok(r, 'prema njegovim riječima');
  assert.equal(r.speaker.via, 'pronoun');
});

test('quotes: names and terms in quotation marks are not quotes', async () => {
  const doc = await run(
    'NATO nastavlja saradnju sa Srbijom u okviru programa "Partnerstvo za mir".\n' +
      'Macron dhe Starmer do ta organizojnë një takim të liderëve të “koalicionit të vullnetit”, kryesisht aleatë evropianë.\n',
  );
  assert.deepEqual(doc.quotes.filter((q) => q.kind !== 'indirect'), []);
});

test('quotes: a role resolves through the knowledge base on the article date', async (t) => {
  const ctx = await loadContext();
  if (!quoteKb(ctx)) {
    t.skip('no knowledge base with roles in this checkout (src/kb, data/kb)');
    return;
  }
  const body = 'Ministrat e Mbrojtjes u mblodhën në Bruksel.\n“Duhet të prodhojmë më shumë municione dhe më shpejt se kurrë më parë”, ka deklaruar kreu i Aleancës Veri-Atlantike.\n';
  const in2026 = await run(body, '2026-02-12');
  const in2023 = await run(body, '2023-11-22');
  const q26 = in2026.quotes.find((q) => q.kind === 'direct')!;
  const q23 = in2023.quotes.find((q) => q.kind === 'direct')!;
  assert.equal(q26.speaker.name, 'Mark Rutte');
  assert.equal(q26.speaker.via, 'role');
  assert.equal(q23.speaker.name, 'Jens Stoltenberg');
});

test('quotes: bad input keeps the other quotes and never runs past a paragraph', async () => {
  const long = '“' + 'fjalë '.repeat(5000) + 'fund';
  const doc = await run(
    `${long}\n“Ky është citati i dytë i plotë, me të gjitha fjalët e tij”, tha Rama.\n“”„“«»""""\n„a „b „c „d „e „f „g „h „i” tha ai\n`,
  );
  const end = doc.text.indexOf('\n');
  for (const q of doc.quotes) assert.ok(q.end <= end || q.start > end, 'no quote crosses the first paragraph break');
  assert.ok(doc.quotes.some((q) => q.text.startsWith('Ky është citati i dytë') && /Rama/.test(q.speaker.name ?? '')));
});

test('quotes: a pronoun after a comma is the subject, not an apposition of the place before it', async () => {
  const doc = await run(
    'Kryeministri i Kosovës, Albin Kurti, mbajti sot një konferencë për shtyp.\n' +
      'Duke folur para gazetarëve në Prishtinë, ai theksoi se Kosova është e gatshme për dialog.\n',
    '2025-03-10',
  );
  const q = doc.quotes.find((x) => x.text.startsWith('Kosova është e gatshme'));
  assert.ok(q, 'the reported speech is found');
  assert.equal(q.speaker.name, 'Albin Kurti');
  assert.equal(q.speaker.via, 'pronoun');
});
