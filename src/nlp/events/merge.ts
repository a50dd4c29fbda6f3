import type { Found } from './read.js';
import { CITY, VENUE, WIDER } from './places.js';

/** Events whose participants are where the event is (not a deployment's or a commitment's place). */
const PRESENT = new Set(['meeting', 'visit', 'summit', 'press_conference', 'statement']);
/** An undated event continues an occasion told at most this many sentences before. */
const OCCASION_SENTENCES = 3;

/**
 * An event whose sentence names no place happened where an earlier event with a shared participant
 * did, on the same day (`…u takua në Bruksel me Rutten. Pas takimit mbajtën një konferencë për
 * shtyp.`); one whose sentence gives no date either continues the occasion just told, and takes its
 * date too. A venue only the text names gives way to the occasion's place the knowledge base knows.
 */
export function inheritPlaces(found: Found[], rank: (id: string) => number): Found[] {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const e = f.event;
    // a place only the text names (`Palata Srbija`, `Маріїнський палац`) is a venue in the occasion's city
    if ((e.place && rank(e.place) !== VENUE) || !PRESENT.has(e.type)) continue;
    for (let k = i - 1; k >= 0; k--) {
      const x = found[k]!;
      if (!x.event.place || rank(x.event.place) === VENUE || !PRESENT.has(x.event.type) || !x.event.participants.some((p) => e.participants.includes(p))) continue;
      if (f.dated ? x.event.time === e.time : f.sentence - x.sentence <= OCCASION_SENTENCES) {
        e.place = x.event.place;
        if (!f.dated && x.dated) {
          e.time = x.event.time;
          f.dated = true;
        }
        break;
      }
    }
  }
  return found;
}

/**
 * Events of one article that report the same happening: same type, times that agree (equal, or
 * one of them only the article's date), places that agree (equal, one unknown, or a city and a
 * wider place: the city is kept) and a shared
 * participant. The first keeps its evidence and modality and gains the other's participants,
 * place, sentence date and quantity.
 */
export function mergeEvents(found: readonly Found[], rank: (id: string) => number): Found[] {
  // a city and the country or region it lies in may be one place told twice (`në Bruksel`, `në Evropë`)
  const agree = (a: string | null, b: string | null) => !a || !b || a === b || rank(a) + rank(b) === CITY + WIDER;
  const out: Found[] = [];
  for (const f of found) {
    const e = f.event;
    const same = out.find(
      ({ event: x, dated }) =>
        x.type === e.type &&
        // an undated mention continues a dated one, but a plan is not what already happened
        (x.time === e.time || ((!dated || !f.dated) && x.modality === e.modality)) &&
        agree(x.place, e.place) &&
        x.participants.some((p) => e.participants.includes(p)),
    );
    if (!same) {
      out.push({ ...f, event: { ...e, participants: [...e.participants] } });
      continue;
    }
    const x = same.event;
    for (const p of e.participants) if (!x.participants.includes(p)) x.participants.push(p);
    if (!x.place || (e.place && rank(e.place) < rank(x.place))) x.place = e.place;
    x.quantity ??= e.quantity;
    if (!same.dated && f.dated) {
      x.time = e.time;
      same.dated = true;
    }
  }
  return out;
}
