import type { ArticleDate } from '../../model/index.js';
import { key, type CompiledTime } from './compile.js';
import { type Anchor, addDays, currentYear, formatAnchor, isoWeekday, parseAnchor, utc, validDay, ymd } from './calendar.js';
import { bestYears, scoreOf, type YearEvidence, type YearRange } from './offices.js';
import { readFields, readYear } from './resolve.js';
import type { TimeMention } from './tag.js';

/**
 * Dating an article. Documented choices:
 * - A header (or metadata) date is kept with its precision. When the text pins a day inside a
 *   partial header (`2023-11` + `(22 листопада)` with `у середу`), the date is refined
 *   (source `inferred`). When strong text evidence (a dateline, a weekday-pinned date) contradicts
 *   the header, the header is kept and the evidence says `conflict: …`, never silently.
 * - Without a header: a dateline at the start of the text (`BRUSELJ, 12. februara (Tanjug)`);
 *   else a day-month named with a weekday fixes the year among the plausible ones (from the latest
 *   year the text reports, to the current year); else the latest date the text reports outside a
 *   future clause, in the latest year it reports; else that year alone. A text that looks back on
 *   a year (`izvještaj za 2023. godinu`) is written in a later year, and that year is its focus.
 * - Without a header, offices the knowledge base knows narrow the years (offices.ts): a person
 *   named with a title of theirs (`premijerka Ana Brnabić`) writes the article inside that term.
 *   The year is then the latest year the text reports inside those years; when the text reports
 *   only earlier years or none, the likeliest year of the term (the middle of the years most
 *   evidence covers). A weekday and day-month are placed in a year inside the term.
 * - Years after the current year, or before 1900, are never article years.
 */
export interface Dating {
  date: ArticleDate | null;
  /** The year the text talks about, when it says so: day-months and bare months fall in it. */
  focusYear: number | null;
}

interface Pinned {
  anchor: Anchor;
  why: string;
  /** Whether the text states the date outright (a dateline) rather than it being reasoned. */
  stated: boolean;
}

export const MIN_YEAR = 1900;
const DATELINE_REACH = 160;

export function focusYearOf(text: string, c: CompiledTime): number | null {
  if (!c.reportFor) return null;
  c.reportFor.lastIndex = 0;
  const m = c.reportFor.exec(text);
  const y = m?.groups?.year ? readYear(m.groups.year) : undefined;
  return y ?? null;
}

/** A day-month at the very start of the text after a place name and a comma: `BRUSELJ, 12. februara`. */
function dateline(text: string, mentions: TimeMention[], c: CompiledTime): { y?: number; m: number; d: number; text: string } | null {
  for (const m of mentions) {
    if (m.start > DATELINE_REACH) break;
    if (m.norm !== 'date') continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const before = text.slice(lineStart, m.start);
    if (!/^[\p{Lu}][\p{L}\p{M} .\-]{1,40},\s*$/u.test(before) || lineStart > DATELINE_REACH) continue;
    const f = readFields(m, c);
    if (f.day && f.month) return { y: f.year, m: f.month, d: f.day, text: text.slice(lineStart, m.end) };
  }
  return null;
}

export function dateArticle(text: string, mentions: TimeMention[], c: CompiledTime, header: ArticleDate | null, offices: YearEvidence[] = []): Dating {
  const upper = currentYear();
  const focusYear = focusYearOf(text, c);
  const fields = mentions.map((m) => ({ m, f: readFields(m, c) }));
  const plausible = (y: number | undefined): y is number => y !== undefined && y >= MIN_YEAR && y <= upper;

  // The years the text reports outside a future clause, and the latest of them.
  const reported = new Set<number>();
  for (const { m, f } of fields) {
    if (m.tense > 0) continue;
    for (const y of [f.year, m.norm === 'yearRange' ? f.year2 : undefined]) if (plausible(y)) reported.add(y);
  }
  if (focusYear && focusYear + 1 <= upper) reported.add(focusYear + 1);
  let latestYear = reported.size ? Math.max(...reported) : undefined;
  const range = header ? null : bestYears(offices);

  const pinned = pin(text, mentions, fields, c, latestYear, upper, range);

  if (header) {
    const h = parseAnchor(header.value);
    if (!pinned || !h) return { date: header, focusYear };
    const p = pinned.anchor;
    const inside = p.y === h.y && (h.m === undefined || p.m === h.m) && (h.d === undefined || p.d === h.d);
    if (inside && header.precision !== 'day') {
      return { date: { value: formatAnchor(p), precision: 'day', source: 'inferred', evidence: `header ${header.value} refined: ${pinned.why}` }, focusYear };
    }
    const near = h.d !== undefined && p.d !== undefined && Math.abs(utc(p.y, p.m!, p.d).getTime() - utc(h.y, h.m!, h.d).getTime()) <= 3 * 86_400_000;
    if (inside || near) return { date: header, focusYear };
    return { date: { ...header, evidence: `${header.evidence ?? header.source}; conflict: ${pinned.why} (${formatAnchor(p)})` }, focusYear };
  }

  if (pinned) {
    return { date: { value: formatAnchor(pinned.anchor), precision: 'day', source: pinned.stated ? 'text' : 'inferred', evidence: pinned.why }, focusYear };
  }
  let officeWhy: string | null = null;
  if (range) {
    const chosen = yearWithin(range, reported, latestYear, offices);
    if (chosen !== latestYear) officeWhy = `offices ${range.from}–${range.to}: ${range.why}`;
    else if (latestYear !== undefined) officeWhy = `offices agree (${range.from}–${range.to}): ${range.why}`;
    latestYear = chosen;
  }
  if (latestYear === undefined) return { date: null, focusYear };
  const why = (s: string) => (officeWhy ? `${s}; ${officeWhy}` : s);

  // The latest date reported in the latest year (not in a future clause).
  let best: { a: Anchor; text: string } | null = null;
  const later = (a: Anchor, b: Anchor | undefined) => !b || a.y * 10000 + (a.m ?? 0) * 100 + (a.d ?? 0) > b.y * 10000 + (b.m ?? 0) * 100 + (b.d ?? 0);
  for (const { m, f } of fields) {
    if (m.tense > 0 || m.norm !== 'date' || f.month === undefined || f.month > 12) continue;
    const y: number | undefined = f.year ?? (focusYear ? undefined : latestYear);
    if (y !== latestYear) continue;
    const a: Anchor = f.day !== undefined && validDay(y, f.month, f.day) ? { y, m: f.month, d: f.day } : { y, m: f.month };
    if (later(a, best?.a)) best = { a, text: m.text };
  }
  if (best) {
    const precision = best.a.d !== undefined ? 'day' : 'month';
    return { date: { value: formatAnchor(best.a), precision, source: 'inferred', evidence: why(`latest date reported: ${best.text}`) }, focusYear };
  }
  const yearWhy = focusYear && latestYear === focusYear + 1 ? `looks back on ${focusYear}` : reported.has(latestYear) ? `latest year reported: ${latestYear}` : `year ${latestYear}`;
  return { date: { value: String(latestYear), precision: 'year', source: 'inferred', evidence: why(yearWhy) }, focusYear };
}

