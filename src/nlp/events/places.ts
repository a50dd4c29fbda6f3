import type { KnowledgeBase } from '../../kb/index.js';
import type { CompiledEventLexicon } from './lexicon.js';
import { wordsApart, type EventText, type Trigger } from './context.js';

/** A place further from the trigger than this many words is another clause's (`…discuss the situation in the Balkans`). */
const PLACE_WINDOW = 20;
/** Words between a visit verb and the place visited. */
const VISIT_OBJECT = 3;

const CITY_KINDS = new Set(['capital', 'city', 'municipality', 'town', 'village']);
const capitals = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Country id → its capital's id, from the knowledge base (built once per process). */
export function capitalOf(kb: KnowledgeBase, country: string): string | null {
  let m = capitals.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entities()) if (e.capitalOf) m.set(e.capitalOf, e.id);
    capitals.set(kb, m);
  }
  return m.get(country) ?? null;
}

const countries = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The country entity a KB entity lies in (`kb:kfor` → `kb:kosovo`), or null. */
export function countryOf(kb: KnowledgeBase, id: string): string | null {
  let m = countries.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entities()) if (e.kind === 'country' && e.country) m.set(e.country, e.id);
    countries.set(kb, m);
  }
  const code = kb.get(id)?.country;
  return code ? (m.get(code) ?? null) : null;
}

/**
 * Cities rank before countries and regions (the event's place is the most specific one named),
 * and places the knowledge base knows before names found only in the text.
 */
export function placeRank(kb: KnowledgeBase, id: string): number {
  const e = kb.get(id);
  if (!e) return 2;
  return CITY_KINDS.has(e.kind) ? 0 : 1;
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
