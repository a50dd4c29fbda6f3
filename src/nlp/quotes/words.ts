import type { Article, Mention, Token } from '../../model/index.js';

/** The article's tokens as the quotes stage reads them: lower-cased words and lookups by offset. */
export class Words {
  readonly tokens: Token[];
  readonly lower: string[];
  readonly view: string;
  /** Token index → the mention starting at it (from the Entities stage, when it ran). */
  readonly mentionAt = new Map<number, { mention: Mention; to: number }>();
  /** Every mention by its first token, lower-case words included (`Европската комисија`): for organisations. */
  readonly anyMentionAt = new Map<number, { mention: Mention; to: number }>();

  constructor(doc: Article) {
    this.view = doc.view;
    this.tokens = doc.tokens;
    this.lower = doc.tokens.map((t) => doc.view.slice(t.start, t.end).toLowerCase());
    for (const m of doc.mentions) {
      const from = this.indexAt(m.start);
      let to = from;
      while (to < this.tokens.length && this.tokens[to]!.start < m.end) to++;
      // only mentions that are a run of capitalised words (not `Sipas Trumpit`, `Grlić Radman novinarima`)
      if (from >= this.tokens.length || this.tokens[from]!.start !== m.start || to <= from) continue;
      this.anyMentionAt.set(from, { mention: m, to });
      let clean = true;
      for (let k = from; k < to && clean; k++) clean = !/^\p{Ll}/u.test(doc.view.slice(this.tokens[k]!.start, this.tokens[k]!.end));
      if (clean) this.mentionAt.set(from, { mention: m, to });
    }
  }

  get length(): number {
    return this.tokens.length;
  }

  text(i: number): string {
    const t = this.tokens[i];
    return t ? this.view.slice(t.start, t.end) : '';
  }

  /** The text from token `from` to token `to` (exclusive), as it stands. */
  slice(from: number, to: number): string {
    if (to <= from) return '';
    return this.view.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  /** Index of the first token starting at or after `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  isCap(i: number): boolean {
    const w = this.text(i);
    return /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);
  }

  isWord(i: number): boolean {
    return /^[\p{L}\p{N}]/u.test(this.text(i));
  }

  /** Is there a line break between tokens i-1 and i? */
  breakBefore(i: number): boolean {
    if (i <= 0 || i >= this.tokens.length) return true;
    return this.view.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start).includes('\n');
  }

  /** The head of a hyphen-suffixed word (`NATO-s` → `NATO`, `BE-së` → `BE`), else the word. */
  base(i: number): string {
    const t = this.tokens[i]!;
    const w = this.text(i);
    if (t.parts && t.parts.length > 1) {
      const head = this.view.slice(t.parts[0]!.start, t.parts[0]!.end);
      const tail = this.view.slice(t.parts[t.parts.length - 1]!.start, t.parts[t.parts.length - 1]!.end);
      if (/^\p{Lu}{2,}$/u.test(head) && /^\p{Ll}{1,4}$/u.test(tail)) return head;
    }
    return w;
  }
}

/** Sentence-final punctuation tokens. */
export const isSentenceEnd = (w: string) => w === '.' || w === '!' || w === '?' || w === '…';
