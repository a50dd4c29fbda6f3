import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIob } from '../../src/nlp/entities/gold/iob.js';
import { readBratDir } from '../../src/nlp/entities/gold/brat.js';
import { bioToSpans, spansToBio } from '../../src/nlp/entities/gold/types.js';
import { SpanScorer } from '../../src/nlp/entities/score.js';
import { fixture } from '../helpers/shared.js';

test('gold: IOB2 (UNER layout) maps PER/ORG/LOC and ignores OTH', () => {
  const s = readIob(fixture('entities', 'sample.iob2'), 'iob2', 'sr');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.spans, [{ start: 1, end: 3, type: 'PER' }, { start: 5, end: 7, type: 'LOC' }]);
  assert.deepEqual(s[1]!.spans, [{ start: 0, end: 2, type: 'ORG' }]);
});

test('gold: a malformed IOB line is reported with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronika-iob-'));
  const f = join(dir, 'bad.iob2');
  writeFileSync(f, '1\tBeograd\tB-LOC\n2\tje\tX-ORG\n');
  assert.throws(() => readIob(f, 'iob2'), /bad\.iob2:2: expected a word and an IOB2 tag/);
});

test('gold: brat nested entities flatten to the outermost PER/ORG/LOC, on Kronika tokens', () => {
  const s = readBratDir(fixture('entities', 'brat'), 'ru');
  assert.equal(s.length, 1);
  const words = s[0]!.words;
  const spans = s[0]!.spans.map((x) => `${x.type}:${words.slice(x.start, x.end).join(' ')}`);
  assert.deepEqual(spans, ['ORG:Пресс-служба Газпрома', 'LOC:Москве', 'PER:Алексей Миллер']);
});

test('gold: BIO round trip and CoNLL exact-span scoring', () => {
  const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 3, end: 4, type: 'LOC' as const }];
  assert.deepEqual(bioToSpans(spansToBio(5, spans)), spans);
  // an I- without a B- opens a span, as conlleval does
  assert.deepEqual(bioToSpans(['O', 'I-ORG', 'I-ORG']), [{ start: 1, end: 3, type: 'ORG' }]);
  const sc = new SpanScorer();
  sc.add(spans, [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }]);
  const r = sc.scores();
  assert.equal(r.ALL.tp, 1);
  assert.equal(r.ALL.fp, 1);
  assert.equal(r.ALL.fn, 1);
  assert.equal(r.PER.f1, 1);
  assert.equal(r.LOC.f1, 0);
});

test('gold: documents from UNER newdoc comments, brat files, and windows of sentences where a file marks none', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronika-docs-'));
  const uner = join(dir, 'uner.iob2');
  writeFileSync(uner, ['# newdoc id = a', '1\tZagreb\tB-LOC', '', '1\tSplit\tB-LOC', '', '# newdoc id = b', '1\tRim\tB-LOC', ''].join('\n'));
  const s = readIob(uner, 'iob2', 'hr');
  assert.deepEqual(s.map((x) => [x.doc!.index, x.doc!.words.length]), [[0, 2], [1, 2], [0, 1]]);
  assert.equal(s[0]!.doc!.words, s[1]!.doc!.words, 'one document, one words array');
  const plain = join(dir, 'plain.iob');
  writeFileSync(plain, Array.from({ length: 45 }, (_, i) => `Riječ${i} O\n`).join('\n'));
  const p = readIob(plain, 'ner-uk', 'uk');
  assert.deepEqual([...new Set(p.map((x) => x.doc!.words.length))], [20, 5]);
  const b = readBratDir(fixture('entities', 'brat'), 'ru');
  assert.equal(b[0]!.doc!.words.length, b.length);
});

test('gold: brat annotations separated by tabs (ner-uk) read as the space-separated ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronika-brat-tab-'));
  writeFileSync(join(dir, 'a.txt'), 'Устимко пішов до Києва .');
  writeFileSync(join(dir, 'a.ann'), 'T1\tPERS\t0\t7\tУстимко\nT2\tLOC 17 22\tКиєва\n');
  const s = readBratDir(dir, 'uk');
  assert.deepEqual(s[0]!.spans.map((x) => `${x.type}:${s[0]!.words.slice(x.start, x.end).join(' ')}`), ['PER:Устимко', 'LOC:Києва']);
});
