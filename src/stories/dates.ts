/**
 * Dating an article by its story. An article whose date is only partly known (a header that says
 * `2023-11`, or nothing) but whose text needs a day to resolve (`sot`, `të hënën`) takes the day
 * from the other articles of its story: the days they date the shared event to (an explicit
 * `22 листопада`, a weekday resolved against their own date, their own day-precise date) are the
 * candidates; those outside the article's own partial date are dropped, and the weekdays the
 * article names choose among the rest (a news article's weekdays fall in the days just before it,
 * or on it: an article that says Monday, Tuesday and Wednesday in the past tense was written on
 * the Wednesday). The article is then re-dated (`source: inferred`, the evidence names the story
 * and the article the day came from) and its time expressions are resolved again.
 */
import type { Article } from '../model/index.js';
import type { Context } from '../context.js';
import { findTimes, timeStage } from '../nlp/time/stage.js';
import { eventsStage } from '../nlp/events/index.js';
import { resolveMention } from '../nlp/time/resolve.js';
import type { CompiledTime } from '../nlp/time/compile.js';
import type { TimeMention } from '../nlp/time/tag.js';
import { parseAnchor } from '../nlp/time/calendar.js';
import { dayNumber, dayRange, type StoryMember } from './profile.js';


interface Candidate {
  value: string;
  day: number;
  /** The other articles that give this day. */
  from: Set<string>;
  /** How often they give it (their date and each expression that resolves to it). */
  support: number;
}

/** A weekday resolved further than this from the article's day is unlikely in news (`të mërkurën` said on a Tuesday). */
const WEEKDAY_REACH = 5;

/** The days the other members of a story give, each with the articles that give it. */
function candidates(doc: Article, members: StoryMember[]): Candidate[] {
  const byValue = new Map<string, Candidate>();
  const add = (value: string, id: string) => {
    const day = dayNumber(value);
    if (day === null) return;
    const c = byValue.get(value) ?? byValue.set(value, { value, day, from: new Set(), support: 0 }).get(value)!;
    c.from.add(id);
    c.support++;
  };
  for (const o of members) {
    if (o === doc) continue;
    if (o.date?.precision === 'day') add(o.date.value, o.id);
    for (const t of o.times) if (t.kind === 'date') add(t.value, o.id);
  }
  const own = dayRange(doc.date?.value);
  return [...byValue.values()].filter((c) => !own || (c.day >= own.from && c.day <= own.to));
}

/** The article's weekday expressions, each with the rules of its language. */
function weekdaysOf(doc: Article, ctx: Context): { m: TimeMention; c: CompiledTime }[] {
  const { mentions, main, by } = findTimes(doc, ctx);
  const out: { m: TimeMention; c: CompiledTime }[] = [];
  for (const m of mentions) {
    const c = by.get(m) ?? main;
    if (m.norm === 'weekday' && c) out.push({ m, c });
  }
  return out;
}

/** How far (in days, summed) the article's weekdays fall from a candidate day when resolved against it. */
function weekdaySpread(found: { m: TimeMention; c: CompiledTime }[], day: string): { spread: number; weekdays: number; far: number } {
  const anchor = parseAnchor(day);
  const d = dayNumber(day)!;
  let spread = 0;
  let weekdays = 0;
  let far = 0;
  for (const { m, c } of found) {
    const r = resolveMention(m, c, { anchor, focusYear: null });
    const x = r ? dayNumber(r.value) : null;
    if (x === null) continue;
    weekdays++;
    spread += Math.abs(d - x);
    if (Math.abs(d - x) > WEEKDAY_REACH) far++;
  }
  return { spread, weekdays, far };
}

/** Whether the article has relative expressions it could not place for lack of a day. */
function needsDay(doc: Article): boolean {
  if (doc.date?.precision === 'day') return false;
  return doc.times.some((t) => t.anchor !== null && t.anchor !== undefined || t.value.startsWith('XXXX'));
}

/**
 * Re-date the articles of each story that need a day and can take one from their story; returns
 * the articles re-dated. `others`: members of the same stories that are not re-dated (analyses
 * stored by earlier runs) but give their days.
 */
export function dateByStory(docs: Article[], ctx: Context, others: StoryMember[] = []): Article[] {
  const stories = new Map<string, StoryMember[]>();
  for (const d of [...docs, ...others]) if (d.story) (stories.get(d.story) ?? stories.set(d.story, []).get(d.story)!).push(d);
  const mine = new Set<StoryMember>(docs);
  const changed: Article[] = [];
  for (const [story, members] of stories) {
    if (members.length < 2) continue;
    for (const member of members) {
      if (!mine.has(member) || !needsDay(member as Article)) continue;
      const doc = member as Article;
      const cands = candidates(doc, members);
      if (!cands.length) continue;
      const found = weekdaysOf(doc, ctx);
      const scored = cands.map((c) => ({ c, ...weekdaySpread(found, c.value) }));
      // Fewest of the article's weekdays placed implausibly far; then the day the story gives most
      // often; then the fewest days between the article's weekdays and the day; then the later day.
      scored.sort((a, b) => a.far - b.far || b.c.support - a.c.support || a.spread - b.spread || b.c.day - a.c.day);
      const best = scored[0]!;
      const next = scored[1];
      // Only a day the story agrees on more than on any other is taken, unless the article's weekdays choose.
      if (next && next.far === best.far && next.c.support === best.c.support && next.spread === best.spread) continue;
      const why = [...best.c.from].sort().join(', ');
      const weekdays = best.weekdays ? `; its ${best.weekdays} weekday(s) lie ${best.spread} day(s) from it in all` : '';
      const before = doc.date ? `${doc.date.value} (${doc.date.source}) refined: ` : '';
      doc.date = { value: best.c.value, precision: 'day', source: 'inferred', evidence: `${before}story ${story}: ${why} date(s) the same event ${best.c.value}${weekdays}` };
      timeStage(doc, ctx);
      // events are dated by the article's times and date: read again
      eventsStage(doc, ctx);
      changed.push(doc);
    }
  }
  return changed;
}
