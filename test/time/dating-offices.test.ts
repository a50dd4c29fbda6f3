import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContext } from '../../src/context.js';
import { analyze } from '../../src/pipeline.js';
import type { Article } from '../../src/model/index.js';
import { chooseYear } from '../../src/nlp/time/dating-years.js';
import type { YearEvidence } from '../../src/nlp/time/offices.js';
import { fixture } from '../helpers/shared.js';

/** An article with no header date: only its text (and the knowledge base's offices) can date it. */
async function undated(name: string): Promise<Article> {
  const ctx = await loadContext();
  const body = readFileSync(fixture('time', name), 'utf8');
  return analyze({ source: { kind: 'file', uri: name, name, outlet: null }, title: null, body, date: null, declaredLanguage: null }, ctx);
}

test('a prime minister named with her title dates an undated article inside her term; a past month gives the month', async () => {
  const doc = await undated('sr-office-undated.txt');
  const d = doc.date!;
  assert.ok(d, 'dated');
  assert.equal(d.source, 'inferred');
  assert.equal(d.precision, 'month');
  const [y, m] = d.value.split('-').map(Number);
  // Ana Brnabić was prime minister of Serbia from June 2017 to May 2024.
  assert.ok(y! >= 2017 && y! <= 2024, d.value);
  assert.equal(m, 3);
  assert.match(d.evidence ?? '', /Ana Brnabić.*prime-minister/);
});

test('a year the text reports inside the term is the article year', async () => {
  const ctx = await loadContext();
  const body = readFileSync(fixture('time', 'sr-office-undated.txt'), 'utf8').replace('u martu', 'u martu 2019. godine');
  const doc = await analyze({ source: { kind: 'file', uri: 'x', name: 'x', outlet: null }, title: null, body, date: null, declaredLanguage: null }, ctx);
  assert.equal(doc.date?.value.slice(0, 4), '2019');
  assert.match(doc.date?.evidence ?? '', /offices: premijerka Ana Brnabić/);
});

test('an office that began after the latest year reported moves the article into the term', async () => {
  // Mark Rutte has led NATO since October 2024; the text looks back on 2023.
  const doc = await undated('sq-office-later.txt');
  assert.ok(Number(doc.date?.value.slice(0, 4)) >= 2025, doc.date?.value);
  assert.match(doc.date?.evidence ?? '', /Mark Rutte.*secretary-general kb:nato/);
});

test('a weekday and a day-month are placed in the one year of the term they fit', async () => {
  // Petro Poroshenko was president of Ukraine 2014-2019; 13 November was a Tuesday in 2018.
  const doc = await undated('en-office-weekday.txt');
  assert.equal(doc.date?.value, '2018-11-13');
  assert.equal(doc.date?.precision, 'day');
});

test('a former office holder says nothing about the date', async () => {
  const doc = await undated('sr-office-former.txt');
  assert.equal(doc.date, null);
});

test('several office holders mentioned together narrow the years to where their terms overlap', () => {
  const ev: YearEvidence[] = [
    { start: 2014.3, end: 2019.4, weight: 1, why: 'a' },
    { start: 2016.5, end: 2024.9, weight: 1, why: 'b' },
    { start: 2017.4, end: 2026.9, weight: 1, why: 'c' },
  ];
  const r = chooseYear([], { evidence: ev, strong: false, people: 3 }, 1900, 2026)!;
  assert.equal(r.year, 2018);
  assert.equal(r.stated, false);
});
