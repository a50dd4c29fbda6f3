/**
 * What the story clusterer knows of an article: the entities it is about (weighted) and the days
 * it can have been written on. Entities are compared by id, so an article in Albanian and one in
 * Ukrainian about the same people and places share their knowledge-base ids; names found only in
 * the texts are compared by the sound skeletons of their words (nameSkeleton).
 */
import type { Article } from '../model/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { parseAnchor, utc } from '../nlp/time/calendar.js';
import { nameSkeleton } from '../kb/key.js';

const DAY = 86_400_000;

/**
 * What clustering reads of an article: fields of its OUTPUT.md object, so that the analyses
 * kept in a store take part as well as the articles of the run.
 */
export type StoryMember = Pick<Article, 'id' | 'title' | 'text' | 'language' | 'date' | 'entities' | 'mentions' | 'times' | 'story'>;

export interface StoryProfile {
  id: string;
  /** Entity key → term weight (1 + log of its mentions, doubled in the title). */
  terms: Map<string, number>;
  /** The days the article can have been written on, as day numbers since 1970 (inclusive), or null when undated. */
  days: { from: number; to: number } | null;
  /** Whether the date is known to the day. */
  exact: boolean;
}

/** Countries and other very general places say little about which event an article reports. */
const GENERAL_KINDS = new Set(['country', 'continent', 'region']);
const GENERAL_FACTOR = 0.5;

/** The day number (days since 1970-01-01) of a date known to the day, else null. */
export function dayNumber(value: string): number | null {
  const a = parseAnchor(value);
  return a && a.m !== undefined && a.d !== undefined ? utc(a.y, a.m, a.d).getTime() / DAY : null;
}

/** The `YYYY-MM-DD` of a day number. */
export const isoDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The range of days a partial date (`2023`, `2023-11`, `2023-11-22`) covers. */
export function dayRange(value: string | null | undefined): { from: number; to: number } | null {
  const a = parseAnchor(value);
  if (!a) return null;
  if (a.m === undefined) return { from: utc(a.y, 1, 1).getTime() / DAY, to: utc(a.y, 12, 31).getTime() / DAY };
  if (a.d === undefined) return { from: utc(a.y, a.m, 1).getTime() / DAY, to: utc(a.y, a.m + 1, 0).getTime() / DAY };
  const d = utc(a.y, a.m, a.d).getTime() / DAY;
  return { from: d, to: d };
}

/**
 * The keys an entity is compared by: its id for knowledge-base entities; else the skeletons of its
 * name's capitalised words (`Саіф аль-Іслам Каддафі` and `Saif al-Islam Gaddafi` share theirs),
 * each weighing its share of the name.
 */
function entityKeys(id: string, name: string, kb: KnowledgeBase | null): [string, number][] {
  if (kb?.get(id)) return [[id, 1]];
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map(nameSkeleton).filter((k) => k.length >= 3);
  const keys = [...new Set(words)];
  return keys.map((k) => [`name:${k}`, 1 / Math.sqrt(keys.length)]);
}

/** Numbers of two or more digits (`4 700`, `4,700` and `4.700` alike): the same in every language. */
const NUMBER = /\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d{2,}/g;
const NUMBER_WEIGHT = 0.5;
export const NUMBER_TERM = 'num:';

export function storyProfile(doc: StoryMember, kb: KnowledgeBase | null): StoryProfile {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const counts = new Map<string, number>();
  const count = (keys: [string, number][], n: number) => {
    for (const [k, w] of keys) counts.set(k, (counts.get(k) ?? 0) + n * w);
  };
  for (const m of doc.mentions) if (m.entity) count(entityKeys(m.entity, names.get(m.entity) ?? m.base, kb), 1);
  for (const n of doc.text.matchAll(NUMBER)) count([[`${NUMBER_TERM}${n[0].replace(/\D/g, '')}`, NUMBER_WEIGHT]], 1);
  if (doc.title) {
    // The title is not part of `text`: an entity whose name or a written form occurs in it counts twice more.
    const t = doc.title.toLowerCase();
    const forms = new Map<string, Set<string>>();
    for (const m of doc.mentions) if (m.entity) (forms.get(m.entity) ?? forms.set(m.entity, new Set()).get(m.entity)!).add(m.text.toLowerCase());
    for (const e of doc.entities) {
      if (t.includes(e.name.toLowerCase()) || [...(forms.get(e.id) ?? [])].some((f) => t.includes(f))) {
        count(entityKeys(e.id, e.name, kb), 2);
      }
    }
  }
  const terms = new Map<string, number>();
  for (const [key, n] of counts) {
    const kind = kb?.get(key)?.kind;
    terms.set(key, n < 1 ? n : (1 + Math.log(n)) * (kind && GENERAL_KINDS.has(kind) ? GENERAL_FACTOR : 1));
  }
  return { id: doc.id, terms, days: dayRange(doc.date?.value), exact: doc.date?.precision === 'day' };
}
