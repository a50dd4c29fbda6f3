import type { TimeKind } from '../../model/index.js';
import type { CompiledTime } from './compile.js';
import { key } from './compile.js';
import {
  type Anchor,
  addDays,
  addMonths,
  anchorDate,
  currentYear,
  formatAnchor,
  isoWeek,
  isoWeekday,
  monthValue,
  parseAnchor,
  roman,
  utc,
  validDay,
  ymd,
} from './calendar.js';
import type { TimeMention } from './tag.js';

export interface ResolveContext {
  /** The article's date the relative expressions are resolved against. */
  anchor: Anchor | null;
  /** The year the text talks about (`izvještaj za 2023. godinu`): bare months and day-months fall in it. */
  focusYear: number | null;
  /** The calendar value of the last date before the mention (`2023-05-12`, `2023`): what `того ж дня` refers to. */
  previous?: string | null;
}

/** A value that names a calendar date, month or year (`2023-05-12`, `2023-05`, `2023`): what an anaphor can refer to. */
const isCalendarValue = (value: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);

export interface Resolved {
  value: string;
  kind: TimeKind;
}

/** Parsed fields of a mention (numbers, months, weekdays looked up in the language's tables). */
export interface Fields {
  day?: number;
  month?: number;
  year?: number;
  year2?: number;
  weekday?: number;
  num?: number;
  unit?: string;
  dir?: number;
  dayword?: number;
  season?: string;
  /** A vague number (`кілька`, `nekoliko`). */
  few?: boolean;
}

/**
 * A two-digit year: documented choice, a pivot at the current year + 5 (`23` → 2023, `98` → 1998).
 * Four-digit years outside 1000..2199 are not years.
 */
export function readYear(s: string): number | undefined {
  const digits = s.replace(/\D/g, '');
  if (digits.length === 2) {
    const n = Number(digits);
    return n <= (currentYear() % 100) + 5 ? 2000 + n : 1900 + n;
  }
  if (digits.length !== 4) return undefined;
  const n = Number(digits);
  return n >= 1000 && n < 2200 ? n : undefined;
}

const lookupNumber = (s: string, c: CompiledTime) => (/^\d+$/.test(s) ? Number(s) : c.lookup.numbers.get(key(s)));

function lookupMonth(s: string, c: CompiledTime): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const k = key(s);
  return c.lookup.months.get(k) ?? c.lookup.months.get(k.replace(/\.$/, ''));
}

export function readFields(m: TimeMention, c: CompiledTime): Fields {
  const g = m.groups;
  const f: Fields = {};
  if (g.day) f.day = Number(g.day);
  if (g.month) f.month = lookupMonth(g.month, c);
  if (g.year) f.year = readYear(g.year);
  if (g.year2) f.year2 = g.year2.replace(/\D/g, '').length === 2 && f.year ? Math.floor(f.year / 100) * 100 + Number(g.year2.replace(/\D/g, '')) : readYear(g.year2);
  if (g.weekday) f.weekday = c.lookup.weekdays.get(key(g.weekday));
  if (g.num) f.num = lookupNumber(g.num, c);
  if (g.unit) f.unit = c.lookup.units.get(key(g.unit));
  if (g.dir) f.dir = c.lookup.directions.get(key(g.dir)) ?? c.lookup.shiftWords.get(key(g.dir));
  if (g.yearAdv) {
    f.dir = c.lookup.yearAdverbs.get(key(g.yearAdv));
    f.unit = 'Y';
  }
  if (g.few) f.few = true;
  if (g.dayword) f.dayword = c.lookup.days.get(key(g.dayword));
  if (g.season) f.season = c.lookup.seasons.get(key(g.season));
  return f;
}

const SAME_SEASON_DAYS = 31;

/**
 * The year of a day-month or month given without one: the focus year when the text has one, else
 * the anchor's year, moved back a year when a past clause names a later month than the anchor's
 * and forward when a future clause names an earlier one.
 */
