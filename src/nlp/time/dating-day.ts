import { type Anchor, validDay } from './calendar.js';
import { clueKind, type compileCues } from './dating-years.js';
import type { Fields } from './resolve.js';
import type { TimeMention } from './tag.js';

export interface DayChoice {
  anchor: Anchor;
  precision: 'day' | 'month';
  why: string;
}

type Tier = { rank: number; why: string; pick: 'latest' | 'earliest' };
/**
 * Which dates of the article's year tell its month, best first. Measured on bsnlp with the year
 * right: a date with its day names the article's month four times in five whatever its tense (a
 * planned one mostly the month of, else the month after, the article); a bare month (`през
 * декември`) one time in five, as it often looks back on a month of the year before.
 * - a dated day reported or untensed: the latest (news reports what just happened);
 * - else a dated day planned ahead: the earliest, to month precision (the article comes before it);
 * - else a bare month reported or untensed: the latest, to month precision.
 */
function tierOf(hasDay: boolean, future: boolean): Tier {
  if (hasDay && !future) return { rank: 0, why: 'latest date reported', pick: 'latest' };
  if (hasDay) return { rank: 1, why: 'next date planned', pick: 'earliest' };
  if (!future) return { rank: 2, why: 'latest month reported', pick: 'latest' };
  return { rank: 9, why: '', pick: 'latest' };
}

const order = (a: Anchor) => a.y * 10000 + (a.m ?? 0) * 100 + (a.d ?? 0);

/** The article's month (and day) inside its year, from the dates the text names in it; null when none tells. */
export function dayInYear(
  text: string,
  mentions: TimeMention[],
  fields: Fields[],
  cues: ReturnType<typeof compileCues> | null,
  year: number,
  focusYear: number | null,
): DayChoice | null {
  let best: { a: Anchor; tier: Tier; text: string } | null = null;
  mentions.forEach((m, i) => {
    const f = fields[i]!;
    if (m.norm !== 'date' || f.month === undefined || f.month < 1 || f.month > 12) return;
    // A day-month without a year falls in the article's year, unless the text looks back on another.
    const y: number | undefined = f.year ?? (focusYear ? undefined : year);
    if (y !== year) return;
    const kind = clueKind(text, m, cues);
    const hasDay = f.day !== undefined && validDay(y, f.month, f.day);
    const tier = tierOf(hasDay, kind === 'future' || kind === 'until');
    if (tier.rank > 2) return;
    const a: Anchor = hasDay ? { y, m: f.month, d: f.day } : { y, m: f.month };
    const better = !best || tier.rank < best.tier.rank || (tier.rank === best.tier.rank && (tier.pick === 'latest' ? order(a) > order(best.a) : order(a) < order(best.a)));
    if (better) best = { a, tier, text: m.text };
  });
  const found = best as { a: Anchor; tier: Tier; text: string } | null;
  if (!found) return null;
  const precision = found.tier.rank === 0 ? 'day' : 'month';
  const anchor: Anchor = precision === 'day' ? found.a : { y: found.a.y, m: found.a.m };
  return { anchor, precision, why: `${found.tier.why}: ${found.text}` };
}
