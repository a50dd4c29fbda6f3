import type { ArticleDate } from '../../model/index.js';
import type { DatingCues } from '../../lang/types/dating.js';
import type { CompiledTime } from './compile.js';
import { type Anchor, addDays, currentYear, formatAnchor, isoWeekday, parseAnchor, utc, validDay, ymd } from './calendar.js';
import { dayInYear } from './dating-day.js';
import { stampOf } from './dating-stamp.js';
import { chooseYear, compileCues, ownWeekday, type YearChoice, yearClues } from './dating-years.js';
import { officeSummary, scoreOf, type YearEvidence } from './offices.js';
import { type Fields, readFields, readYear } from './resolve.js';
import type { TimeMention } from './tag.js';

/**
 * Dating an article. Documented choices:
 * - A header (or metadata) date is kept with its precision. When the text pins a day inside a
 *   partial header (`2023-11` + `(22 листопада)` with `у середу`), the date is refined
 *   (source `inferred`). When strong text evidence (a dateline, a weekday-pinned date) contradicts
 *   the header, the header is kept and the evidence says `conflict: …`, never silently.
 * - Without a header, the year first (dating-years.ts): every year the text names is weighed by
 *   how its clause names it (reported, untensed, planned, a deadline, a start, an anniversary, a
 *   report on a year), together with the offices the knowledge base knows for the people it names
 *   with their titles (offices.ts); the best-scoring year wins. Nothing named and no office: no date.
 * - Then the day, when the text states or pins one: a dateline (`BRUSELJ, 12. februara (Tanjug)`),
 *   a publication stamp copied with the page (dating-stamp.ts; both source `text` when they carry
 *   their year), or a day-month on a weekday the text names, in the likeliest year it falls on.
 * - Else the month inside the year (dating-day.ts): a day of that year the text reports, else the
 *   next one it plans, else a bare month; else the year alone. Precision says which, source is
 *   `inferred`, and the evidence names the clues (`weak, offices only:` when only untitled people
 *   back the year).
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

function focusYearOf(text: string, c: CompiledTime): number | null {
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

export function dateArticle(
  text: string,
  mentions: TimeMention[],
  c: CompiledTime,
  header: ArticleDate | null,
  offices: YearEvidence[] = [],
  cues: DatingCues | null = null,
): Dating {
  const upper = currentYear();
  const focusYear = focusYearOf(text, c);
  const fields = mentions.map((m) => readFields(m, c));
  const clues = yearClues(text, mentions, fields, c, cues, focusYear, MIN_YEAR, upper);
  const office = header ? null : officeSummary(offices);
  const choice = chooseYear(clues, office, MIN_YEAR, upper);
  const cc = cues ? compileCues(cues) : null;

  const pinned = pin(text, mentions, fields, c, choice, upper);

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
  if (!choice) return { date: null, focusYear };
  const year = choice.year;
  const officeWhy = office && scoreOf(office.evidence, year) > 0 ? `; offices: ${office.why}` : '';
  const why = (s: string) => `${s}${officeWhy}`;

  const day = dayInYear(text, mentions, fields, cc, year, focusYear);
  if (day) {
    return { date: { value: formatAnchor(day.anchor), precision: day.precision, source: 'inferred', evidence: why(`${day.why}; year ${year} (${choice.why})`) }, focusYear };
  }
  const strength = choice.stated ? '' : office?.strong ? 'offices: ' : 'weak, offices only: ';
  return { date: { value: String(year), precision: 'year', source: 'inferred', evidence: why(`${strength}year ${year} (${choice.why})`) }, focusYear };
}

/** How far below the best year's score a year a weekday and day-month fall on may be and still win. */
const WEEKDAY_SLACK = 1;

/**
 * A day the text pins: a dateline, or a day-month on the weekday the text names. The day-month
 * with its weekday fits only some years: the best-scoring of them (see dating-years.ts) when it
 * scores near the best year; with no other evidence, the only year of the last ten that fits.
 */
function pin(text: string, mentions: TimeMention[], fields: Fields[], c: CompiledTime, choice: YearChoice | null, upper: number): Pinned | null {
  const dl = dateline(text, mentions, c);
  if (dl) {
    const y = dl.y ?? choice?.year;
    if (y && validDay(y, dl.m, dl.d)) return { anchor: { y, m: dl.m, d: dl.d }, why: `dateline: ${dl.text}`, stated: dl.y !== undefined };
  }
  const stamp = stampOf(text, mentions, fields);
  if (stamp) {
    const y = stamp.y ?? choice?.year;
    if (y && validDay(y, stamp.m, stamp.d)) return { anchor: { y, m: stamp.m, d: stamp.d }, why: `publication stamp: ${stamp.text}`, stated: stamp.y !== undefined };
  }
  const weekdays = new Map<number, TimeMention>();
  mentions.forEach((m, i) => {
    const f = fields[i]!;
    if (m.norm === 'weekday' && f.weekday && f.dir === undefined) weekdays.set(f.weekday, m);
  });
  const from = choice ? MIN_YEAR : upper - 10;
  for (const [i, m] of mentions.entries()) {
    const f = fields[i]!;
    if (m.norm !== 'date' || f.year !== undefined || !f.day || !f.month) continue;
    // A weekday written with the date (`во вторник, 13 ноября`), else one named elsewhere.
    const own = f.weekday ?? ownWeekday(m, c);
    if (own === undefined && weekdays.size === 0) continue;
    const fits: { y: number; w: TimeMention; s: number }[] = [];
    for (let y = from; y <= upper; y++) {
      if (!validDay(y, f.month, f.day)) continue;
      const wd = isoWeekday(utc(y, f.month, f.day));
      const w = own !== undefined ? (own === wd ? m : undefined) : weekdays.get(wd);
      const s = choice ? choice.score(y) : 0;
      if (w && (!choice || s >= choice.top - WEEKDAY_SLACK)) fits.push({ y, w, s });
    }
    if (!fits.length || (!choice && fits.length > 1)) continue;
    const { y, w } = fits.reduce((a, b) => (b.s > a.s ? b : a));
    const day = utc(y, f.month, f.day);
    // Announced ahead (`у середу проведе`): the article comes the day before.
    const at = w.tense > 0 || m.tense > 0 ? addDays(day, -1) : day;
    const anchor = parseAnchor(ymd(at))!;
    const where = choice ? `the likeliest year it falls on is ${y}${y === choice.year ? '' : ` (rather than ${choice.year})`}` : `only ${y} of the last ten years fits`;
    return { anchor, why: `${w.text} + ${m.text}: ${where}`, stated: false };
  }
  return null;
}
