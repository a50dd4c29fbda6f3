import type { Article, Mention, Span } from '../../model/index.js';
import type { EventType } from '../../lang/types/events.js';
import { Words } from '../quotes/words.js';
import { normalise } from './lexicon.js';
import type { PhraseSet } from '../quotes/lexicon.js';

/** What the Events stage reads of an article, indexed once: words, mentions by token, quotation spans. */
export class EventText {
  readonly w: Words;
  /** Lower-case words with one apostrophe, as the lexicon is written. */
  readonly words: string[];
  /** Mentions by their first token, with the token after their last. */
  readonly mentions: { mention: Mention; from: number; to: number }[] = [];
  /** Entity types by id. */
  readonly entityType: Map<string, string>;
  /** Direct and partial quotations: what is inside them is the speaker's, not the reporter's. */
  readonly quoted: Span[];

  /** Tokens of a reporting verb (`ka deklaruar`, `said`): a date beside one is when it was said. */
  readonly saying: Uint8Array;

  constructor(readonly doc: Article, reportingVerbs: PhraseSet | null) {
    this.w = new Words(doc);
    this.words = this.w.lower.map(normalise);
    this.saying = new Uint8Array(this.w.length);
    if (reportingVerbs)
      for (let i = 0; i < this.w.length; i++) {
        const m = reportingVerbs.match(this.w.lower, i);
        if (m) this.saying.fill(1, i, i + m.length);
      }
    for (const m of doc.mentions) {
      const from = this.w.indexAt(m.start);
      let to = from;
      while (to < this.w.length && this.w.tokens[to]!.start < m.end) to++;
      if (to > from) this.mentions.push({ mention: m, from, to });
    }
    this.mentions.sort((a, b) => a.mention.start - b.mention.start);
    this.entityType = new Map(doc.entities.map((e) => [e.id, e.type]));
    this.quoted = doc.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end }));
  }

  /** The mentions within a span (a binary search in the mentions sorted by start). */
  mentionsIn(s: Span): EventText['mentions'] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.mention.start < s.start) lo = mid + 1;
      else hi = mid;
    }
    const out: EventText['mentions'] = [];
    for (let k = lo; k < this.mentions.length && this.mentions[k]!.mention.start < s.end; k++) if (this.mentions[k]!.mention.end <= s.end) out.push(this.mentions[k]!);
    return out;
  }

  /** The quotation containing an offset, or null. */
  quoteAt(offset: number): Span | null {
    for (const q of this.quoted) if (q.start <= offset && offset < q.end) return q;
    return null;
  }

  /** Is the offset on the same side of quotation marks as the trigger (both in `q`, or both outside any)? */
  sameVoice(offset: number, q: Span | null): boolean {
    return q ? q.start <= offset && offset < q.end : !this.quoteAt(offset);
  }

  /** Is a reporting verb within `gap` words of the token range [from, to)? */
  besideSaying(from: number, to: number, gap: number): boolean {
    for (let k = Math.max(0, from - gap); k < Math.min(this.w.length, to + gap); k++) if (this.saying[k]) return true;
    return false;
  }

  /** Token range [from, to) of a span. */
  tokenRange(s: Span): [number, number] {
    return [this.w.indexAt(s.start), this.w.indexAt(s.end)];
  }
}

/** A trigger: the event type and the words [at, at + length) that name it. */
export interface Trigger {
  type: EventType;
  at: number;
  length: number;
}

/** Words between a mention [from, to) and a trigger. */
export function wordsApart(m: { from: number; to: number }, trig: Trigger): number {
  return m.to <= trig.at ? trig.at - m.to : Math.max(0, m.from - trig.at - trig.length);
}
