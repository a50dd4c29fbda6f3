import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import type { Article, RawArticle } from '../../src/model/index.js';

const ctx = await loadContext();
const raw = (body: string, name = 't'): RawArticle => ({ source: { kind: 'file', uri: `${name}.txt`, name, outlet: null }, title: null, body, date: null });

function checkContract(doc: Article): void {
  const ids = new Set(doc.entities.map((e) => e.id));
  for (const m of doc.mentions) {
    assert.equal(doc.text.slice(m.start, m.end), m.text, 'mention text is the slice of doc.text');
    assert.ok(m.entity && ids.has(m.entity), `mention ${m.text} links to a listed entity`);
    assert.ok(m.base.length > 0);
    assert.ok(m.confidence > 0 && m.confidence <= 1);
  }
  // mentions may nest (a place inside an organisation's name) but never cross
  for (const a of doc.mentions) for (const b of doc.mentions) {
    const cross = a.start < b.start && b.start < a.end && a.end < b.end;
    assert.ok(!cross, `mentions ${a.text} and ${b.text} cross`);
  }
}

test('entities stage: a Serbian article: names, base forms, short forms linked to the full name', async () => {
  const doc = await analyze(raw('Predsednik Srbije Aleksandar Vučić sastao se u Beogradu sa generalnim sekretarom NATO-a. ' +
    'Vučić je posle sastanka rekao da Srbija ostaje vojno neutralna. Sastanak je održan u Palati Srbija u Beogradu.'), ctx);
  checkContract(doc);
  const by = (t: string) => doc.mentions.filter((m) => m.text === t);
  assert.ok(by('Aleksandar Vučić').length === 1, 'full name found');
  const full = by('Aleksandar Vučić')[0]!;
  const short = by('Vučić')[0];
  assert.ok(short, 'short form found');
  assert.equal(short.entity, full.entity, 'short form linked to the full name met earlier');
  assert.ok(by('Beogradu').every((m) => m.base === 'Beograd' && m.type === 'LOC'));
  assert.ok(by('NATO-a').every((m) => m.base === 'NATO' && m.type === 'ORG'));
});

test('entities stage: Albanian and Macedonian articles get names from cues, the KB and the transfer model', async () => {
  const sq = await analyze(raw('Kryeministri Albin Kurti udhëtoi dje në Bruksel, ku u takua me zyrtarët e BE-së. ' +
    'Kurti tha se Kosova është e gatshme për dialog.'), ctx);
  checkContract(sq);
  const kurti = sq.mentions.find((m) => m.text === 'Albin Kurti');
  assert.ok(kurti && kurti.type === 'PER', 'title cue: a person');
  const short = sq.mentions.find((m) => m.text === 'Kurti');
  assert.equal(short?.entity, kurti.entity);
  assert.ok(sq.mentions.some((m) => m.text === 'Bruksel' && m.type === 'LOC'));
  const mk = await analyze(raw('Премиерот Христијан Мицкоски денеска допатува во Брисел на средба со претставници на НАТО.'), ctx);
  checkContract(mk);
  assert.ok(mk.mentions.some((m) => m.text === 'Христијан Мицкоски' && m.type === 'PER'));
});

test('entities stage: bad input is processed without error', async () => {
  const empty = await analyze(raw('i onda je došao kraj, bez ikakvih imena, samo mala slova i brojevi 1, 2, 3.'), ctx);
  checkContract(empty);
  const caps = await analyze(raw('VLADA SRBIJE JE SAOPŠTILA DA ĆE PREDSEDNIK ALEKSANDAR VUČIĆ POSETITI BRISEL I SASTATI SE SA ZVANIČNICIMA NATO-A.'), ctx);
  checkContract(caps);
  const unknown = await analyze(raw('საქართველოს პრემიერ-მინისტრი ირაკლი კობახიძე ბრიუსელში ჩავიდა. Ραντεβού στην Αθήνα με τον Μητσοτάκη.'), ctx);
  checkContract(unknown);
  const names = ['Petar Petrović', 'Ana Jović', 'Marko Marković', 'Jelena Ilić', 'Nikola Tesla'];
  const many = Array.from({ length: 10_000 }, (_, i) => names[i % names.length]).join(', ') + '.';
  const big = await analyze(raw(many), ctx);
  checkContract(big);
  assert.ok(big.mentions.length > 5000, `found ${big.mentions.length} of 10 000 names`);
  assert.ok(big.entities.length < 100, 'repeated names are one entity each');
});

test('entities stage: a capitalised title is neither a name nor part of one', async () => {
  const doc = await analyze(raw('Takimi i ministrave u kryesua nga Sekretari i Përgjithshëm i NATO-s, Mark Rutte, në Bruksel.\nAi u takua edhe me Kryeministrin e Shqipërisë, Edi Rama.\n'), ctx);
  checkContract(doc);
  const texts = doc.mentions.map((m) => m.text);
  for (const title of ['Sekretari', 'Përgjithshëm', 'Sekretari i Përgjithshëm']) assert.ok(!texts.includes(title), `${title} is not a mention: ${texts.join(', ')}`);
  assert.ok(doc.mentions.some((m) => m.text === 'Mark Rutte' && m.type === 'PER'));
  assert.ok(doc.mentions.some((m) => m.text === 'Edi Rama' && m.type === 'PER'));
});

test('entities stage: a sentence-initial closed-class word (from the UD treebanks) never starts a name', async () => {
  const sq = await analyze(raw('Kryeministri foli gjatë për dialogun me Serbinë në Bruksel të hënën.\nMegjithëse Albin Kurti foli gjatë për dialogun, nuk u arrit asnjë marrëveshje në Bruksel.\n'), ctx);
  const mk = await analyze(raw('Премиерот зборуваше долго за соработката со соседите во Брисел.\nИако Христијан Мицкоски беше во Брисел, средбата траеше долго и без договор.\n'), ctx);
  for (const [doc, lang] of [[sq, 'sq'], [mk, 'mk']] as const) {
    assert.equal(doc.language, lang);
    checkContract(doc);
    for (const m of doc.mentions) assert.ok(!/^(Megjithëse|Иако)/.test(m.text), `${m.text} starts with a closed-class word`);
  }
  assert.ok(sq.mentions.some((m) => m.text === 'Albin Kurti' && m.type === 'PER'));
});
