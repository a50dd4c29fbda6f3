import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articles, cli, errors, ingestFixture, readAll, warnings } from './helpers.js';

const html = (name: string) => ingestFixture('html', name);

test('html: main text one paragraph a line, without navigation, byline, asides, footer; title, date, outlet, lang, url', async () => {
  const [a] = articles(await readAll([html('sr-article.html')]));
  assert.ok(a);
  assert.equal(a.title, 'Vučić posle sastanka u Briselu: Očekujemo više od EU');
  const lines = a.body.split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[0]!, /^Predsednik Srbije Aleksandar Vučić izjavio je/);
  assert.match(lines[2]!, /sledeći krug zakazan je za 14\. decembar\.$/);
  for (const noise of ['Jelena Petrović', 'Piše', 'Početna', 'Pročitajte još', 'Sva prava', 'dataLayer', 'font-family'])
    assert.ok(!a.body.includes(noise), `body keeps '${noise}'`);
  assert.deepEqual(a.date, { value: '2023-11-23', precision: 'day', source: 'metadata', evidence: 'meta:article:published_time' });
  assert.deepEqual(a.source, { kind: 'html', uri: html('sr-article.html'), name: 'sr-article', outlet: 'Dnevni list', url: 'https://dnevni.example/politika/vucic-brisel' });
  assert.equal(a.declaredLanguage, 'sr');
});

test('html: date from JSON-LD datePublished (in @graph), outlet from JSON-LD publisher, charset from <meta>', async () => {
  const [a] = articles(await readAll([html('uk-windows-1251.html')]));
  assert.ok(a);
  assert.deepEqual(a.date, { value: '2023-04-05', precision: 'day', source: 'metadata', evidence: 'json-ld:datePublished' });
  assert.equal(a.source.outlet, 'Новини.ua');
  assert.equal(a.declaredLanguage, 'uk');
  assert.equal(a.body.split('\n').length, 3);
});

test('html: date from <time datetime> when the page has no meta date', async () => {
  const [a] = articles(await readAll([html('sq-time.html')]));
  assert.deepEqual(a?.date, { value: '2023-09-14', precision: 'day', source: 'metadata', evidence: 'time[datetime]' });
  assert.equal(a?.source.outlet, 'Gazeta Lajmi');
});

test('html: a published date that is not a date is a warning, the article is kept', async () => {
  const items = await readAll([html('bad-date.html')]);
  assert.deepEqual(warnings(items), [`${html('bad-date.html')}: meta:article:published_time 'prije dva sata' is not a date (ISO date or date-time, RFC 822, YYYY/MM/DD or DD.MM.YYYY)`]);
  const [a] = articles(items);
  assert.equal(a?.date, null);
  assert.equal(a?.title, 'Vlak iz Splita kasnio pet sati');
});

test('html: broken markup (unclosed tags, truncated file) still yields the text', async () => {
  const [a] = articles(await readAll([html('broken.html')]));
  assert.ok(a);
  assert.equal(a.title, 'Скопје: протест пред Собранието');
  const lines = a.body.split('\n');
  assert.match(lines[0]!, /^Неколку стотици граѓани протестираа/);
  assert.match(lines[1]!, /Јаким Неделков\.$/);
  assert.match(lines[2]!, /^Протестот помина мирно/);
});

test('html: a page with no text is a clear error', async () => {
  assert.deepEqual(errors(await readAll([html('no-text.html')])), [`${html('no-text.html')}: no article text found in the HTML`]);
});

test('html: a page without an .html extension is recognised by its content', async () => {
  const [a] = articles(await readAll([ingestFixture('sniff', 'faqe')]));
  assert.equal(a?.source.kind, 'html');
  assert.equal(a?.title, 'Prishtina pret delegacionin e BE-së');
  assert.equal(a?.source.outlet, 'Lajmi Sot');
  assert.equal(a?.body.split('\n').length, 2);
});

test('html through the CLI: a folder of pages, languages identified, the page with no text fails the run', async () => {
  const r = await cli(['analyze', ingestFixture('html'), '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.deepEqual(r.lines.map((l) => l.source.name), ['bad-date', 'broken', 'sq-time', 'sr-article', 'uk-windows-1251']);
  assert.deepEqual(r.lines.map((l) => l.language), ['hr', 'mk', 'sq', 'sr', 'uk']);
  assert.equal(r.lines[3].date.value, '2023-11-23');
  assert.match(r.stderr, /no-text\.html: no article text found in the HTML/);
  assert.match(r.stderr, /warning .*bad-date\.html: meta:article:published_time 'prije dva sata' is not a date/);
});
