import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { articles, cli, errors, ingestFixture, readAll } from './helpers.js';
import { deadPort, send, serve, slow } from './server.js';

const srText = readFileSync(ingestFixture('encodings', 'source', 'sr-latn.txt'), 'utf8');
const hrPage = readFileSync(ingestFixture('html', 'bad-date.html'), 'utf8').replace(/<meta property[^>]+>/, '');

test('url: an HTML page in Windows-1250 (charset from the header) is read as a page; kind url, uri the URL', async () => {
  const page = `<html lang="sr"><head><title>Dijalog</title></head><body><article><p>${srText.split('\n').slice(1).join('</p><p>')}</p></article></body></html>`;
  const srv = await serve({ '/vesti/dijalog.html': send('text/html; charset=windows-1250', iconv.encode(page.replace(/[„”]/g, '"'), 'windows-1250')) });
  try {
    const [a] = articles(await readAll([`${srv.base}/vesti/dijalog.html`]));
    assert.ok(a);
    assert.deepEqual(a.source, { kind: 'url', uri: `${srv.base}/vesti/dijalog.html`, name: 'dijalog', outlet: null, url: `${srv.base}/vesti/dijalog.html` });
    assert.match(a.body, /^Predsednik Srbije Aleksandar Vučić izjavio je u četvrtak/);
    assert.match(a.body, /Žozepa Borelja\.$/);
  } finally {
    await srv.close();
  }
});

test('url: text/plain is read as text (seed header and all); redirects are followed up to 5, then refused', async () => {
  const seed = ' date 2023-12-14 Beograd i Priština nastavljaju dijalog u Briselu\n' + srText.split('\n').slice(1).join('\n');
  const hop = (to: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(302, { location: to }).end();
  const srv = await serve({
    '/a': hop('/b'),
    '/b': hop('/tekst.txt'),
    '/tekst.txt': send('text/plain; charset=utf-8', seed),
    '/loop': hop('/loop'),
  });
  try {
    const items = await readAll([`${srv.base}/a`, `${srv.base}/loop`]);
    const [a] = articles(items);
    assert.ok(a);
    assert.equal(a.source.uri, `${srv.base}/a`);
    assert.equal(a.source.url, `${srv.base}/tekst.txt`);
    assert.equal(a.title, 'Beograd i Priština nastavljaju dijalog u Briselu');
    assert.deepEqual(a.date, { value: '2023-12-14', precision: 'day', source: 'header', evidence: 'header' });
    assert.deepEqual(errors(items), [`${srv.base}/loop: more than 5 redirects`]);
  } finally {
    await srv.close();
  }
});

test('url: 404, slow headers, slow body, too large (by Content-Length and while streaming), wrong content type, unreachable', async () => {
  const big = 'x'.repeat(5000);
  const srv = await serve({
    '/slow': slow(3000, send('text/html', '<p>late</p>')),
    '/stall': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('Počelo je, ali');
    },
    '/big': send('text/plain', big),
    '/stream': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write(big.slice(0, 1000));
      res.end();
    },
    '/photo.jpg': send('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
  });
  const dead = await deadPort();
  try {
    const urls = ['/nema', '/slow', '/stall', '/big', '/stream', '/photo.jpg'].map((p) => srv.base + p);
    const t0 = Date.now();
    const items = await readAll([...urls, `${dead}/vijesti`, 'ftp://example.org/feed.xml'], { timeoutMs: 300, maxBytes: 4096 });
    assert.ok(Date.now() - t0 < 2500, 'timeouts are short');
    assert.deepEqual(articles(items), []);
    assert.deepEqual(errors(items), [
      `${urls[0]}: HTTP 404 Not Found`,
      `${urls[1]}: timed out after 300 ms`,
      `${urls[2]}: timed out after 300 ms`,
      `${urls[3]}: body over the 4.0 KB limit (--max-bytes)`,
      `${urls[4]}: body over the 4.0 KB limit (--max-bytes)`,
      `${urls[5]}: content type image/jpeg is not HTML, a feed or text`,
      `${dead}/vijesti: unreachable (ECONNREFUSED)`,
      'ftp://example.org/feed.xml: unsupported URL scheme (http and https only)',
    ]);
  } finally {
    await srv.close();
  }
});

test('url through the CLI: a page is analysed, a 404 goes to stderr naming the URL, exit code 1', async () => {
  const srv = await serve({ '/clanak': send('text/html; charset=utf-8', hrPage) });
  try {
    const r = await cli(['analyze', `${srv.base}/nema`, `${srv.base}/clanak`, '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.equal(r.lines.length, 1);
    assert.equal(r.lines[0].source.uri, `${srv.base}/clanak`);
    assert.equal(r.lines[0].language, 'hr');
    assert.equal(r.lines[0].title, 'Vlak iz Splita kasnio pet sati');
    assert.match(r.stderr, new RegExp(`error ${srv.base}/nema: HTTP 404 Not Found`));
  } finally {
    await srv.close();
  }
});

test('url through the CLI: --timeout bounds a slow page; the error names the URL and the limit', async () => {
  const srv = await serve({ '/spor': slow(3000, send('text/html', '<p>kasno</p>')) });
  try {
    const r = await cli(['analyze', `${srv.base}/spor`, '--timeout', '250', '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.equal(r.lines.length, 0);
    assert.match(r.stderr, new RegExp(`error ${srv.base}/spor: timed out after 250 ms`));
  } finally {
    await srv.close();
  }
});
