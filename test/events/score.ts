import type { Article } from '../../src/model/index.js';
import { eventMatches, type GoldFile } from '../../src/eval/gold.js';

/** Events precision: output events that match some gold event of their article; the misses listed. */
export function eventPrecision(gold: GoldFile, outputs: ReadonlyMap<string, Article>): { hit: number; total: number; spurious: string[] } {
  const r = { hit: 0, total: 0, spurious: [] as string[] };
  for (const [key, g] of Object.entries(gold.documents)) {
    const doc = outputs.get(key);
    if (!doc) continue;
    for (const e of doc.events) {
      r.total++;
      if ((g.events ?? []).some((ge) => eventMatches(doc, e, ge))) r.hit++;
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
    for (const ge of g.events ?? []) if (!doc || !doc.events.some((e) => eventMatches(doc, e, ge))) out.push(`${key}: ${JSON.stringify(ge)}`);
  }
  return out;
}
