import type { ArticleDate } from '../model/index.js';
import { parseIsoDate } from './seed.js';

const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DateResult = { date: ArticleDate } | { error: string };

/**
 * A date a source states about an article (JSON Lines `date`, HTML meta, a feed's `pubDate`):
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO date-time, an RFC 822 date (`Tue, 21 Nov 2023 14:30:00 +0100`),
 * `YYYY/MM/DD` or the region's day-first `DD.MM.YYYY.` (either with an optional time).
 * The calendar date is taken as written, in the publisher's own time zone, not moved to UTC.
 * `evidence` names where the value came from (`jsonl:date`, `meta:article:published_time`, …).
 */
export function metadataDate(raw: string, evidence: string): DateResult {
  const value = raw.trim();
  const iso = ISO_DATETIME.exec(value);
  const plain = parseIsoDate(iso ? iso[1]! : value);
  if (plain) return { date: { ...plain, source: 'metadata', evidence } };
  const rfc = RFC822.exec(value);
  if (rfc) {
    const mo = MONTHS.indexOf(rfc[2]!.toLowerCase());
    const day = parseIsoDate(`${rfc[3]}-${String(mo + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`);
    if (mo >= 0 && day) return { date: { ...day, source: 'metadata', evidence } };
  }
  const numeric = SLASHED.exec(value) ?? DOTTED.exec(value);
  if (numeric) {
    const [y, m, d] = numeric[0].includes('/') ? [numeric[1]!, numeric[2]!, numeric[3]!] : [numeric[3]!, numeric[2]!, numeric[1]!];
    const day = parseIsoDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    if (day) return { date: { ...day, source: 'metadata', evidence } };
  }
  return { error: `${evidence} '${value.length > 40 ? value.slice(0, 40) + '…' : value}' is not a date (ISO date or date-time, RFC 822, YYYY/MM/DD or DD.MM.YYYY)` };
}
