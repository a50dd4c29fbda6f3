import type { DatingCues } from '../../lang/types/dating.js';
import { key, type CompiledTime } from './compile.js';
import { isoWeekday, utc, validDay } from './calendar.js';
import { type OfficeSummary, scoreOf } from './offices.js';
import type { Fields } from './resolve.js';
import type { TimeMention } from './tag.js';

/**
 * The year an article was written in, weighed from everything its text says about years.
 *
 * Each year the text names is a clue of one kind, read from its clause:
 * - `past`: reported in the past tense (`u martu 2018. je potpisan`): the article is in that year or
 *   not long after, never before;
 * - `open`: no tense to go by: most likely that year, else close to it on either side;
 * - `future`: planned or expected (`Britain will leave on 29 March 2019`, `до кінця 2022 року`): the
 *   article is in that year or the years just before;
 * - `until`: a limit (`до 2022 року`, `deri në vitin 2035`): mostly a deadline ahead, now and then a
 *   past one (`until 2010 he was minister`), so it leans to the years before without ruling out later;
 * - `since`: a start (`since 2010`, `od 2015.`): the article is some time after it;
 * - `anniversary`: a number of years from a year (`20 years since 1999`, `20. godišnjica … 1999.`):
 *   the article is in the year they add up to;
 * - `lookback`: a report on a year (`izvještaj za 2023. godinu`): the article is in the next one;
 * Every candidate year sums, per clue, a score that falls off with its distance from the clue's
 * year (shapes below), plus what the knowledge base's offices say (offices.ts: a year outside the
 * terms of the people the text names loses in proportion). The best-scoring year wins; the
 * evidence lists the clues that back it.
 */
export type ClueKind = 'past' | 'open' | 'future' | 'until' | 'since' | 'anniversary' | 'lookback';

export interface YearClue {
  year: number;
  kind: ClueKind;
  text: string;
  /** Offset in the text (the first mentions weigh a little more: the lead says what happened). */
  at: number;
}

export interface YearChoice {
  year: number;
  /** Whether the choice rests on a clue the text states (a year) rather than on offices alone. */
  stated: boolean;
  /** How far ahead of the runner-up the year is (its score minus the second best). */
  margin: number;
  /** The best score, and each candidate year's score (years outside the candidates: -Infinity). */
  top: number;
  score: (year: number) => number;
  why: string;
}

/**
 * Score of a year `d` years after a clue's year, per kind. The shapes follow how articles stand
 * to the years they name, read off bsnlp and checked on alb-fake-news-corpus (few years named
 * there): a planned year is the article's year or the next (bsnlp leans to the next, the Albanian
 * set to the same year: the shape sits between), a deadline up to two years ahead, a year given
 * as a start sometimes the start of something still ahead.
 */
function shape(kind: ClueKind, d: number): number {
  switch (kind) {
    case 'past':
      return d < 0 ? -2 : d === 0 ? 1 : d === 1 ? 0.55 : d === 2 ? 0.3 : 0.15;
    case 'open':
      return d < -2 ? -0.3 : d === -2 ? 0.05 : d === -1 ? 0.25 : d === 0 ? 1 : d === 1 ? 0.45 : d === 2 ? 0.25 : 0.1;
    case 'future':
      return d > 0 ? -1 : d === 0 ? 0.7 : d === -1 ? 0.9 : d === -2 ? 0.3 : 0.1;
    case 'until':
      return d > 0 ? -0.1 : d === 0 ? 0.5 : d === -1 ? 0.5 : d === -2 ? 0.45 : d === -3 ? 0.25 : 0.15;
    case 'since':
      // `od 2019.` is also `from 2019 on`, ahead: before the year is unlikely, not ruled out.
      return d < -1 ? -0.6 : d === -1 ? -0.3 : d === 0 ? 0 : d <= 3 ? 0.35 : 0.25;
    case 'anniversary':
    case 'lookback':
      return d === 0 ? 1 : 0;
  }
}

const KIND_WEIGHT: Record<ClueKind, number> = { past: 1, open: 1, future: 1, until: 1, since: 1, anniversary: 2, lookback: 1.5 };
/** Mentions this close to the start (title and lead) weigh more. */
const LEAD = 300;
const LEAD_BOOST = 1.3;
/** Repeats of one year of one kind add less and less. */
const REPEAT = 0.3;
const REPEAT_CAP = 2;
/** How much a year outside the office evidence loses: titled people, several untitled, one untitled. */
const OFFICE_STRONG = 2.5;
const OFFICE_WEAK = 1.2;
const OFFICE_SINGLE = 0.5;
/** A year with no clue at all is considered within this many years of the evidence. */
const SPREAD = 3;

interface CompiledCues {
  since: RegExp | null;
  until: RegExp | null;
  future: RegExp | null;
  past: RegExp | null;
  anniversary: RegExp | null;
}

