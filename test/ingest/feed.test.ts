import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { articles, cli, errors, ingestFixture, readAll, warnings } from './helpers.js';
import { send, serve, slow } from './server.js';

const feed = (name: string) => ingestFixture('feeds', name);

test('rss: each item with full content is an article; feed title is the outlet; pubDate in the publisher’s zone', async () => {
  const items = await readAll([feed('rss-full.xml')]);
  const [a, b] = articles(items);
  assert.ok(a && b);
  assert.deepEqual(a.source, { kind: 'feed', uri: 'https://vesti-pg.example/politika/nova-vlada', name: 'vesti-pg-10231', outlet: 'Вести Подгорица', url: 'https://vesti-pg.example/politika/nova-vlada' });
  assert.equal(a.title, 'Скупштина изабрала нову владу');
  assert.equal(a.body.split('\n').length, 3);
  assert.deepEqual(a.date, { value: '2023-10-31', precision: 'day', source: 'metadata', evidence: 'feed:pubDate' });
  assert.equal(a.declaredLanguage, 'sr');
  // entity-escaped HTML content
  assert.equal(b.body, 'Montenegro and Italy signed an agreement in Rome on Friday on a second undersea power cable across the Adriatic.\n"This cable makes us a hub for the region," the prime minister told reporters.');
  assert.equal(b.date, null);
  assert.deepEqual(warnings(items), [`${feed('rss-full.xml')}: item 2 'Montenegro signs energy deal with Italy': feed:pubDate 'sometime last week' is not a date (ISO date or date-time, RFC 822, YYYY/MM/DD or DD.MM.YYYY)`]);
  assert.deepEqual(errors(items), [`${feed('rss-full.xml')}: item 3 'Item without anything to read': item has no content and no http(s) link to fetch`]);
});

test('atom: html and text content, alternate link, published date; an entry without a link gets FEED#N', async () => {
  const [a, b] = articles(await readAll([feed('atom.xml')]));
  assert.ok(a && b);
  assert.equal(a.title, 'Парламентът прие бюджета за 2024 г.');
  assert.equal(a.source.url, 'https://novini-sofia.example/byudzhet-2024');
  assert.equal(a.source.name, 'urn:novini:4411');
  assert.deepEqual(a.date, { value: '2024-01-12', precision: 'day', source: 'metadata', evidence: 'feed:published' });
  assert.equal(a.body.split('\n').length, 2);
  assert.equal(b.source.uri, `${feed('atom.xml')}#2`);
  assert.equal(b.date?.value, '2024-01-14');
  assert.match(b.body, /^Строителството на нов мост/);
  assert.equal(a.declaredLanguage, 'bg');
});

test('feed: a file that is not XML, and a truncated feed, are one-line errors', async () => {
  const items = await readAll([feed('not-xml.xml'), feed('truncated.rss')]);
  assert.deepEqual(articles(items), []);
  const errs = errors(items);
  assert.equal(errs.length, 2);
  assert.match(errs[0]!, new RegExp(`^${feed('not-xml.xml')}: not an XML feed: .*\\(line 1\\)$`));
  assert.equal(errs[1], `${feed('truncated.rss')}: not an XML feed: unclosed <rss>, <channel>, <item>, <description> at the end`);
});

test('feed from a URL: items with only a summary have their pages fetched; a 404 and a slow page are errors naming the URL', async () => {
  const xml = (base: string) => iconv.encode(readFileSync(feed('rss-links.xml'), 'utf8').replaceAll('{{BASE}}', base), 'windows-1251');
  const page = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta property="og:site_name" content="Українська служба новин"><title>Рада ухвалила закон</title></head>
<body><article><h1>Рада ухвалила закон про мобілізацію</h1><p>Верховна Рада у четвер ухвалила в цілому закон про мобілізацію, за нього проголосували 283 народні депутати.</p>
<p>«Закон набуде чинності через місяць після підписання», — повідомив голова комітету з питань національної безпеки.</p></article></body></html>`;
  const srv = await serve({
    '/feed': (req, res, base) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xml(base)),
    '/news/mobilizatsiya.html': send('text/html; charset=utf-8', page),
    '/slow': slow(3000, send('text/html', '<p>too late</p>')),
  });
  try {
    const items = await readAll([`${srv.base}/feed`], { timeoutMs: 400 });
    const [a, ...rest] = articles(items);
    assert.equal(rest.length, 0);
    assert.ok(a);
    assert.equal(a.title, 'Рада ухвалила закон про мобілізацію');
    assert.match(a.body, /^Верховна Рада у четвер ухвалила/);
    assert.equal(a.body.split('\n').length, 2);
    assert.deepEqual(a.source, { kind: 'feed', uri: `${srv.base}/news/mobilizatsiya.html`, name: `${srv.base}/news/mobilizatsiya.html`, outlet: 'Українська служба новин', url: `${srv.base}/news/mobilizatsiya.html` });
    assert.deepEqual(a.date, { value: '2024-04-11', precision: 'day', source: 'metadata', evidence: 'feed:pubDate' });
    assert.equal(a.declaredLanguage, 'uk');
    assert.deepEqual(errors(items), [`${srv.base}/news/missing.html: HTTP 404 Not Found`, `${srv.base}/slow: timed out after 400 ms`]);
  } finally {
    await srv.close();
  }
});

test('feed through the CLI: the feed URL that is not XML fails, the file feed goes on, exit code 1', async () => {
  const srv = await serve({ '/rss': send('application/rss+xml', '<html><body><p>Maintenance<br></body></html>') });
  try {
    const r = await cli(['analyze', `${srv.base}/rss`, feed('atom.xml'), '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines.map((l) => [l.source.name, l.language, l.date?.value]), [['urn:novini:4411', 'bg', '2024-01-12'], ['urn:novini:4412', 'bg', '2024-01-14']]);
    assert.match(r.stderr, new RegExp(`error ${srv.base}/rss: not an XML feed`));
  } finally {
    await srv.close();
  }
});
