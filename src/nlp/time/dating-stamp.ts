import type { Fields } from './resolve.js';
import type { TimeMention } from './tag.js';

/** How far into the text a publication stamp may stand. */
const STAMP_REACH = 400;
/** A time of day right after a date (`04.02.2018 15.39`, `13 Февруари 15:32`). */
const TIME_AFTER = /^[\s,|–—-]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.,]\d|%)/;
/** Nothing but punctuation and spaces (no word) between a line's edge and the date. */
const BARE = /^[^\p{L}\p{N}]*$/u;

/** A date in figures (`20.02.2018`, `04/02/2018`). */
const NUMERIC = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?$/;
/** The longest line taken for a title. */
const TITLE_LINE = 220;

export interface Stamp {
  y?: number;
  m: number;
  d: number;
  text: string;
}

/**
 * A publication stamp near the start of the text: a day-month (with or without its year) followed
 * by a time of day, or standing alone at the start or end of its line (`ЕС обмисля … пазара
 * 20.02.2018`, `. 04.02.2018 15.39 Великобритания ще …`). Pages copied with their header keep it;
 * it is the article's date, whatever the tense of the sentence after it.
 */
export function stampOf(text: string, mentions: TimeMention[], fields: Fields[]): Stamp | null {
  for (const [i, m] of mentions.entries()) {
    if (m.start > STAMP_REACH) break;
    const f = fields[i]!;
    // A stamp is the date alone: `до 31 декември 2020 г.` (with its preposition) is a sentence's.
    if (m.norm !== 'date' || !f.day || !f.month || f.month > 12 || !/^\d/.test(m.text)) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    let lineEnd = text.indexOf('\n', m.end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, m.start);
    const after = text.slice(m.end, lineEnd);
    const timed = TIME_AFTER.test(after);
    // Alone at a line's edge, a full date: opening the line in figures (`20.02.2018 Свят …`; a
    // written `12. marta 2019. godine potpisan je` is a sentence), or closing a title-like line with
    // nothing after it, not even a full stop.
    const opens = BARE.test(before) && NUMERIC.test(m.text);
    const closes = /^[ \t]*$/.test(after) && lineEnd - lineStart <= TITLE_LINE;
    const alone = f.year !== undefined && (opens || closes);
    if (timed || alone) return { y: f.year, m: f.month, d: f.day, text: text.slice(m.start, Math.min(lineEnd, m.end + (timed ? (TIME_AFTER.exec(after)?.[0].length ?? 0) : 0))) };
  }
  return null;
}
