import type { Article, Event } from '../../src/model/index.js';
import { fold, type GoldFile } from '../../src/eval/gold.js';

type GoldEvent = NonNullable<GoldFile['documents'][string]['events']>[number];

/** The folded canonical name and aliases of an entity id of an article (as src/eval/gold.ts compares them). */
function names(doc: Article, id: string | null): string[] {
  if (!id) return [];
  const e = doc.entities.find((x) => x.id === id);
  return [fold(id), ...(e ? [e.name, ...e.aliases].map(fold) : [])];
}

/** Does an output event match a gold event (the rule of the `events` row of ../shared/gold/README.md)? */
export function matches(doc: Article, e: Event, g: GoldEvent): boolean {
  const parts = new Set((g.participants ?? []).map(fold));
  if (e.type !== g.type) return false;
  if (parts.size && !e.participants.some((p) => names(doc, p).some((n) => parts.has(n)))) return false;
  if (g.place && !names(doc, e.place).includes(fold(g.place))) return false;
  if (g.date && !(e.time ?? '').startsWith(g.date)) return false;
  return true;
}

/** Events precision: output events that match some gold event of their article; the misses listed. */
export function eventPrecision(gold: GoldFile, outputs: ReadonlyMap<string, Article>): { hit: number; total: number; spurious: string[] } {
  const r = { hit: 0, total: 0, spurious: [] as string[] };
  for (const [key, g] of Object.entries(gold.documents)) {
    const doc = outputs.get(key);
    if (!doc) continue;
    for (const e of doc.events) {
      r.total++;
      if ((g.events ?? []).some((ge) => matches(doc, e, ge))) r.hit++;
      else r.spurious.push(`${key}: ${e.type} ${e.participants.join(',')} @${e.place} ${e.time}`);
    }
  }
  return r;
}

/** Gold events no output event matches. */
export function missedEvents(gold: GoldFile, outputs: ReadonlyMap<string, Article>): string[] {
  const out: string[] = [];
  for (const [key, g] of Object.entries(gold.documents)) {
    const doc = outputs.get(key);
    for (const ge of g.events ?? []) if (!doc || !doc.events.some((e) => matches(doc, e, ge))) out.push(`${key}: ${JSON.stringify(ge)}`);
  }
  return out;
}
