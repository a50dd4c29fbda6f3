import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/index.js';
import { fixture } from '../helpers/shared.js';
import { analyzeFile } from '../helpers/analyze.js';

const find = (doc: Article, text: string) => doc.times.find((t) => t.text === text);
const value = (doc: Article, text: string) => find(doc, text)?.value;

test('day ranges, year adverbs, a month of last year, a season with a direction and vague numbers (uk)', async () => {
  const doc = await analyzeFile(fixture('time', 'uk-ranges.txt'));
  assert.equal(doc.date?.value, '2024-03-14');
  // The first day of a range is a date of its own; its month is read ahead.
  assert.equal(value(doc, '8'), '2024-01-08');
  assert.equal(value(doc, '10 січня'), '2024-01-10');
  assert.equal(value(doc, '19'), '2024-02-19');
  assert.equal(value(doc, 'Торік'), '2023');
  assert.equal(value(doc, 'цьогоріч'), '2024');
  assert.equal(value(doc, 'у березні минулого року'), '2023-03');
  assert.equal(value(doc, 'минулого літа'), '2023-SU');
  assert.equal(value(doc, 'Наприкінці року'), '2024');
  assert.deepEqual(find(doc, 'кілька місяців') && { value: find(doc, 'кілька місяців')!.value, kind: find(doc, 'кілька місяців')!.kind }, { value: 'PXM', kind: 'duration' });
  // Some years back is a time, but no one value: not in the output.
  assert.equal(find(doc, 'Кілька років тому'), undefined);
  // A weekday that is all of a quoted name is the name.
  assert.equal(doc.times.some((t) => t.text.includes('Субота')), false);
  for (const t of doc.times) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('ages are not durations, the environment is not Wednesday, and a sentence’s dot is not a date’s (ru)', async () => {
  const doc = await analyzeFile(fixture('time', 'ru-ages.txt'));
  const texts = doc.times.map((t) => t.text);
  assert.ok(!texts.includes('43 года'), texts.join(' | '));
  assert.ok(!texts.includes('19 лет'), texts.join(' | '));
  assert.ok(!texts.includes('56 лет'), texts.join(' | '));
  assert.ok(!texts.some((t) => t.includes('85 году')), texts.join(' | '));
  assert.equal(value(doc, 'к двум годам'), undefined);
  assert.equal(value(doc, 'двум годам'), 'P2Y');
  assert.equal(value(doc, 'три месяца'), 'P3M');
  assert.equal(value(doc, 'с 6'), '2023-06-06');
  assert.equal(value(doc, 'по 12 июня'), '2023-06-12');
  assert.equal(value(doc, 'в марте прошлого года'), '2022-03');
  assert.equal(value(doc, 'этой зимой'), '2022-WI');
  assert.ok(!texts.includes('среды'), texts.join(' | '));
  assert.equal(value(doc, 'в среду'), '2023-06-14');
  for (const t of doc.times) assert.ok(!t.text.endsWith('.'), t.text);
});

test('“that same day”, “the next day” and “that year” refer to the date written before them (sr)', async () => {
  const doc = await analyzeFile(fixture('time', 'sr-anaphora.txt'));
  assert.equal(value(doc, 'istog dana'), '2024-02-12');
  assert.equal(value(doc, 'Sledećeg dana'), '2024-02-13');
  assert.equal(value(doc, 'Iste godine'), '2009');
});
