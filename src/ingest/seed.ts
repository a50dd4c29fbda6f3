import type { ArticleDate } from '../model/index.js';
import { looksLikeHeadline } from './headline.js';

export interface SeedHeader {
  date: ArticleDate | null;
  /** Set when the header's date could not be read: the reason, for a one-line warning. */
  dateError: string | null;
  title: string | null;
  /** The body: the rest of the file, with REST kept as its first paragraph when REST is not a headline. */
  body: string;
}

const HEADER = /^ ?date (\S+)(?: (.*))?$/;

/** A real calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (1900..2100), with its precision. */
export function parseIsoDate(value: string): { value: string; precision: 'year' | 'month' | 'day' } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return null;
  if (!m[2]) return { value, precision: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { value, precision: 'month' };
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || d < 1) return null;
  return { value, precision: 'day' };
}

/**
 * The seed format: a first line ` date YYYY[-MM[-DD]] REST`. Returns null when the text has no
 * such line. REST becomes the title when it reads like a headline, else it stays as the body's
 * first paragraph.
 */
export function parseSeedHeader(text: string): SeedHeader | null {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, '');
  const m = HEADER.exec(first);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  const after = nl < 0 ? '' : text.slice(nl + 1);
  const parsed = parseIsoDate(m[1]!);
  const date: ArticleDate | null = parsed ? { ...parsed, source: 'header', evidence: 'header' } : null;
  const dateError = parsed ? null : `date header '${m[1]}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  if (rest && looksLikeHeadline(rest)) return { date, dateError, title: rest, body: after };
  return { date, dateError, title: null, body: rest ? `${rest}\n${after}` : after };
}

/** A plain text file: its first line is the title when it reads like a headline and more text follows. */
export function splitPlainTitle(text: string): { title: string | null; body: string } {
  const trimmed = text.replace(/^\s*\n/, '');
  const nl = trimmed.indexOf('\n');
  if (nl < 0) return { title: null, body: text };
  const first = trimmed.slice(0, nl).trim();
  const rest = trimmed.slice(nl + 1);
  if (rest.trim() && looksLikeHeadline(first)) return { title: first, body: rest };
  return { title: null, body: text };
}
