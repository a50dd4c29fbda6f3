import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import type { Article } from '../../src/model/index.js';
import { chooseYear, clueKind, compileCues, yearClues, type YearClue } from '../../src/nlp/time/dating-years.js';
import { compileTime } from '../../src/nlp/time/compile.js';
import { readFields } from '../../src/nlp/time/resolve.js';
import { tagTimes } from '../../src/nlp/time/tag.js';
import { fixture } from '../helpers/shared.js';

/** An article with no header date: only its text (and the knowledge base's offices) can date it. */
async function undated(name: string): Promise<Article> {
  const ctx = await loadContext();
  const body = readFileSync(fixture('dating', name), 'utf8');
  return analyze({ source: { kind: 'file', uri: name, name, outlet: null }, title: null, body, date: null, declaredLanguage: null }, ctx);
}

test('every language example of a dating cue reads as its kind (and an anniversary adds up)', async () => {
  const ctx = await loadContext();
  let checked = 0;
  for (const pack of ctx.packs.values()) {
    if (!pack.dating || !pack.time) continue;
    const c = compileTime(pack.time, pack.code);
    const cues = compileCues(pack.dating);
    for (const ex of pack.dating.examples) {
      const mentions = tagTimes(ex.text, c);
      const fields = mentions.map((m) => readFields(m, c));
      const where = `${pack.code}: ${ex.text}`;
      if (ex.kind === 'anniversary') {
        const clues = yearClues(ex.text, mentions, fields, c, pack.dating, null, 1900, 2100);
        assert.ok(clues.some((k) => k.kind === 'anniversary' && k.year === ex.year), `${where} → ${JSON.stringify(clues)}`);
      } else {
        const i = fields.findIndex((f) => f.year !== undefined);
        assert.ok(i >= 0, `${where}: no year found in ${JSON.stringify(mentions.map((m) => m.text))}`);
        assert.equal(clueKind(ex.text, mentions[i]!, cues), ex.kind, where);
      }
      checked++;
    }
  }
  assert.ok(checked >= 30, `checked ${checked}`);
});

const clue = (year: number, kind: YearClue['kind']): YearClue => ({ year, kind, text: `${kind} ${year}`, at: 1000 });

test('a past year bounds the article from below; a planned one from above', () => {
  assert.equal(chooseYear([clue(2016, 'past')], null, 1900, 2026)?.year, 2016);
  // Reported in 2016 and planned for 2019: between them, not after the plan.
  const y = chooseYear([clue(2016, 'past'), clue(2019, 'future'), clue(2019, 'future')], null, 1900, 2026)!.year;
  assert.ok(y >= 2016 && y <= 2019, String(y));
  // An old year reported in the past and a recent one: the recent one.
  assert.equal(chooseYear([clue(2009, 'past'), clue(2010, 'past'), clue(2018, 'past')], null, 1900, 2026)?.year, 2018);
  // A start: some year after it, never the year itself.
  assert.ok(chooseYear([clue(2010, 'since')], null, 1900, 2026)!.year > 2010);
  assert.equal(chooseYear([], null, 1900, 2026), null);
});

test('offices outweigh an undated year outside the term, and alone give a year', () => {
  const offices = { evidence: [{ start: 2016.5, end: 2019.55, weight: 3, why: 'premijerka X', who: 'kb:x' }], strong: true, people: 1 };
  const y = chooseYear([clue(2022, 'open')], offices, 1900, 2026)!.year;
  assert.ok(y <= 2019, String(y));
  assert.equal(chooseYear([], offices, 1900, 2026)?.year, 2018);
  assert.equal(chooseYear([], offices, 1900, 2026)?.stated, false);
});

test('a date planned ahead and a deadline put the article before them, inside the titled term', async () => {
  // Theresa May was prime minister from July 2016 to July 2019; the text plans 29 March 2019.
  const doc = await undated('ru-future-deadline.txt');
  assert.equal(doc.date?.value, '2018', JSON.stringify(doc.date));
  assert.equal(doc.date?.precision, 'year');
  assert.equal(doc.date?.source, 'inferred');
});

test('N years since a year is an anniversary: the year they add up to', async () => {
  const doc = await undated('en-anniversary.txt');
  assert.equal(doc.date?.value.slice(0, 4), '2019', JSON.stringify(doc.date));
  assert.match(doc.date?.evidence ?? '', /anniversary/);
});

test('a year given as a start (që nga viti 2019) puts the article after it', async () => {
  const doc = await undated('sq-since.txt');
  assert.ok(Number(doc.date?.value.slice(0, 4)) > 2019, JSON.stringify(doc.date));
  assert.match(doc.date?.evidence ?? '', /since/);
});

test('a title tied to the organisation named with it (the chair of the assembly) takes that office, not another of the same person', async () => {
  // Vjosa Osmani chaired the Assembly of Kosovo from February 2020 to March 2021 (president of Kosovo since April 2021).
  const doc = await undated('sq-chair-of-assembly.txt');
  assert.equal(doc.date?.value, '2020', JSON.stringify(doc.date));
  assert.match(doc.date?.evidence ?? '', /parliament-president kb:assembly-of-kosovo/);
});

test('a publication stamp copied with the page (a date and a time of day, or a figure date alone at a line edge) is the date', async () => {
  const ctx = await loadContext();
  const date = async (body: string) =>
    (await analyze({ source: { kind: 'file', uri: 'x', name: 'x', outlet: null }, title: null, body, date: null, declaredLanguage: 'bg' }, ctx)).date;
  const timed = await date('Великобритания няма да отстъпи\n\n. 04.02.2018 15.39 Великобритания ще настоява за договор с ЕС до края на 2020 г.');
  assert.equal(timed?.value, '2018-02-04');
  assert.equal(timed?.source, 'text');
  assert.match(timed?.evidence ?? '', /publication stamp/);
  const alone = await date('ЕС обмисля привилегирован достъп до пазара 20.02.2018\n\nВеликобритания може да получи достъп до единния пазар.');
  assert.equal(alone?.value, '2018-02-20');
  // A deadline in a sentence is not a stamp.
  const deadline = await date('Преходният период ще продължи до 31 декември 2020 г. 15:00 е часът на срещата.');
  assert.notEqual(deadline?.value, '2020-12-31');
});

test('a count of years and a bracketed life are not the year of writing', async () => {
  const ctx = await loadContext();
  const date = async (body: string) =>
    (await analyze({ source: { kind: 'file', uri: 'x', name: 'x', outlet: null }, title: null, body, date: null, declaredLanguage: 'sq' }, ctx)).date;
  // `2000 vjet më parë` (2000 years ago) names no year.
  const count = await date('Qyteti u themelua 2000 vjet më parë buzë lumit, thanë arkeologët.');
  assert.notEqual(count?.value.slice(0, 4), '2000', JSON.stringify(count));
  // `(1944-2006)`: the article is written after the life it brackets.
  const life = await date('Ibrahim Rugova (1944-2006) udhëhoqi popullin e Kosovës në vitet më të vështira.');
  assert.ok(Number(life?.value.slice(0, 4)) >= 2006, JSON.stringify(life));
});
