import type { Event, Span } from '../../model/index.js';
import type { EventType } from '../../lang/types/events.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { CompiledEventLexicon } from './lexicon.js';
import { wordsApart, type EventText, type Trigger } from './context.js';
import { addDays, isoWeekday, utc, ymd } from '../time/calendar.js';
import { cameoOf } from './cameo.js';
import { quantityAt } from './numbers.js';
import { ACTORS, missionIn, participantsOf } from './participants.js';
import { missionCountry, placeOf, relativeBefore, visited } from './places.js';

/** Words before and after a trigger in which a future word makes the event planned. */
const FUTURE_BEFORE = 6;
const FUTURE_AFTER = 3;
/** Words between a reporting verb and the date it was said on (`tha të mërkurën`, `said on Friday`). */
const SAYING_GAP = 1;
/** A resolved date: `2026`, `2026-07`, `2026-02-11`, `2026-W06` (not an unresolved `XXXX-WXX-1`). */
const ISO = /^\d{4}(?:$|-)/;
/** An event as read from its sentence; `dated` when the sentence gives its time (else the article's date stands in). */
export interface Found {
  event: Event;
  dated: boolean;
  /** Index of the sentence it was read from. */
  sentence: number;
}
/** Events that carry a quantity (troops, money, a share of GDP). */
const WITH_QUANTITY = new Set<EventType>(['deployment', 'commitment']);

/** The triggers of a sentence: the first of each type, the longest phrase winning at a word. */
export function triggersIn(lex: CompiledEventLexicon, t: EventText, from: number, to: number): Trigger[] {
  const first = new Map<EventType, Trigger>();
  if (to <= from) return [];
  const names = t.mentionsIn({ start: t.w.tokens[from]!.start, end: t.w.tokens[to - 1]!.end }).filter((m) => ACTORS.has(m.mention.type));
  for (let i = from; i < to; i++) {
    let best: Trigger | null = null;
    for (const [type, set] of lex.triggers) {
      const m = set.match(t.words, i);
      if (m && (!best || m.length > best.length)) best = { type, at: i, length: m.length };
    }
    if (!best) continue;
    // a trigger word inside a person's or organisation's name is not one (`Visit Montenegro`)
    const start = t.w.tokens[i]!.start;
    if (names.some((m) => m.mention.start <= start && start < m.mention.end)) continue;
    if (!first.has(best.type)) first.set(best.type, best);
    i += best.length - 1;
  }
  const out = [...first.values()];
  // a statement is what a sentence reports only when no other event fits
  return out.length > 1 ? out.filter((x) => x.type !== 'statement') : out;
}

/**
 * The event a trigger reports in its sentence, or null when no participant can be found.
 * `pronouns` are the language's subject pronouns: a sentence opening with one continues the person before.
 * `others` are the sentence's triggers: a place or a date nearer another one is that one's.
 */
export function readEvent(
  lex: CompiledEventLexicon,
  t: EventText,
  kb: KnowledgeBase,
  sentences: readonly Span[],
  si: number,
  trig: Trigger,
  pronouns: ReadonlyMap<string, unknown>,
  others: readonly Trigger[] = [trig],
): Found | null {
  const sentence = sentences[si]!;
  const [from, to] = t.tokenRange(sentence);
  const offset = t.w.tokens[trig.at]!.start;
  const voice = t.quoteAt(offset);
  const inSentence = t.mentionsIn(sentence).filter((m) => t.sameVoice(m.mention.start, voice));

  const participants = participantsOf(t, sentences, si, inSentence, offset, voice, pronouns, lex, kb, trig);
  const mission = missionIn(lex, t, kb, from, to, sentence);
  if (mission && !participants.includes(mission)) participants.push(mission);
  if (!participants.length) return null;
  const modality = modalityOf(lex, t, from, to, trig);
  // a place or date nearer another trigger of the sentence is that one's; but a clause after a
  // relative `where` (`…Berlinin, ku do të takohet`) shares what stands before it, and a commitment
  // is made where and when the occasion around it is (`leaders meeting at a summit in The Hague agreed`)
  const where = relativeBefore(lex, t, from, trig.at);
  const mine = (a: number, b: number) => trig.type === 'commitment' || (where >= 0 && b <= where) || nearestTrigger(others, a, b) === trig;
  const own = timeOf(t, sentence, trig, voice, mine);
  const time = own ?? t.doc.date?.value ?? null;
  const quantity = WITH_QUANTITY.has(trig.type) ? quantityIn(lex, t, from, to, trig.at, voice) : null;
  const planned = modality === 'reported' && time && t.doc.date && time > t.doc.date.value && time.slice(0, 10) !== t.doc.date.value ? 'planned' : modality;
  const event: Event = {
    type: trig.type,
    cameo: cameoOf(trig.type, planned),
    participants,
    place:
      (trig.type === 'visit' ? visited(t, inSentence, trig) : null) ??
      placeOf(lex, t, kb, inSentence.filter((m) => mine(m.from, m.to)), trig) ??
      (trig.type === 'deployment' && mission ? missionCountry(t, kb, mission) : null),
    time,
    quantity,
    modality: planned,
    evidence: { start: sentence.start, end: sentence.end },
  };
  return { event, dated: own !== null, sentence: si };
}

