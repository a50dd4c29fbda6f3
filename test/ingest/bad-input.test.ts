import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articles, cli, errors, ingestFixture, readAll, warnings } from './helpers.js';

const bad = (name: string) => ingestFixture('bad', name);

test('bad input: empty and blank files, a binary file, bytes no encoding reads as text: one error each, the batch goes on', async () => {
  const good = ingestFixture('encodings', 'source', 'mk.txt');
  const items = await readAll([bad('empty.txt'), bad('blank.txt'), bad('archive.gz'), bad('symbols.dat'), good]);
  assert.deepEqual(errors(items), [
    `${bad('empty.txt')}: empty file`,
    `${bad('blank.txt')}: empty file (no text)`,
    `${bad('archive.gz')}: binary file (not text)`,
    `${bad('symbols.dat')}: invalid UTF-8 and no known legacy encoding (Windows-1250/1251, ISO-8859-2, KOI8) fits`,
  ]);
  assert.equal(articles(items).length, 1);
});

test('bad input: UTF-8 with a broken sequence is read with U+FFFD in its place and a warning naming the byte', async () => {
  const items = await readAll([bad('invalid-utf8.txt')]);
  assert.deepEqual(warnings(items), [`${bad('invalid-utf8.txt')}: invalid UTF-8 at byte 8 (1 broken sequence replaced with U+FFFD)`]);
  const [a] = articles(items);
  assert.equal(a?.title, 'Plenkovi\uFFFD : Obnova škola nakon potresa bit će završena do ljeta');
  assert.match(a!.body, /Hrvatski premijer Andrej Plenković/);
});

test('bad input: a file over the size limit is refused before it is read', async () => {
  const big = ingestFixture('html', 'sr-article.html');
  const small = ingestFixture('encodings', 'source', 'bg.txt');
  const items = await readAll([big, small], { maxBytes: 1000 });
  assert.deepEqual(errors(items), [`${big}: file is 1.8 KB, over the 1000 bytes limit (--max-bytes)`]);
  assert.equal(articles(items).length, 1);
});

test('bad input: a seed date header that is not a date is a warning on line 1; the article keeps its text and title', async () => {
  const items = await readAll([bad('bad-date-header.txt')]);
  assert.deepEqual(warnings(items), [`${bad('bad-date-header.txt')}:1: date header '2023-13-45' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`]);
  const [a] = articles(items);
  assert.equal(a?.date, null);
  assert.equal(a?.title, 'Crna Gora dobila novu vladu');
});

test('bad input through the CLI: --max-bytes, binary and empty files fail; the good file is analysed; exit code 1', async () => {
  const r = await cli(['analyze', bad('empty.txt'), bad('archive.gz'), ingestFixture('html', 'sr-article.html'), ingestFixture('encodings', 'ru.koi8-r.txt'), '--max-bytes', '1500', '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.deepEqual(r.lines.map((l) => [l.language, l.script]), [['ru', 'Cyrl']]);
  assert.match(r.lines[0].text, /^Пресс-секретарь Кремля заявил в четверг/);
  const errs = r.stderr.split('\n').filter((l) => l.includes('error'));
  assert.equal(errs.length, 3);
  assert.match(errs[0]!, /empty\.txt: empty file/);
  assert.match(errs[1]!, /archive\.gz: binary file \(not text\)/);
  assert.match(errs[2]!, /sr-article\.html: file is 1\.8 KB, over the 1\.5 KB limit \(--max-bytes\)/);
});
