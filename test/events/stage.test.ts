import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import { weekAsMonth } from '../../src/nlp/events/read.js';
import { figure } from '../../src/nlp/events/numbers.js';
import type { Article, ArticleDate } from '../../src/model/index.js';

async function run(body: string, date: string | null = null, declaredLanguage: string | null = null): Promise<Article> {
  const ctx = await loadContext();
  const d: ArticleDate | null = date ? { value: date, precision: 'day', source: 'header', evidence: 'header' } : null;
  return analyze({ source: { kind: 'file', uri: 't.txt', name: 't', outlet: null }, title: null, body, date: d, declaredLanguage }, ctx);
}

test('events: an Albanian meeting with its participants, place and date; a press conference after it in the same place', async () => {
  const doc = await run(
    'Kryeministri i Kosovës, Albin Kurti, u takua sot në Bruksel me Sekretarin e Përgjithshëm të NATO-s, Mark Rutte.\n' +
      'Pas takimit, Kurti dhe Rutte mbajtën një konferencë për shtyp.\n',
    '2025-03-18',
  );
  const meeting = doc.events.find((e) => e.type === 'meeting')!;
  assert.ok(meeting, JSON.stringify(doc.events));
  assert.ok(meeting.participants.includes('kb:albin-kurti') && meeting.participants.includes('kb:mark-rutte'));
  assert.equal(meeting.place, 'kb:brussels');
  assert.equal(meeting.time, '2025-03-18');
  assert.equal(meeting.modality, 'reported');
  assert.equal(meeting.cameo, '043');
  assert.equal(doc.text.slice(meeting.evidence.start, meeting.evidence.end).startsWith('Kryeministri'), true);
  const press = doc.events.find((e) => e.type === 'press_conference')!;
  assert.equal(press.place, 'kb:brussels');
  assert.equal(doc.events.filter((e) => e.type === 'meeting').length, 1, 'the meeting told twice is one event');
});

test('events: a Ukrainian deployment with an approximate quantity of troops and its place', async () => {
  const doc = await run(
    'За словами генерального секретаря, НАТО розгорнуло додаткові сили у складі близько 1000 військовослужбовців у Косові.\n',
    '2023-11-21',
  );
  const e = doc.events.find((x) => x.type === 'deployment')!;
  assert.ok(e, JSON.stringify(doc.events));
  assert.deepEqual(e.quantity, { value: 1000, unit: 'troops', approximate: true });
  assert.equal(e.place, 'kb:kosovo');
  assert.ok(e.participants.includes('kb:nato'));
  assert.equal(e.cameo, '154');
});

test('events: Serbian number words, a share of GDP, and a capital named by its country', async () => {
  const sh = await run('Saveznici su, kako je rekao Jens Stoltenberg, rasporedili oko hiljadu vojnika na Kosovu.\n', '2023-12-01');
  assert.deepEqual(sh.events.find((e) => e.type === 'deployment')?.quantity, { value: 1000, unit: 'troops', approximate: true });
  const en = await run('NATO leaders meeting in The Hague agreed to spend 5% of GDP on defence by 2035, Mark Rutte said.\n', '2025-06-25');
  assert.deepEqual(en.events.find((e) => e.type === 'commitment')?.quantity, { value: 5, unit: '% of GDP', approximate: false });
  const uk = await run('Єнс Столтенберг у середу проведе у столиці Північної Македонії зустріч з лідерами країн. Він прибув у Скоп’є вчора.\n', '2023-11-21');
  const m = uk.events.find((e) => e.type === 'meeting')!;
  assert.equal(m.place, 'kb:skopje', 'the capital the article names, not the country');
  assert.equal(m.modality, 'planned');
  assert.equal(m.time, '2023-11-22');
  assert.equal(m.cameo, '036');
});

test('events: future and negation make planned and denied events; a visit takes its object as place', async () => {
  const en = await run('Volodymyr Zelenskyy will visit Brussels next week.\nSpain did not commit to the target, Prime Minister Pedro Sánchez said.\n', '2025-02-14');
  const v = en.events.find((e) => e.type === 'visit')!;
  assert.equal(v.modality, 'planned');
  assert.equal(v.place, 'kb:brussels');
  assert.equal(v.time, '2025-02', 'a week within one month is that month');
  assert.equal(en.events.find((e) => e.type === 'commitment')?.modality, 'denied');
  const ru = await run('Сергей Лавров заявил, что Москва не будет размещать войска на границе с Турцией.\n', '2025-06-03');
  assert.equal(ru.events.find((e) => e.type === 'deployment')?.modality, 'denied');
});

