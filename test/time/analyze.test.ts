import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import type { Article } from '../../src/model/index.js';
import { ROOT, fixture } from '../helpers/shared.js';
import { analyzeFile } from '../helpers/analyze.js';

const value = (doc: Article, text: string) => doc.times.find((t) => t.text.includes(text))?.value;

test('an undated article is dated by its dateline, and its relative times resolve against it', async () => {
  const doc = await analyzeFile(fixture('time', 'sr-dateline.txt'));
  assert.deepEqual({ value: doc.date?.value, precision: doc.date?.precision, source: doc.date?.source }, { value: '2024-03-14', precision: 'day', source: 'text' });
  assert.equal(value(doc, 'danas'), '2024-03-14');
  assert.equal(value(doc, 'juče'), '2024-03-13');
  assert.equal(value(doc, 'sledeće nedelje'), '2024-W12');
  assert.equal(value(doc, 'Prošle godine'), '2023');
  assert.equal(value(doc, 'maju'), '2023-05');
  assert.equal(doc.times.find((t) => t.text.includes('tri sata'))?.kind, 'duration');
  for (const t of doc.times) assert.equal(doc.text.slice(t.start, t.end), t.text);
});

test('a weekday named with a day-month fixes the year among the plausible ones', async () => {
  const doc = await analyzeFile(fixture('time', 'uk-weekday.txt'));
  assert.equal(doc.date?.value, '2024-05-15');
  assert.equal(doc.date?.source, 'inferred');
  assert.match(doc.date?.evidence ?? '', /у четвер/);
  assert.equal(value(doc, 'у четвер'), '2024-05-16');
  assert.equal(value(doc, '16 травня'), '2024-05-16');
  assert.equal(value(doc, 'квітні 2023'), '2023-04');
});

test('a partial header date is refined when the text pins the day', async () => {
  const doc = await analyzeFile(fixture('time', 'sq-partial-header.txt'));
  assert.equal(doc.date?.value, '2024-05-15');
  assert.equal(doc.date?.source, 'inferred');
  assert.match(doc.date?.evidence ?? '', /header 2024-05 refined/);
  assert.equal(value(doc, 'të enjten'), '2024-05-16');
  assert.equal(value(doc, 'të mërkurën'), '2024-05-15');
});

test('a header contradicted by a dated dateline is kept, with the conflict in its evidence', async () => {
  const doc = await analyzeFile(fixture('time', 'sr-conflict.txt'));
  assert.equal(doc.date?.value, '2023-11-22');
  assert.equal(doc.date?.source, 'header');
  assert.match(doc.date?.evidence ?? '', /conflict: .*2026-02-12/);
});

test('impossible dates, two-digit years and far years are handled without a crash', async () => {
  const doc = await analyzeFile(fixture('time', 'sr-bad-dates.txt'));
  assert.equal(value(doc, '31. februara'), '2023-02');
  assert.equal(value(doc, '22.11.23'), '2023-11-22');
  assert.equal(value(doc, '2999'), undefined);
  assert.equal(value(doc, '1850'), '1850');
  assert.equal(doc.date?.value, '2023-11-22');
});

test('kronika analyze prints times and the date in the output contract', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', fixture('time', 'sr-dateline.txt'), '--format', 'jsonl', '-q'], { cwd: ROOT, encoding: 'utf8' });
  const doc = JSON.parse(out.trim().split('\n')[0]!);
  assert.equal(doc.date.value, '2024-03-14');
  const juce = doc.times.find((t: { text: string }) => t.text === 'juče');
  assert.deepEqual({ value: juce.value, kind: juce.kind, anchor: juce.anchor }, { value: '2024-03-13', kind: 'date', anchor: '2024-03-14' });
});