/**
 * The article year given the years office evidence allows: the latest reported year inside them;
 * a reported year the evidence does not contradict as much as it backs the range; else the
 * range's edge nearest to what the text reports.
 */
function yearWithin(range: YearRange, reported: Set<number>, latest: number | undefined, offices: YearEvidence[]): number {
  const inside = [...reported].filter((y) => y >= range.from && y <= range.to);
  if (inside.length) return Math.max(...inside);
  if (latest !== undefined && latest > range.to) return range.strong && scoreOf(offices, latest) < range.score / 2 ? range.to : latest;
  // Only earlier years reported (`the 2016 referendum`), or none: the likeliest year of the range.
  return range.best;
}

/** A weekday word inside a date mention (`во вторник, 13 ноября`), when its rule does not capture it. */
function ownWeekday(m: TimeMention, c: CompiledTime): number | undefined {
  for (const w of m.text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const d = c.lookup.weekdays.get(key(w));
    if (d !== undefined) return d;
  }
  return undefined;
}

/** A day the text pins: a dateline, or a day-month whose weekday the text names and only one plausible year fits. */
function pin(
  text: string,
  mentions: TimeMention[],
  fields: { m: TimeMention; f: ReturnType<typeof readFields> }[],
  c: CompiledTime,
  latestYear: number | undefined,
  upper: number,
  range: YearRange | null,
): Pinned | null {
  const dl = dateline(text, mentions, c);
  if (dl) {
    const y = dl.y ?? latestYear;
    if (y && validDay(y, dl.m, dl.d)) return { anchor: { y, m: dl.m, d: dl.d }, why: `dateline: ${dl.text}`, stated: dl.y !== undefined };
  }
  const weekdays = new Map<number, TimeMention>();
  for (const { m, f } of fields) if (m.norm === 'weekday' && f.weekday && f.dir === undefined) weekdays.set(f.weekday, m);
  const from = latestYear ?? (range ? Math.min(range.from, upper - 10) : upper - 10);
  for (const { m, f } of fields) {
    if (m.norm !== 'date' || f.year !== undefined || !f.day || !f.month) continue;
    // A weekday written with the date (`во вторник, 13 ноября`), else one named elsewhere.
    const own = f.weekday ?? ownWeekday(m, c);
    if (own === undefined && weekdays.size === 0) continue;
    let fits: { y: number; w: TimeMention }[] = [];
    for (let y = from; y <= upper; y++) {
      if (!validDay(y, f.month, f.day)) continue;
      const wd = isoWeekday(utc(y, f.month, f.day));
      const w = own !== undefined ? (own === wd ? m : undefined) : weekdays.get(wd);
      if (w) fits.push({ y, w });
    }
    // The years a titled office holder allows; several years fit: the one inside the office years.
    if (range && (range.strong || fits.length > 1)) fits = fits.filter((x) => x.y >= range.from && x.y <= range.to);
    if (fits.length !== 1) continue;
    const { y, w } = fits[0]!;
    const day = utc(y, f.month, f.day);
    // Announced ahead (`у середу проведе`): the article comes the day before.
    const at = w.tense > 0 || m.tense > 0 ? addDays(day, -1) : day;
    const anchor = parseAnchor(ymd(at))!;
    const inRange = range ? `; offices ${range.from}–${range.to}: ${range.why}` : '';
    return { anchor, why: `${w.text} + ${m.text}: only ${y} fits (from ${from}${inRange})`, stated: false };
  }
  return null;
}