test('events: a pronoun subject and a relative "where" (Macedonian, Albanian)', async () => {
  const mk = await run('Претседателката Гордана Сиљановска-Давкова денеска е во посета на Загреб.\nТаа се сретна со премиерот Андреј Пленковиќ.\n', '2024-10-03');
  const m = mk.events.find((e) => e.type === 'meeting')!;
  assert.ok(m.participants.includes('kb:gordana-siljanovska-davkova'), JSON.stringify(m));
  assert.equal(m.place, 'kb:zagreb');
  const sq = await run('Albin Kurti do të vizitojë të enjten Berlinin, ku do të takohet me kancelarin Olaf Scholz.\n', '2025-03-18');
  const meet = sq.events.find((e) => e.type === 'meeting')!;
  assert.equal(meet.place, 'kb:berlin');
  assert.equal(meet.time, '2025-03-20');
  assert.ok(meet.participants.includes('kb:olaf-scholz'));
});

test('events: a statement only where no other event fits', async () => {
  const doc = await run('Jens Stoltenberg mbajti një fjalim në Shkup.\nJens Stoltenberg mbajti një fjalim pas takimit me Edi Ramën në Tiranë.\n', '2023-11-21');
  const types = doc.events.map((e) => e.type).sort();
  assert.deepEqual(types, ['meeting', 'statement'], JSON.stringify(doc.events));
  assert.equal(doc.events.find((e) => e.type === 'statement')?.place, 'kb:skopje');
});

test('events: the date beside a reporting verb is when it was said, not when the event is', async () => {
  const doc = await run('Mark Rutte said on Monday that the allies would hold a summit in Ankara in July.\n', '2026-02-12');
  const e = doc.events.find((x) => x.type === 'summit')!;
  assert.ok(e, JSON.stringify(doc.events));
  assert.equal(e.time, '2026-07');
  assert.equal(e.place, 'kb:ankara');
  assert.equal(e.modality, 'planned');
});

test('events: troops sent to "the mission" join the mission the article named and go to its country', async () => {
  const doc = await run('KFOR has patrolled the north of Kosovo since June.\nThe allies deployed about 500 more soldiers to the mission in May, Mark Rutte said.\n', '2024-09-01');
  const e = doc.events.find((x) => x.type === 'deployment')!;
  assert.ok(e, JSON.stringify(doc.events));
  assert.ok(e.participants.includes('kb:kfor'), JSON.stringify(e));
  assert.equal(e.place, 'kb:kosovo');
  assert.deepEqual(e.quantity, { value: 500, unit: 'troops', approximate: true });
  assert.equal(e.time, '2024-05');
});

test('events: a place nearer another trigger of the sentence is that one\'s', async () => {
  const doc = await run('NATO defence ministers are meeting today at the headquarters while the Alliance prepares for the summit in Ankara.\n', '2026-02-12');
  assert.equal(doc.events.find((e) => e.type === 'summit')?.place, 'kb:ankara', JSON.stringify(doc.events));
  assert.notEqual(doc.events.find((e) => e.type === 'meeting')?.place, 'kb:ankara');
});

test('events: odd input gives no events and never throws', async () => {
  for (const body of ['', '\n\n', 'meeting visit summit', '12345 % , . ;', 'Takimi u mbajt sot.', 'зустріч']) {
    const doc = await run(body, '2025-01-01');
    assert.ok(Array.isArray(doc.events));
    for (const e of doc.events) assert.ok(e.participants.length > 0);
  }
  assert.deepEqual((await run('The meeting was held on Monday in a small room.', null, 'en')).events, []);
});

test('events: figures as written and ISO weeks as months', () => {
  assert.equal(figure('4.700'), 4700);
  assert.equal(figure('1,000'), 1000);
  assert.equal(figure('2.5'), 2.5);
  assert.equal(figure('3,5'), 3.5);
  assert.equal(figure('abc'), null);
  assert.equal(weekAsMonth('2024-W46'), '2024-11');
  assert.equal(weekAsMonth('2024-W44'), '2024-W44', 'a week across two months stays a week');
  assert.equal(weekAsMonth('2024-11-07'), '2024-11-07');
});
