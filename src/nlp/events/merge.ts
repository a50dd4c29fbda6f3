import type { Event } from '../../model/index.js';
import type { Found } from './read.js';

/**
 * Events of one article that report the same happening: same type, times that agree (equal, or
 * one of them only the article's date), places that agree (equal, one unknown, or a city and a
 * wider place: the city is kept) and a shared
 * participant. The first keeps its evidence and modality and gains the other's participants,
 * place, sentence date and quantity.
 */
export function mergeEvents(found: readonly Found[], isCity: (id: string) => boolean): Event[] {
  // a city and a country or region may be one place told twice (`në Bruksel`, `në Evropë`)
  const agree = (a: string | null, b: string | null) => !a || !b || a === b || isCity(a) !== isCity(b);
  const out: Found[] = [];
  for (const f of found) {
    const e = f.event;
    const same = out.find(
      ({ event: x, dated }) =>
        x.type === e.type &&
        (x.time === e.time || !dated || !f.dated) &&
        agree(x.place, e.place) &&
        x.participants.some((p) => e.participants.includes(p)),
    );
    if (!same) {
      out.push({ event: { ...e, participants: [...e.participants] }, dated: f.dated });
      continue;
    }
    const x = same.event;
    for (const p of e.participants) if (!x.participants.includes(p)) x.participants.push(p);
    if (!x.place || (e.place && isCity(e.place) && !isCity(x.place))) x.place = e.place;
    x.quantity ??= e.quantity;
    if (!same.dated && f.dated) {
      x.time = e.time;
      same.dated = true;
    }
  }
  return out.map((f) => f.event);
}