function contextYear(month: number, day: number | undefined, m: TimeMention, ctx: ResolveContext): number | undefined {
  if (ctx.focusYear) return ctx.focusYear;
  const a = ctx.anchor;
  if (!a) return undefined;
  if (a.m === undefined) return a.y;
  // Days from the anchor to the date in the anchor's year; within a month either way the tense of
  // the clause does not move the year (`raspisani su za 17. decembar`: called in the past, for a later day).
  const gap = (utc(a.y, month, day ?? 1).getTime() - utc(a.y, a.m, day === undefined ? 1 : (a.d ?? 1)).getTime()) / 86_400_000;
  if (m.tense < 0 && gap > SAME_SEASON_DAYS) return a.y - 1;
  if (m.tense > 0 && gap < -SAME_SEASON_DAYS) return a.y + 1;
  return a.y;
}

const SEASONS = ['SP', 'SU', 'FA', 'WI'];

/**
 * The year of a season named with a direction (`минулого літа`, `этой зимой`): the last such
 * season before the anchor's, the next one after it, or this one: the one of the anchor's year,
 * unless the clause's tense says it is already over (`этой зимой пыталась`, said in June: the
 * winter before) or still to come. A winter belongs to the year it starts in (January and
 * February are the winter of the year before).
 */
function seasonYear(season: string, dir: number, tense: number, a: Anchor): number {
  const month = a.m ?? 7;
  const y = month <= 2 ? a.y - 1 : a.y;
  const now = month <= 2 || month === 12 ? 3 : Math.floor((month - 3) / 3);
  const target = SEASONS.indexOf(season);
  if (dir < 0) return target < now ? y : y - 1;
  if (dir > 0) return target > now ? y : y + 1;
  if (tense < 0 && target > now) return y - 1;
  if (tense > 0 && target < now) return y + 1;
  return y;
}

const UNIT_DURATION: Record<string, (n: number) => string> = {
  Y: (n) => `P${n}Y`,
  Q: (n) => `P${3 * n}M`,
  M: (n) => `P${n}M`,
  W: (n) => `P${n}W`,
  D: (n) => `P${n}D`,
  H: (n) => `PT${n}H`,
  DE: (n) => `P${10 * n}Y`,
  CE: (n) => `P${100 * n}Y`,
};

/** A duration of a vague number of units (`кілька місяців`): TIMEX3's `X` for the number. */
const VAGUE_DURATION: Record<string, string> = { Y: 'PXY', Q: 'PXM', M: 'PXM', W: 'PXW', D: 'PXD', H: 'PTXH', DE: 'PXDE', CE: 'PXCE' };

/** Anchor shifted by n units, at the unit's granularity (`2023-W45`, `2023-09`, `2021`). */
function shift(a: Anchor | null, unit: string | undefined, n: number): string | null {
  if (!a || !unit) return null;
  if (unit === 'Y') return String(a.y + n);
  if (unit === 'DE' || unit === 'CE') return null;
  if (unit === 'M' || unit === 'Q') {
    if (a.m === undefined) return null;
    const s = addMonths(a.y, a.m, unit === 'Q' ? 3 * n : n);
    return monthValue(s.y, s.m);
  }
  const d = anchorDate(a);
  if (!d) return null;
  if (unit === 'W') return isoWeek(addDays(d, 7 * n));
  if (unit === 'D') return ymd(addDays(d, n));
  return null;
}

/** The date of a weekday: by its direction word, else by the tense of its clause, else in the anchor's week. */
function weekdayValue(weekday: number, dir: number | undefined, tense: number, a: Anchor | null): string {
  const d = a ? anchorDate(a) : null;
  if (!d) return `XXXX-WXX-${weekday}`;
  const wd = isoWeekday(d);
  if (dir === -1 || dir === 1) return ymd(addDays(d, weekday - wd + 7 * dir));
  if (dir === undefined && tense < 0) return ymd(addDays(d, -((wd - weekday + 7) % 7)));
  if (dir === undefined && tense > 0) return ymd(addDays(d, (weekday - wd + 7) % 7));
  return ymd(addDays(d, weekday - wd));
}

