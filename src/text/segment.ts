import type { Sentence, Span, Token } from '../model/index.js';

/**
 * Tokens: runs of letters/digits, with inner hyphens and apostrophes kept inside the token
 * (`NATO-s`, `BE-së`, `t’u`, `Скоп’є`, `країн-членів`) and their parts recorded; numbers keep
 * inner dots and commas (`4.700`, `22.11.2023`); any other non-space character is a token alone.
 * One regex pass, no per-token allocation beyond the token itself.
 */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-‐'’ʼ][\p{L}\p{M}\p{N}]+)*|\S/gu;
const JOINER = /[-‐'’ʼ]/g;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = end === text.length ? text : text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const s = m.index;
    const w = m[0];
    const tok: Token = { start: s, end: s + w.length };
    if (w.length > 2 && /[-‐'’ʼ]/.test(w) && /\p{L}/u.test(w)) {
      const parts: Span[] = [];
      let p = s;
      JOINER.lastIndex = 0;
      let j: RegExpExecArray | null;
      while ((j = JOINER.exec(w)) !== null) {
        parts.push({ start: p, end: s + j.index });
        p = s + j.index + 1;
      }
      parts.push({ start: p, end: s + w.length });
      tok.parts = parts;
    }
    tokens.push(tok);
  }
  return tokens;
}

const OPENERS = new Set(['“', '„', '«', '»', '‹', '‚']);
const CLOSERS: Record<string, string[]> = {
  '“': ['”', '“'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '‚': ['‘', '’'],
};
const ENDERS = new Set(['.', '!', '?', '…']);
const QUOTE_OR_BRACKET_AFTER = /^[”“»«"'’)\]›]+/;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}“„«»"‹(\[–—-]/u;

export interface SegmentOptions {
  /** Lower-case abbreviations with their dots (`dr.`, `p.sh.`, `т.зв.`). */
  abbreviations: ReadonlySet<string>;
}

/**
 * Sentences over `tokens`: a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets after it) when the next token starts a sentence, unless the word before the dot is an
 * abbreviation of the language or a one-letter initial, or the dot closes an ordinal number
 * followed by a lower-case word (`22. novembra`). No sentence ends inside an open quotation; a
 * line break always ends a sentence (and closes any quotation left open, so nothing runs away).
 */
export function splitSentences(text: string, tokens: Token[], opts: SegmentOptions): Sentence[] {
  const sentences: Sentence[] = [];
  let sStart = -1;
  let quote: string | null = null;
  let straightOpen = false;
  /** Sentence marks seen inside the open quotation: past MAX_QUOTED_MARKS it was never closed. */
  let quotedMarks = 0;
  const close = (end: number) => {
    if (sStart >= 0 && end > sStart) sentences.push({ start: sStart, end });
    sStart = -1;
  };
  /** Ends the sentence after token `endTok` (and any closing quotes or brackets glued to it) when the next token starts one. */
  const boundaryAfter = (endTok: number): number => {
    while (tokens[endTok + 1] && tokens[endTok + 1]!.start === tokens[endTok]!.end && QUOTE_OR_BRACKET_AFTER.test(text.slice(tokens[endTok + 1]!.start, tokens[endTok + 1]!.end))) {
      const w = text.slice(tokens[endTok + 1]!.start, tokens[endTok + 1]!.end);
      if (w === '"') straightOpen = false;
      else if (quote && CLOSERS[quote]!.includes(w)) quote = null;
      endTok++;
    }
    const after = tokens[endTok + 1];
    if (!after || quote || straightOpen || !STARTS_SENTENCE.test(text.slice(after.start, after.end))) return -1;
    close(tokens[endTok]!.end);
    return endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (sStart >= 0 && hasLineBreak(text, tokens[i - 1]!.end, t.start)) {
      close(tokens[i - 1]!.end);
      quote = null;
      straightOpen = false;
    }
    if (sStart < 0) sStart = t.start;
    const w = text.slice(t.start, t.end);
    const prev = tokens[i - 1];
    if (w.length === 1) {
      let closed = false;
      if (quote && CLOSERS[quote]!.includes(w)) {
        quote = null;
        closed = true;
      } else if (!quote && !straightOpen && OPENERS.has(w)) {
        quote = w;
        quotedMarks = 0;
      } else if (w === '"') {
        closed = straightOpen;
        straightOpen = !straightOpen;
        quotedMarks = 0;
      }
      // `…dogodilo." Nakon toga`: a quotation that ends a sentence ends it after its closing mark.
      if (closed && prev && prev.end === t.start && ENDERS.has(text.slice(prev.start, prev.end))) {
        const end = boundaryAfter(i - 1);
        if (end >= 0) i = end;
        continue;
      }
    }
    if (!ENDERS.has(w)) continue;
    if (quote || straightOpen) {
      if (++quotedMarks <= MAX_QUOTED_MARKS) continue;
      quote = null; // a quotation this long was never closed: stop waiting for it
      straightOpen = false;
    }
    const next = tokens[i + 1];
    if (!next) continue;
    if (w === '.' && prev && prev.end === t.start) {
      const pw = text.slice(prev.start, prev.end);
      if (isAbbreviation(text, tokens, i, opts.abbreviations)) continue;
      if (/^\p{Lu}$/u.test(pw)) continue; // an initial: J. Stoltenberg
      if (/^\p{N}+$/u.test(pw) && /^\p{Ll}/u.test(text.slice(next.start, next.end))) continue; // 22. novembra
    }
    const end = boundaryAfter(i);
    if (end >= 0) i = end;
  }
  if (sStart >= 0 && tokens.length) close(tokens[tokens.length - 1]!.end);
  return sentences;
}

/** Sentence marks tolerated inside one quotation before it is taken for an unclosed quote mark. */
const MAX_QUOTED_MARKS = 12;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Is the dot at token index `dot` the end of an abbreviation (`dr.`, `p.sh.`, `т.зв.`)? */
function isAbbreviation(text: string, tokens: Token[], dot: number, abbrevs: ReadonlySet<string>): boolean {
  // Walk back over `x.y.` chains, up to 4 tokens, and test each candidate suffix.
  let candidate = '.';
  for (let k = dot - 1; k >= 0 && k >= dot - 6; k--) {
    const t = tokens[k]!;
    if (t.end !== tokens[k + 1]!.start) break;
    candidate = text.slice(t.start, t.end).toLowerCase() + candidate;
    if (abbrevs.has(candidate)) return true;
  }
  return false;
}