const cueCache = new WeakMap<DatingCues, CompiledCues>();
const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const phrase = (p: string) => esc(p.toLowerCase()).replace(/\*$/, '\\p{L}*').replace(/ /g, '\\s+').replace(/'/g, "['’ʼ]");
const alt = (list: string[] | undefined) => (list?.length ? [...list].sort((a, b) => b.length - a.length).map(phrase).join('|') : null);

export function compileCues(cues: DatingCues): CompiledCues {
  let c = cueCache.get(cues);
  if (c) return c;
  const ending = (list: string[] | undefined) => {
    const a = alt(list);
    // The cue ends the text before the year, perhaps followed by a year word (`që nga viti`, `з кінця`).
    return a ? new RegExp(`(?<![\\p{L}])(?:${a})(?:\\s+\\p{Ll}{1,8}){0,1}\\s*$`, 'iu') : null;
  };
  const anywhere = (list: string[] | undefined) => {
    const a = alt(list);
    return a ? new RegExp(`(?<![\\p{L}])(?:${a})(?![\\p{L}])`, 'iu') : null;
  };
  c = { since: ending(cues.since), until: ending(cues.until), future: anywhere(cues.future), past: anywhere(cues.past), anniversary: anywhere(cues.anniversary) };
  cueCache.set(cues, c);
  return c;
}

const CLAUSE = /[.!?;\n“”"«»]/;
const CLAUSE_REACH = 120;

/** The clause around [start, end): from the last clause end before it to the next after it, within reach. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - CLAUSE_REACH);
  const left = text.slice(from, start);
  for (let i = left.length - 1; i >= 0; i--) {
    // A dot inside a date or after a number (`12. 3.`) does not end a clause.
    if (CLAUSE.test(left[i]!) && !(left[i] === '.' && /\d/.test(left[i - 1] ?? ''))) {
      from += i + 1;
      break;
    }
  }
  const right = text.slice(end, end + CLAUSE_REACH / 2);
  const stop = right.search(/[!?;\n“”"«»]|\.(?!\d)(?=\s+\p{Lu}|\s*$)/u);
  return { before: text.slice(from, start), after: stop >= 0 ? right.slice(0, stop) : right };
}

/** The kind of a year from the words of its clause and the tense the tagger read. */
export function clueKind(text: string, m: Pick<TimeMention, 'start' | 'end' | 'tense'>, cues: CompiledCues | null): ClueKind {
  const { before: outside, after } = clause(text, m.start, m.end);
  // The expression may hold its cue word itself (`që nga viti 2019`, `от 2010 г.`): what precedes its first digit.
  const own = text.slice(m.start, m.end);
  const digit = own.search(/\d/);
  const before = outside + (digit > 0 ? own.slice(0, digit) : '');
  if (cues?.since?.test(before)) return 'since';
  const future = m.tense > 0 || !!cues?.future?.test(before) || !!cues?.future?.test(after.split(/\s+/).slice(0, 5).join(' '));
  if (cues?.until?.test(before)) return 'until';
  if (future) return 'future';
  return m.tense < 0 || cues?.past?.test(before) ? 'past' : 'open';
}

const UNIT_Y = 'Y';
const COUNT = /(?<![\p{L}\p{N}])(\p{N}{1,3}|\p{L}+)(?:-?\p{L}{0,3}\.?)?\s+(\p{L}+)/gu;

/** A number of years in a stretch of text (`20 years`, `двадесет години`, `8 godina`), or undefined. */
function yearsCount(s: string, c: CompiledTime): number | undefined {
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(s); m; m = COUNT.exec(s)) {
    if (c.lookup.units.get(key(m[2]!)) !== UNIT_Y) {
      COUNT.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : c.lookup.numbers.get(key(m[1]!));
    if (n && n >= 1 && n <= 200) return n;
  }
  return undefined;
}

/**
 * The year clues of a text: each year it names (outside ages) with its kind, anniversaries
 * (`N years` in the clause of a year with a `since` or anniversary word) and a report on a year.
 */
export function yearClues(
  text: string,
  mentions: TimeMention[],
  fields: Fields[],
  c: CompiledTime,
  cues: DatingCues | null,
  focusYear: number | null,
  lo: number,
  upper: number,
): YearClue[] {
  const cc = cues ? compileCues(cues) : null;
  const out: YearClue[] = [];
  const plausible = (y: number | undefined): y is number => y !== undefined && y >= lo && y <= upper + 30;
  const yearMentions: { m: TimeMention; y: number; kind: ClueKind }[] = [];
  mentions.forEach((m, i) => {
    const f = fields[i]!;
    if (!['date', 'year', 'yearRange', 'season'].includes(m.norm)) return;
    const next = /^\s*([\p{L}]+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
    // `2000 vjet më parë`, `2000 years ago`: a count of years, not a year.
    if (m.norm === 'year' && next && c.lookup.units.get(key(next)) === UNIT_Y) return;
    // `Ibrahim Rugova (1944-2006)`, `M. K. (1954)`: a life or a founding in brackets after a name; the article is later.
    const bracketed = m.norm !== 'date' && m.norm !== 'season' && /\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3));
    const kind = bracketed ? 'since' : clueKind(text, m, cc);
    for (const y of [f.year, m.norm === 'yearRange' ? f.year2 : undefined]) {
      if (!plausible(y)) continue;
      // A range's end is open (`2015–2020`), its start a start when reported as one; a bracketed life ends in the past.
      const k: ClueKind = y === f.year2 && kind === 'since' ? (bracketed ? 'past' : 'open') : kind;
      out.push({ year: y, kind: k, text: m.text, at: m.start });
      yearMentions.push({ m, y, kind: k });
    }
  });
  // `20 years since 1999`, `8 godina od 2010.`: a number of years in the clause of a start or an anniversary.
  for (const ym of yearMentions) {
    const { before, after } = clause(text, ym.m.start, ym.m.end);
    const around = `${before} ${after}`;
    // `2 години от март 2019` in a clause about what will be: a span ahead, no anniversary.
    if ((ym.kind !== 'since' && !cc?.anniversary?.test(around)) || ym.m.tense > 0 || cc?.future?.test(around)) continue;
    const n = yearsCount(around, c);
    if (n && ym.y + n <= upper) out.push({ year: ym.y + n, kind: 'anniversary', text: `${n} … ${ym.m.text}`, at: ym.m.start });
  }
  if (focusYear && focusYear + 1 <= upper) out.push({ year: focusYear + 1, kind: 'lookback', text: `report on ${focusYear}`, at: 0 });
  return out;
}

