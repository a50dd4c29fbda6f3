import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { articles, cli, errors, ingestFixture, readAll } from './helpers.js';

const tree = ingestFixture('tree');

test('inputs: a folder is read recursively in sorted order, hidden files skipped, each file by its format', async () => {
  const arts = articles(await readAll([tree]));
  assert.deepEqual(arts.map((a) => [a.source.kind, a.source.uri]), [
    ['file', join(tree, 'a', '1-uk.txt')],
    ['file', join(tree, 'a', 'deep', '3-en.txt')],
    ['jsonl', join(tree, 'b', '1-export.jsonl')],
    ['file', join(tree, 'b', '2-sq.txt')],
  ]);
  assert.deepEqual(arts[3]!.date, { value: '2024-02', precision: 'month', source: 'header', evidence: 'header' });
  assert.equal(arts[0]!.title, 'Уряд затвердив план відновлення енергетики');
});

test('inputs: globs are expanded and sorted; a path or glob that names nothing is an error', async () => {
  const rel = relative(process.cwd(), tree);
  const items = await readAll([`${rel}/**/*.txt`, `${rel}/nothing-*.txt`, join(tree, 'missing.txt')]);
  assert.deepEqual(articles(items).map((a) => a.source.name), ['1-uk', '3-en', '2-sq']);
  assert.deepEqual(errors(items), [`${rel}/nothing-*.txt: no such file, folder or matching glob`, `${join(tree, 'missing.txt')}: no such file or folder`]);
});

test('inputs: standard input through the CLI (`-`), its encoding detected', async () => {
  const text = readFileSync(ingestFixture('encodings', 'sr-cyrl.windows-1251.txt'));
  const r = await cli(['analyze', '-', '--format', 'jsonl'], text);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.lines.length, 1);
  assert.deepEqual(r.lines[0].source, { kind: 'stdin', uri: '-', name: 'stdin', outlet: null });
  assert.equal(r.lines[0].title, 'Вучић: Разговори у Бриселу настављају се у децембру');
  assert.equal(r.lines[0].language, 'sr');
  assert.equal(r.lines[0].script, 'Cyrl');
});

test('inputs: standard input over --max-bytes is refused', async () => {
  const r = await cli(['analyze', '-', '--max-bytes', '100', '--format', 'jsonl'], readFileSync(ingestFixture('encodings', 'source', 'ru.txt')));
  assert.equal(r.code, 1);
  assert.equal(r.lines.length, 0);
  assert.match(r.stderr, /error -: standard input is over the 100 bytes limit \(--max-bytes\)/);
});

