import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleDate } from '../model/index.js';
import { metadataDate } from './dates.js';

/** What an HTML page says about its article: main text (one paragraph a line) and metadata. */
export interface HtmlExtract {
  title: string | null;
  body: string;
  date: ArticleDate | null;
  /** One-line reasons for dates the page states but that are not dates. */
  dateErrors: string[];
  outlet: string | null;
  /** `<html lang>` (or Content-Language meta), a hint for language identification. */
  lang: string | null;
  /** The page's canonical URL when it names one. */
  url: string | null;
}

export class HtmlError extends Error {}

/** The little of the DOM this module walks (linkedom's nodes; the project has no DOM typings). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  parentElement: DomElement | null;
  isConnected: boolean;
  remove(): void;
}
interface DomQueryable {
  querySelectorAll(selector: string): Iterable<DomElement>;
}

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
const BYLINE = '[rel="author"], [itemprop="author"], .byline, .author, .article-author, .article__author, address';
const BYLINE_MAX = 120;

/**
 * An HTML page → its article. The main text comes from Mozilla Readability on a linkedom DOM;
 * block elements become lines, so paragraphs are kept. Bylines (`rel=author`, `itemprop=author`,
 * `.byline`, `.author`, and the byline Readability reports) are removed. The date comes from
 * `article:published_time` (or other published-date metas), JSON-LD `datePublished`, or the first
 * `<time datetime>`, in that order; the outlet from `og:site_name` or JSON-LD `publisher.name`.
 * Broken markup is parsed leniently; a page with no text at all is an HtmlError.
 */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document);
  const lang = document.documentElement?.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language" i]');
  const outlet = meta('meta[property="og:site_name"]') ?? ld.publisher;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');

  const dateErrors: string[] = [];
  let date: ArticleDate | null = null;
  const candidates: [string | null, string][] = [
    [meta('meta[property="article:published_time"]'), 'meta:article:published_time'],
    [meta('meta[itemprop="datePublished"]'), 'meta:datePublished'],
    [meta('meta[name="pubdate"]') ?? meta('meta[name="publish-date"]') ?? meta('meta[name="date"]'), 'meta:date'],
    [ld.datePublished, 'json-ld:datePublished'],
    [document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null, 'time[datetime]'],
  ];
  for (const [value, evidence] of candidates) {
    if (!value) continue;
    const r = metadataDate(value, evidence);
    if ('date' in r) {
      date = r.date;
      break;
    }
    dateErrors.push(r.error);
  }

  const h1s = document.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? tidy(h1s[0]!.textContent ?? '') : '';
  const ogTitle = meta('meta[property="og:title"]');

  for (const el of [...document.querySelectorAll(BYLINE)]) removeByline(el);
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  let lines: string[] = [];
  if (parsed?.content) lines = textLines(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  if (!lines.length && document.body) lines = textLines(document.body);
  const title = ogTitle || h1 || (parsed?.title ? tidy(parsed.title) : null) || tidy(document.querySelector('title')?.textContent ?? '') || null;
  const byline = parsed?.byline ? tidy(parsed.byline) : null;
  lines = lines.filter((l) => l !== byline);
  if (lines.length && title && lines[0] === title) lines.shift();
  if (!lines.length) throw new HtmlError('no article text found in the HTML');
  return { title, body: lines.join('\n'), date, dateErrors, outlet, lang: lang || null, url: url || null };
}

/** Remove a byline element together with its short wrapper (`<p>By <a rel=author>…</a></p>`). */
function removeByline(el: DomElement): void {
  if (!el.isConnected || (el.textContent ?? '').length > BYLINE_MAX) return;
  let top: DomElement = el;
  for (let p = el.parentElement; p && p.tagName !== 'BODY' && (p.textContent ?? '').trim().length <= BYLINE_MAX; p = p.parentElement) top = p;
  top.remove();
}

/** The text of a DOM subtree, one line per block element, whitespace folded within lines. */
function textLines(root: DomElement | null): string[] {
  if (!root) return [];
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = tidy(cur);
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as DomElement).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `datePublished` and the publisher's name from the page's JSON-LD blocks (objects, arrays, `@graph`). */
function jsonLd(document: DomQueryable): { datePublished: string | null; publisher: string | null } {
  const out = { datePublished: null as string | null, publisher: null as string | null };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (!out.datePublished && typeof o.datePublished === 'string') out.datePublished = o.datePublished;
    const pub = o.publisher as Record<string, unknown> | undefined;
    if (!out.publisher && pub && typeof pub.name === 'string') out.publisher = pub.name;
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // a broken JSON-LD block says nothing: other sources of the date remain
    }
  }
  return out;
}

/** A page's declared language tag (`sr-Latn`, `en_US`) → its primary language subtag, or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}
