import type { Event, Mention, Span } from '../../model/index.js';
import type { EventType } from '../../lang/types/events.js';
import type { KnowledgeBase } from '../../kb/index.js';
import type { CompiledEventLexicon } from './lexicon.js';
import type { EventText } from './context.js';
import { cameoOf } from './cameo.js';
import { quantityAt } from './numbers.js';
import { capitalOf, countryOf, placeRank } from './places.js';

const ACTORS = new Set(['PER', 'ORG']);
/** Places that act as subjects: a country, a capital standing for its government. */
const STATES = new Set(['country', 'capital']);
/** Acts whose reporter is not their actor. */
const REPORTED_ACTS = new Set<EventType>(['deployment', 'commitment']);
/** Sentences back in which a person stays the subject when a sentence names none (`Ai u takua…`). */
const CARRY_SENTENCES = 2;
const FUTURE_BEFORE = 6;
/** A place further from the trigger than this many words is another clause's (`…discuss the situation in the Balkans`). */
const PLACE_WINDOW = 20;
/** Words between a reporting verb and the date it was said on (`tha të mërkurën`, `said on Friday`). */
const SAYING_GAP = 1;
/** A participant further from the trigger than this many words is another clause's. */
const PARTICIPANT_WINDOW = 25;
/** Words between a country as subject and its verb (`has`, `did not`). */
const SUBJECT_GAP = 3;
/** Words between a visit verb and the place visited. */
const VISIT_OBJECT = 3;
const FUTURE_AFTER = 3;
/** A resolved date: `2026`, `2026-07`, `2026-02-11`, `2026-W06` (not an unresolved `XXXX-WXX-1`). */
const ISO = /^\d{4}(?:$|-)/;
/** An event as read from its sentence; `dated` when the sentence gives its time (else the article's date stands in). */
export interface Found {
  event: Event;
  dated: boolean;
  /** Index of the sentence it was read from. */
  sentence: number;
}
const WITH_QUANTITY = new Set<EventType>(['deployment', 'commitment']);

interface Trigger {
  type: EventType;
  at: number;
  length: number;
}

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
  pronouns: ReadonlySet<string>,
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

function participantsOf(
  t: EventText,
  sentences: readonly Span[],
  si: number,
  inSentence: EventText['mentions'],
  offset: number,
  voice: Span | null,
  pronouns: ReadonlySet<string>,
  lex: CompiledEventLexicon,
  kb: KnowledgeBase,
  trig: Trigger,
): string[] {
  const sentence = sentences[si]!;
  const out: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id && !out.includes(id)) out.push(id);
  };
  // the speaker of a quotation the trigger stands in, or whose cue is in this sentence; but who
  // reports a deployment or a commitment of others is not its actor (`allies pledged…, Rubio said`)
  const reported = REPORTED_ACTS.has(trig.type);
  const cues: Span[] = [];
  for (const q of t.doc.quotes) {
    const cueHere = q.cue && q.cue.start >= sentence.start && q.cue.end <= sentence.end;
    const around = q.start <= offset && offset < q.end;
    if (reported && around) {
      if (q.cue) cues.push(q.cue);
      continue;
    }
    if ((cueHere || around) && q.speaker.entity) add(q.speaker.entity);
  }
  const inCue = (m: Mention) => cues.some((c) => c.start <= m.start && m.end <= c.end);
  // the people and organisations of the trigger's clause: a long sentence tells more than one thing
  for (const m of inSentence) if (ACTORS.has(m.mention.type) && wordsApart(m, trig) <= PARTICIPANT_WINDOW && !inCue(m.mention)) add(m.mention.entity);
  // a country (or its capital for its government) as the subject right before the verb
  // (`Germany has deployed`, `Србија неће распоредити`, `Москва не будет размещать`)
  for (const m of inSentence) {
    const gap = trig.at - m.to;
    if (m.mention.type === 'LOC' && m.mention.entity && gap >= 0 && gap <= SUBJECT_GAP && STATES.has(kb.get(m.mention.entity)?.kind ?? '') && !lex.locatives.has(t.words[m.from - 1] ?? '')) add(m.mention.entity);
  }
  const hasPerson = out.some((id) => t.entityType.get(id) === 'PER');
  const [first] = t.tokenRange(sentence);
  const pronoun = pronouns.has(t.words[first] ?? '') || pronouns.has(t.words[first + 1] ?? '');
  if ((!hasPerson || pronoun) && !voice && !cues.length) {
    // no person named, or a pronoun subject: the person of the sentences before (`Ai u takua me…`)
    for (let k = si - 1; k >= Math.max(0, si - CARRY_SENTENCES); k--) {
      const s = sentences[k]!;
      const people = t.mentionsIn(s).filter(({ mention: m }) => m.type === 'PER' && m.entity && !t.quoteAt(m.start));
      if (!people.length) continue;
      // a pronoun stands for the earlier sentence's subject, an unnamed subject (`the two`) for its people
      for (const m of pronoun ? people.slice(0, 1) : people) add(m.mention.entity);
      break;
    }
  }
  return out;
}