/** A weekday word inside a date mention (`во вторник, 13 ноября`), when its rule does not capture it. */
export function ownWeekday(m: TimeMention, c: CompiledTime): number | undefined {
  for (const w of m.text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const d = c.lookup.weekdays.get(key(w));
    if (d !== undefined) return d;
  }
  return undefined;
}

/** Each year's score from the clues and the offices; the best year with what backs it. */
export function chooseYear(clues: YearClue[], offices: OfficeSummary | null, lo: number, upper: number): YearChoice | null {
  if (!clues.length && !offices?.evidence.length) return null;
  // Group repeats: one entry per year and kind, weighted by how often and where it is named.
  const groups = new Map<string, { year: number; kind: ClueKind; w: number; n: number; text: string }>();
  for (const c of clues) {
    const k = `${c.year} ${c.kind}`;
    const w = c.at < LEAD ? LEAD_BOOST : 1;
    const g = groups.get(k);
    if (g) {
      g.n++;
      g.w = Math.max(g.w, w);
    } else groups.set(k, { year: c.year, kind: c.kind, w, n: 1, text: c.text });
  }
  let from = upper;
  let to = lo;
  for (const g of groups.values()) {
    from = Math.min(from, g.year - SPREAD);
    to = Math.max(to, g.year + SPREAD);
  }
  let officeTop = 0;
  let officeWeight = 0;
  if (offices?.evidence.length) {
    for (const e of offices.evidence) {
      from = Math.min(from, Math.floor(e.start));
      to = Math.max(to, Math.ceil(e.end));
    }
    officeWeight = offices.strong ? OFFICE_STRONG : offices.people > 1 ? OFFICE_WEAK : OFFICE_SINGLE;
  }
  from = Math.max(from, lo);
  to = Math.min(to, upper);
  if (from > to) return null;
  if (offices?.evidence.length) for (let y = from; y <= to; y++) officeTop = Math.max(officeTop, scoreOf(offices.evidence, y));
  const scored: { y: number; s: number; backing: string[] }[] = [];
  for (let y = from; y <= to; y++) {
    let s = 0;
    const backing: string[] = [];
    for (const g of groups.values()) {
      const v = shape(g.kind, y - g.year) * KIND_WEIGHT[g.kind] * g.w * Math.min(REPEAT_CAP, 1 + REPEAT * (g.n - 1));
      s += v;
      if (v >= 0.2) backing.push(`${g.kind} ${g.text}`);
    }
    if (officeTop > 0 && offices) {
      const share = scoreOf(offices.evidence, y) / officeTop;
      s -= officeWeight * (1 - share);
      if (share > 0.99) backing.push('offices');
    }
    scored.push({ y, s, backing });
  }
  // The best year; on a tie (offices alone: a run of equally covered years) the middle of the run, the later of two.
  const top = Math.max(...scored.map((x) => x.s));
  const run = scored.filter((x) => x.s >= top - 1e-6);
  const best = run[Math.ceil((run.length - 1) / 2)]!;
  const second = Math.max(-Infinity, ...scored.filter((x) => x.s < top - 1e-6).map((x) => x.s));
  const byYear = new Map(scored.map((x) => [x.y, x.s]));
  return {
    year: best.y,
    stated: clues.some((c) => shape(c.kind, best.y - c.year) > 0),
    margin: Number.isFinite(second) ? top - second : top,
    top,
    score: (y) => byYear.get(y) ?? -Infinity,
    why: [...new Set(best.backing)].slice(0, 4).join('; ') || 'the likeliest of the years the text allows',
  };
}
