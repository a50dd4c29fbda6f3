import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articles, cli, errors, ingestFixture, readAll, warnings } from './helpers.js';

const file = ingestFixture('jsonl', 'articles.jsonl');

test('jsonl: each record is an article with its line, id, outlet, url, language and date', async () => {
  const items = await readAll([file]);
  const arts = articles(items);
  assert.deepEqual(arts.map((a) => [a.source.name, a.source.line]), [['bs-001', 1], ['uk-002', 2], ['mk-005', 6], ['en-006', 7], ['sq-009', 9], ['sr-010', 10]]);
  const [bs, uk, mk, en, sq, sr] = arts as [any, any, any, any, any, any];
  assert.deepEqual([sq.date.value, sr.date.value], ['2020-07-29', '2023-12-14']);
  assert.deepEqual(bs.source, { kind: 'jsonl', uri: file, name: 'bs-001', outlet: 'Vijesti BiH', line: 1, url: 'https://vijesti.example/bih/vijece-ministara' });
  assert.equal(bs.title, 'Vijeće ministara usvojilo budžet za 2024. godinu');
  assert.equal(bs.declaredLanguage, 'bs');
  assert.equal(bs.body.split('\n').length, 3);
  assert.deepEqual(bs.date, { value: '2023-12-07', precision: 'day', source: 'metadata', evidence: 'jsonl:date' });
  assert.deepEqual(uk.date, { value: '2023-11-21', precision: 'day', source: 'metadata', evidence: 'jsonl:date' });
  assert.equal(mk.date, null);
  // a record with html: read like a page, bylines stripped; the record's own date wins
  assert.equal(en.title, 'Sofia hosts energy summit');
  assert.equal(en.body, 'Ministers from six Balkan countries met in Sofia on Thursday to discuss a joint gas pipeline.\n"We cannot face the winter alone," Bulgaria\'s energy minister told reporters.');
  assert.deepEqual(en.date, { value: '2023-10', precision: 'month', source: 'metadata', evidence: 'jsonl:date' });
  assert.equal(en.source.outlet, 'Balkan Wire');
});

test('jsonl: bad lines are errors naming FILE:LINE, a bad date is a warning, the rest goes on', async () => {
  const items = await readAll([file]);
  const errs = errors(items);
  assert.equal(errs.length, 3);
  assert.match(errs[0]!, new RegExp(`^${file}:3: malformed JSON`));
  assert.equal(errs[1], `${file}:4: record has no 'text' or 'html'`);
  assert.equal(errs[2], `${file}:8: a JSON Lines record must be an object`);
  assert.deepEqual(warnings(items), [`${file}:6: jsonl:date 'вчера' is not a date (ISO date or date-time, RFC 822, YYYY/MM/DD or DD.MM.YYYY)`]);
});

test('jsonl: a file without a .jsonl extension is recognised by its content', async () => {
  const arts = articles(await readAll([ingestFixture('jsonl', 'export-2023-11')]));
  assert.equal(arts.length, 1);
  assert.equal(arts[0]!.source.kind, 'jsonl');
  assert.equal(arts[0]!.source.name, 'hr-007');
  assert.equal(arts[0]!.date?.value, '2023-11-30');
});

test('jsonl through the CLI: articles on stdout, FILE:LINE errors on stderr, exit code 1', async () => {
  const r = await cli(['analyze', file, '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.deepEqual(r.lines.map((l) => l.source.name), ['bs-001', 'uk-002', 'mk-005', 'en-006', 'sq-009', 'sr-010']);
  assert.deepEqual(r.lines.slice(1, 5).map((l) => l.language), ['uk', 'mk', 'en', 'sq']);
  assert.equal(r.lines[0].date.value, '2023-12-07');
  assert.match(r.stderr, new RegExp(`${file}:3: malformed JSON`));
  assert.match(r.stderr, new RegExp(`${file}:4: record has no 'text' or 'html'`));
});