function dateValue(f: Fields, m: TimeMention, ctx: ResolveContext): string | null {
  if (f.month === undefined || f.month < 1 || f.month > 12) return f.year ? String(f.year) : null;
  // `у березні минулого року`: the year is the anchor's, moved by the direction.
  const y = f.year ?? (f.dir !== undefined && ctx.anchor ? ctx.anchor.y + f.dir : contextYear(f.month, f.day, m, ctx));
  if (y === undefined) return f.day ? `XXXX-${monthValue(0, f.month).slice(2)}-${String(f.day).padStart(2, '0')}` : null;
  // An impossible day (`31. februar`) keeps what is sure: the month.
  if (f.day === undefined || !validDay(y, f.month, f.day)) return monthValue(y, f.month);
  return ymd(utc(y, f.month, f.day));
}

/** A mention's value against the context, or null when it cannot be given. */
export function resolveMention(m: TimeMention, c: CompiledTime, ctx: ResolveContext): Resolved | null {
  const f = readFields(m, c);
  const a = ctx.anchor;
  const date = (value: string | null): Resolved | null => (value ? { value, kind: 'date' } : null);
  switch (m.norm) {
    case 'date':
      return date(dateValue(f, m, ctx));
    case 'year':
      return date(f.year ? String(f.year) : null);
    case 'yearRange':
      return date(f.year && f.year2 && f.year2 >= f.year ? `${f.year}/${f.year2}` : null);
    case 'decade': {
      const digits = (m.groups.decade ?? '').replace(/\D/g, '');
      if (digits.length === 4) return date(digits.slice(0, 3));
      if (digits.length !== 2) return null;
      const n = Number(digits);
      const century = n <= Math.floor((currentYear() % 100) / 10) * 10 ? 20 : 19;
      return date(`${century}${digits[0]}`);
    }
    case 'century': {
      const s = m.groups.century ?? '';
      const n = /^\d+$/.test(s) ? Number(s) : roman(s);
      return date(n >= 1 && n <= 30 ? String(n - 1).padStart(2, '0') : null);
    }
    case 'season': {
      const y = f.year ?? (f.dir !== undefined && a && f.season ? seasonYear(f.season, f.dir, m.tense, a) : (ctx.focusYear ?? a?.y));
      return date(y && f.season ? `${y}-${f.season}` : null);
    }
    case 'relDay': {
      if (!a || f.dayword === undefined) return null;
      const d = anchorDate(a);
      if (d) return date(ymd(addDays(d, f.dayword)));
      return date(f.dayword === 0 ? formatAnchor(a) : null);
    }
    case 'weekday':
      return f.weekday ? date(weekdayValue(f.weekday, f.dir, m.tense, a)) : null;
    case 'relUnit':
      return date(shift(a, f.unit, f.dir ?? 0));
    // `кілька років тому`: some years back, no one value.
    case 'ago':
      return f.few ? null : date(shift(a, f.unit, -(f.num ?? 1)));
    case 'later':
      return f.few ? null : date(shift(a, f.unit, f.num ?? 1));
    case 'duration': {
      if (f.few && f.unit) return { value: VAGUE_DURATION[f.unit] ?? 'PXY', kind: 'duration' };
      const mk = f.unit ? UNIT_DURATION[f.unit] : undefined;
      return mk ? { value: mk(f.num ?? 1), kind: 'duration' } : null;
    }
    case 'set': {
      const mk = f.unit ? UNIT_DURATION[f.unit] : undefined;
      return mk ? { value: mk(1), kind: 'set' } : null;
    }
    case 'anaphor':
      return date(shift(parseAnchor(ctx.previous) ?? a, f.unit, (f.dir ?? 0) * (f.num ?? 1)));
  }
}

/**
 * The values of a text's mentions in text order, each against the context; a date refers the
 * anaphors after it (`того ж дня`) to itself (ctx.previous).
 */
export function resolveInOrder(mentions: TimeMention[], compiledOf: (m: TimeMention) => CompiledTime, ctx: ResolveContext): (Resolved | null)[] {
  return mentions.map((m) => {
    const r = resolveMention(m, compiledOf(m), ctx);
    if (r?.kind === 'date' && isCalendarValue(r.value)) ctx.previous = r.value;
    return r;
  });
}