/** A place after a locative preposition near the trigger, cities before countries, then the nearest. */
function placeOf(lex: CompiledEventLexicon, t: EventText, kb: KnowledgeBase, inSentence: EventText['mentions'], trig: Trigger): string | null {
  let best: { id: string; rank: number; distance: number } | null = null;
  for (const { mention, from } of inSentence) {
    if (mention.type !== 'LOC' || !mention.entity) continue;
    const distance = wordsApart({ from, to: from + 1 }, trig);
    if (distance > PLACE_WINDOW) continue;
    let id: string | null = null;
    if (lex.locatives.has(t.words[from - 1] ?? '')) id = mention.entity;
    else if (whereAfter(lex, t, mention.end, trig.at)) id = mention.entity;
    else {
      // `u glavnom gradu Srbije`, `у столиці Північної Македонії`: the capital, when the article names it
      for (let k = 1; k <= 4 && !id; k++) {
        const m = lex.capitalNouns.match(t.words, from - k);
        if (m && m.length === k && lex.locatives.has(t.words[from - k - 1] ?? '')) {
          const cap = capitalOf(kb, mention.entity);
          id = cap && t.doc.entities.some((e) => e.id === cap) ? cap : mention.entity;
        }
      }
    }
    if (!id) continue;
    const cand = { id, rank: placeRank(kb, id), distance };
    if (!best || cand.rank < best.rank || (cand.rank === best.rank && cand.distance < best.distance)) best = cand;
  }
  return best?.id ?? null;
}

/** The place a visit names as its object, right after the trigger (`posjetio BiH`, `visited Kosovo`). */
function visited(t: EventText, inSentence: EventText['mentions'], trig: Trigger): string | null {
  const after = trig.at + trig.length;
  // the object may follow a time or an article (`vizitojë të enjten Berlinin`)
  for (const m of inSentence) if (m.mention.type === 'LOC' && m.mention.entity && m.from >= after && m.from <= after + VISIT_OBJECT) return m.mention.entity;
  return null;
}

/**
 * The peace mission a sentence names by a noun (`u misiju`, `місії`): the mission entity the article
 * named last up to the sentence's end (`Kfor`, `KFOR`, `EUFOR`). Null when the sentence has no such noun.
 */
function missionIn(lex: CompiledEventLexicon, t: EventText, kb: KnowledgeBase, from: number, to: number, sentence: Span): string | null {
  let noun = false;
  for (let k = from; k < to && !noun; k++) noun = !!lex.missionNouns.match(t.words, k);
  if (!noun) return null;
  for (let k = t.mentions.length - 1; k >= 0; k--) {
    const m = t.mentions[k]!.mention;
    if (m.start < sentence.end && m.entity && kb.get(m.entity)?.kind === 'mission') return m.entity;
  }
  return null;
}

/** Troops sent to a mission go to the country it serves, when the article names that country. */
function missionCountry(t: EventText, kb: KnowledgeBase, mission: string): string | null {
  const c = countryOf(kb, mission);
  return c && t.entityType.has(c) ? c : null;
}

/** The word index of the last relative `where` before the trigger in its sentence, or -1. */
function relativeBefore(lex: CompiledEventLexicon, t: EventText, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (lex.relativeWhere.match(t.words, k)) return k;
  return -1;
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

/** Words between a mention [from, to) and a trigger. */
function wordsApart(m: { from: number; to: number }, trig: Trigger): number {
  return m.to <= trig.at ? trig.at - m.to : Math.max(0, m.from - trig.at - trig.length);
}

/** Does a relative `where` (`ku`, `gdje`, `де`) follow a place, before the trigger (`…Berlinin, ku do të takohet`)? */
function whereAfter(lex: CompiledEventLexicon, t: EventText, end: number, at: number): boolean {
  let k = t.w.indexAt(end);
  if (t.words[k] === ',') k++;
  return k < at && !!lex.relativeWhere.match(t.words, k);
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
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(m[2]) - 1) * 7 * 86400000;
  const a = new Date(monday).toISOString().slice(0, 7);
  const b = new Date(monday + 6 * 86400000).toISOString().slice(0, 7);
  return a === b ? a : value;
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
