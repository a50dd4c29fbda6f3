import type { KnowledgeBase } from '../../kb/index.js';
import type { CompiledEventLexicon } from './lexicon.js';
import { wordsApart, type EventText, type Trigger } from './context.js';

/** A place further from the trigger than this many words is another clause's (`…discuss the situation in the Balkans`). */
const PLACE_WINDOW = 20;
/** Words between a visit verb and the place visited. */
const VISIT_OBJECT = 3;

const CITY_KINDS = new Set(['capital', 'city', 'municipality', 'town', 'village']);
/** Place ranks: a city, a wider place the knowledge base knows, a name found only in the text. */
export const CITY = 0;
export const WIDER = 1;
export const VENUE = 2;

/** Country id → its capital's id, and country code → the country's id: read from the knowledge base once per process. */
const indexes = new WeakMap<KnowledgeBase, { capitals: Map<string, string>; countries: Map<string, string> }>();
function indexOf(kb: KnowledgeBase) {
  let x = indexes.get(kb);
  if (!x) {
    x = { capitals: new Map(), countries: new Map() };
    for (const e of kb.entities()) {
      if (e.capitalOf) x.capitals.set(e.capitalOf, e.id);
      if (e.kind === 'country' && e.country) x.countries.set(e.country, e.id);
    }
    indexes.set(kb, x);
  }
  return x;
}

/** Country id → its capital's id, or null. */
function capitalOf(kb: KnowledgeBase, country: string): string | null {
  return indexOf(kb).capitals.get(country) ?? null;
}

/** The country entity a KB entity lies in (`kb:kfor` → `kb:kosovo`), or null. */
function countryOf(kb: KnowledgeBase, id: string): string | null {
  const code = kb.get(id)?.country;
  return code ? (indexOf(kb).countries.get(code) ?? null) : null;
}

/**
 * Cities rank before countries and regions (the event's place is the most specific one named),
 * and places the knowledge base knows before names found only in the text.
 */
export function placeRank(kb: KnowledgeBase, id: string): number {
  const e = kb.get(id);
  if (!e) return VENUE;
  return CITY_KINDS.has(e.kind) ? CITY : WIDER;
}

/** A place after a locative preposition near the trigger, cities before countries, then the nearest. */
export function placeOf(lex: CompiledEventLexicon, t: EventText, kb: KnowledgeBase, inSentence: EventText['mentions'], trig: Trigger): string | null {
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
          id = cap && t.entityType.has(cap) ? cap : mention.entity;
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
export function visited(t: EventText, inSentence: EventText['mentions'], trig: Trigger): string | null {
  const after = trig.at + trig.length;
  // the object may follow a time or an article (`vizitojë të enjten Berlinin`)
  for (const m of inSentence) if (m.mention.type === 'LOC' && m.mention.entity && m.from >= after && m.from <= after + VISIT_OBJECT) return m.mention.entity;
  return null;
}

/** Troops sent to a mission go to the country it serves, when the article names that country. */
export function missionCountry(t: EventText, kb: KnowledgeBase, mission: string): string | null {
  const c = countryOf(kb, mission);
  return c && t.entityType.has(c) ? c : null;
}

/** The word index of the last relative `where` before the trigger in its sentence, or -1. */
export function relativeBefore(lex: CompiledEventLexicon, t: EventText, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) if (lex.relativeWhere.match(t.words, k)) return k;
  return -1;
}

/** Does a relative `where` (`ku`, `gdje`, `де`) follow a place, before the trigger (`…Berlinin, ku do të takohet`)? */
function whereAfter(lex: CompiledEventLexicon, t: EventText, end: number, at: number): boolean {
  let k = t.w.indexAt(end);
  if (t.words[k] === ',') k++;
  return k < at && !!lex.relativeWhere.match(t.words, k);
}
