import { basename, extname } from 'node:path';
import type { Source } from '../model/index.js';
import { declaredCharset, decodeBytes, DecodeError } from './decode.js';
import { feedArticles } from './feed.js';
import { fetchBytes, FetchError } from './fetch.js';
import { detectFormat, readableMediaType, type Format } from './format.js';
import { extractHtml, HtmlError, primaryLanguage } from './html.js';
import { jsonlArticles } from './jsonl.js';
import { textArticle } from './text.js';
import { failure, warning, type IngestItem, type IngestOptions } from './types.js';

/** Where bytes came from, and what their transport said about them. */
export interface Origin {
  /** File path, `-`, or URL: what errors name and `source.uri` holds. */
  where: string;
  kind: 'file' | 'stdin' | 'url';
  /** Lower-case file extension (`.html`), for files. */
  ext?: string;
  /** Media type and charset from an HTTP Content-Type header. */
  mediaType?: string | null;
  charset?: string | null;
  /** The URL after redirects, for URLs. */
  url?: string;
  /** Only an article page will do (a feed item's link): no feed, no JSON Lines. */
  pageOnly?: boolean;
}

/** The bytes of one input → its articles (and errors), by format. */
export async function* readBytes(buf: Buffer, origin: Origin, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let text: string;
  try {
    const decoded = decodeBytes(buf, origin.charset ?? declaredCharset(buf));
    if (decoded.warning) yield warning(origin.where, decoded.warning);
    text = decoded.text;
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    yield failure(origin.where, e.message);
    return;
  }
  if (!text.trim()) {
    yield failure(origin.where, 'empty file (no text)');
    return;
  }
  const format: Format = detectFormat(text, { ext: origin.ext, mediaType: origin.mediaType });
  if (origin.pageOnly && (format === 'feed' || format === 'jsonl')) {
    yield failure(origin.where, `expected an article page, got ${format === 'feed' ? 'a feed' : 'JSON Lines'}`);
    return;
  }
  switch (format) {
    case 'jsonl':
      yield* jsonlArticles(text, origin.where);
      return;
    case 'feed':
      yield* feedArticles(text, origin.where, (url) => readUrl(url, opts, true));
      return;
    case 'html':
      yield* htmlArticle(text, origin);
      return;
    default:
      yield* textArticle(text, sourceOf(origin, origin.kind));
  }
}

/** An http(s) URL → its articles; a failure (unreachable, slow, 404, too large, wrong type) is one error naming the URL. */
export async function* readUrl(url: string, opts: IngestOptions, pageOnly = false): AsyncGenerator<IngestItem> {
  let got;
  try {
    got = await fetchBytes(url, opts);
  } catch (e) {
    if (!(e instanceof FetchError)) throw e;
    yield failure(url, e.message);
    return;
  }
  if (!readableMediaType(got.contentType)) {
    yield failure(url, `content type ${got.contentType} is not HTML, a feed or text`);
    return;
  }
  yield* readBytes(got.bytes, { where: url, kind: 'url', mediaType: got.contentType, charset: got.charset, url: got.url, pageOnly }, opts);
}

function* htmlArticle(html: string, origin: Origin): Generator<IngestItem> {
  let page;
  try {
    page = extractHtml(html);
  } catch (e) {
    if (!(e instanceof HtmlError)) throw e;
    yield failure(origin.where, e.message);
    return;
  }
  if (!page.date) for (const reason of page.dateErrors) yield warning(origin.where, reason);
  const source = sourceOf(origin, origin.kind === 'url' ? 'url' : 'html');
  source.outlet = page.outlet;
  source.url ??= page.url;
  yield { ok: true, raw: { source, title: page.title, body: page.body, date: page.date, declaredLanguage: primaryLanguage(page.lang) } };
}

function sourceOf(origin: Origin, kind: Source['kind']): Source {
  const name = origin.kind === 'url' ? nameOfUrl(origin.where) : origin.where === '-' ? 'stdin' : basename(origin.where, extname(origin.where));
  const source: Source = { kind, uri: origin.where, name, outlet: null };
  if (origin.url) source.url = origin.url;
  return source;
}

/** A URL's last path segment without extension (`…/2023/11/vucic-brisel.html` → `vucic-brisel`), else its host. */
function nameOfUrl(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop();
  return last ? basename(last, extname(last)) : u.host;
}