/** The trigger nearest a word range [from, to) (the first of equals). */
function nearestTrigger(triggers: readonly Trigger[], from: number, to: number): Trigger | undefined {
  let best: Trigger | undefined;
  let d = Infinity;
  for (const x of triggers) {
    const dx = wordsApart({ from, to }, x);
    if (dx < d) [best, d] = [x, dx];
  }
  return best;
}

/** The date nearest the trigger in its sentence (on the trigger's side of quotation marks), or null. */
function timeOf(t: EventText, sentence: Span, trig: Trigger, voice: Span | null, mine: (from: number, to: number) => boolean): string | null {
  let best: { value: string; distance: number } | null = null;
  const offset = t.w.tokens[trig.at]!.start;
  const trigSays = t.besideSaying(trig.at, trig.at + trig.length, SAYING_GAP);
  for (const x of t.doc.times) {
    if (x.kind !== 'date' || !ISO.test(x.value) || x.start < sentence.start || x.end > sentence.end || !t.sameVoice(x.start, voice)) continue;
    // `ka deklaruar dje se … Samitin`: the date of the saying, not of the event it reports
    const [a, b] = t.tokenRange(x);
    if ((!trigSays && t.besideSaying(a, b, SAYING_GAP)) || !mine(a, b)) continue;
    const distance = Math.abs(x.start - offset);
    if (!best || distance < best.distance) best = { value: x.value, distance };
  }
  return best ? weekAsMonth(best.value) : null;
}

/** An ISO week that lies within one month is that month (`2024-W46` → `2024-11`); others stay weeks. */
export function weekAsMonth(value: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return value;
  // week 1 is the one with 4 January in it
  const jan4 = utc(Number(m[1]), 1, 4);
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (Number(m[2]) - 1) * 7);
  const a = ymd(monday).slice(0, 7);
  return a === ymd(addDays(monday, 6)).slice(0, 7) ? a : value;
}

function modalityOf(lex: CompiledEventLexicon, t: EventText, from: number, to: number, trig: Trigger): Event['modality'] {
  for (let k = Math.max(from, trig.at - 2); k < trig.at; k++) if (lex.negation.match(t.words, k)) return 'denied';
  const end = Math.min(to, trig.at + trig.length + FUTURE_AFTER);
  for (let k = Math.max(from, trig.at - FUTURE_BEFORE); k < end; k++) {
    if (!lex.future.match(t.words, k)) continue;
    // `не планируется`, `will not`: a negated plan
    return lex.negation.match(t.words, k - 1) || lex.negation.match(t.words, k + 1) ? 'denied' : 'planned';
  }
  return 'reported';
}

function quantityIn(lex: CompiledEventLexicon, t: EventText, from: number, to: number, at: number, voice: Span | null) {
  let best: { q: NonNullable<ReturnType<typeof quantityAt>>; distance: number } | null = null;
  for (let k = from; k < to; k++) {
    if (!t.sameVoice(t.w.tokens[k]!.start, voice)) continue;
    const q = quantityAt(lex, t.words, k, to);
    if (q && (!best || Math.abs(k - at) < best.distance)) best = { q, distance: Math.abs(k - at) };
  }
  return best?.q ?? null;
}
