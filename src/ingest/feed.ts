import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleDate, RawArticle, Source } from '../model/index.js';
import { metadataDate } from './dates.js';
import { isHttpUrl } from './fetch.js';
import { extractHtml, HtmlError, primaryLanguage } from './html.js';
import { failure, warning, type IngestItem } from './types.js';

export class FeedError extends Error {}

/** One item of an RSS (0.9x, 1.0/RDF, 2.0) or Atom feed, as the feed gives it. */
export interface FeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  /** Full content (`content:encoded`, Atom `content`), HTML unless `contentIsText`. */
  content: string | null;
  /** Atom `type="text"` content: plain text, not markup. */
  contentIsText?: boolean;
  /** A summary (`description`, Atom `summary`). */
  summary: string | null;
  /** The publication date as written, and which element said it. */
  date: { value: string; evidence: string } | null;
}

export interface Feed {
  title: string | null;
  lang: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Parse a feed; FeedError when the text is not well-formed XML or not RSS/Atom. */
export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError(`not an XML feed: ${xmlProblem(valid.err.msg, valid.err.line)}`);
  const doc = parser.parse(xml) as Record<string, any>;
  if (doc.rss) {
    const ch = doc.rss.channel ?? {};
    return { title: text(ch.title), lang: text(ch.language), items: (ch.item ?? []).map(rssItem) };
  }
  if (doc['rdf:RDF']) {
    const rdf = doc['rdf:RDF'];
    return { title: text(rdf.channel?.title), lang: text(rdf.channel?.['dc:language']), items: (rdf.item ?? []).map(rssItem) };
  }
  if (doc.feed) {
    const f = doc.feed;
    return { title: text(f.title), lang: text(f['@_xml:lang']), items: (f.entry ?? []).map(atomEntry) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  throw new FeedError(`XML but not an RSS or Atom feed (root element <${root ?? '?'}>)`);
}

/** fast-xml-parser's message, readable: the unclosed-elements list becomes `unclosed <rss>, <channel>`. */
function xmlProblem(msg: string, line: number): string {
  const open = /^Invalid '(\[[\s\S]*\])' found/.exec(msg);
  if (open) {
    try {
      return `unclosed ${(JSON.parse(open[1]!) as string[]).map((t) => `<${t}>`).join(', ')} at the end`;
    } catch {
      // fall through to the message as given
    }
  }
  return `${msg.replace(/\s+/g, ' ')} (line ${line})`;
}

function rssItem(it: Record<string, any>): FeedItem {
  const link = (it.link ?? []).map(text).find(Boolean) ?? null;
  const guid = text(it.guid);
  return {
    id: guid ?? link,
    title: text(it.title),
    link: link ?? (guid && isHttpUrl(guid) ? guid : null),
    content: text(it['content:encoded']),
    summary: text(it.description),
    date: firstDate(it, ['pubDate', 'dc:date']),
  };
}

function atomEntry(e: Record<string, any>): FeedItem {
  const links = (e.link ?? []) as Record<string, string>[];
  const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? null;
  return {
    id: text(e.id),
    title: text(e.title),
    link: alt?.['@_href'] ?? null,
    content: text(e.content),
    contentIsText: e.content?.['@_type'] === 'text',
    summary: text(e.summary),
    date: firstDate(e, ['published', 'updated', 'dc:date']),
  };
}

function firstDate(node: Record<string, any>, names: string[]): FeedItem['date'] {
  for (const n of names) {
    const v = text(node[n]);
    if (v) return { value: v, evidence: `feed:${n}` };
  }
  return null;
}

/** The text of a parsed XML node: a string, or an element's `#text` (attributes aside). */
function text(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if ('#text' in o) return text(o['#text']);
    if ('@_href' in o) return text(o['@_href']);
  }
  return null;
}

/** Reads an item's page (an http(s) URL) as an article: provided by the dispatcher. */
export type PageReader = (url: string) => AsyncGenerator<IngestItem>;

const LOOKAHEAD = 4;

/**
 * A feed → one article per item, in feed order. An item with full content is read from it; an
 * item with only a summary and an http(s) link has its page fetched and read as HTML (up to four
 * pages in flight); an item with neither text nor a fetchable link is an error naming the item.
 * The feed's title is the outlet; the item's title and date fill what the page leaves out.
 */
export async function* feedArticles(xml: string, where: string, readPage: PageReader): AsyncGenerator<IngestItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
    yield failure(where, e.message);
    return;
  }
  if (!feed.items.length) {
    yield failure(where, 'feed has no items');
    return;
  }
  const jobs = feed.items.map((item, i) => () => collect(itemArticles(item, i, feed, where, readPage)));
  const running: Promise<IngestItem[]>[] = jobs.slice(0, LOOKAHEAD).map((j) => j());
  for (let i = 0; i < jobs.length; i++) {
    if (i + LOOKAHEAD < jobs.length) running.push(jobs[i + LOOKAHEAD]!());
    yield* await running[i]!;
  }
}

async function collect(gen: AsyncGenerator<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

async function* itemArticles(item: FeedItem, i: number, feed: Feed, where: string, readPage: PageReader): AsyncGenerator<IngestItem> {
  const at = `${where}: item ${i + 1}${item.title ? ` '${item.title.slice(0, 60)}'` : ''}`;
  const source: Source = { kind: 'feed', uri: item.link ?? `${where}#${i + 1}`, name: item.id ?? item.link, outlet: feed.title, url: item.link };
  let date: ArticleDate | null = null;
  if (item.date) {
    const r = metadataDate(item.date.value, item.date.evidence);
    if ('date' in r) date = r.date;
    else yield warning(at, r.error);
  }
  const lang = primaryLanguage(feed.lang);
  const inline = item.content ?? (item.link && isHttpUrl(item.link) ? null : item.summary);
  if (inline && item.contentIsText && inline === item.content) {
    yield { ok: true, raw: { source, title: item.title, body: inline, date, declaredLanguage: lang } };
    return;
  }
  if (inline) {
    try {
      const page = extractHtml(inline);
      yield { ok: true, raw: { source, title: item.title ?? page.title, body: page.body, date: date ?? page.date, declaredLanguage: lang } };
    } catch (e) {
      if (!(e instanceof HtmlError)) throw e;
      yield failure(at, e.message);
    }
    return;
  }
  if (!item.link || !isHttpUrl(item.link)) {
    yield failure(at, 'item has no content and no http(s) link to fetch');
    return;
  }
  for await (const got of readPage(item.link)) {
    if (!got.ok) {
      yield got;
      continue;
    }
    const raw: RawArticle = {
      ...got.raw,
      source: { ...source, outlet: got.raw.source.outlet ?? source.outlet, url: got.raw.source.url ?? item.link },
      title: item.title ?? got.raw.title,
      date: got.raw.date ?? date,
      declaredLanguage: got.raw.declaredLanguage ?? lang,
    };
    yield { ok: true, raw };
  }
}
