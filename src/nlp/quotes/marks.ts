import type { Span } from '../../model/index.js';

/**
 * Quotation marks: pairs them in every convention of our languages (“…”, „…“, „…”, «…», »…«,
 * "…", ‹…›, ‚…‘, ‘…’), nested to any depth, and yields the outermost quotations. Apostrophes
 * inside words (`t’u`, `зв’язку`, `Скоп’є`) are never marks. A quotation never runs past the
 * paragraph it opens in, unless the next paragraph reopens the mark (the convention for a quote
 * over several paragraphs). One pass over the text.
 */
export interface Quotation {
  /** Offset of the opening mark (or of the dialogue dash). */
  open: number;
  /** Offset of the closing mark; for an unclosed quotation, the end of its last paragraph. */
  close: number;
  /** The quoted words without the marks, trimmed. */
  start: number;
  end: number;
  closed: boolean;
  /** Opened by a dialogue dash at the start of a paragraph. */
  dash: boolean;
}

const CLOSERS: Record<string, string> = {
  '“': '”“', '„': '“”', '«': '»', '»': '«', '‹': '›', '›': '‹', '"': '"', '‚': '‘’', '‘': '’', '”': '”', '‟': '”',
};
const ALL_MARKS = '“”„‟«»‹›"‚‘’';
const OPEN_ONLY = '„‟‚';
const WORD = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN_PUNCT = /[\s([{\-–—:;,/]/;
const SPACE_OR_CLOSE_PUNCT = /[\s.,;:!?)\]}\-–—…/]/;
/** Deeper than this, further opening marks are ignored (quotes in quotes in quotes...). */
const MAX_DEPTH = 6;

interface Open {
  ch: string;
  pos: number;
}

export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const out: Quotation[] = [];
  let carried: Open | null = null; // an outermost quotation continued from the previous paragraph
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    const stack: Open[] = [];
    let from = para.start;
    if (carried) {
      // the paragraph reopens the mark: the quotation goes on; skip the reopening mark
      const first = firstNonSpace(text, para.start, para.end);
      if (first >= 0 && ALL_MARKS.includes(text[first]!) && isLeftFlanking(text, first)) {
        stack.push(carried);
        from = first + 1;
      } else {
        emit(out, text, carried, lastNonSpace(text, paragraphs[pi - 1]!.start, paragraphs[pi - 1]!.end) + 1, false, false);
      }
      carried = null;
    }
    for (let p = from; p < para.end; p++) {
      const ch = text[p]!;
      if (!ALL_MARKS.includes(ch)) continue;
      const before = p > 0 ? text[p - 1]! : ' ';
      const after = p + 1 < text.length ? text[p + 1]! : ' ';
      if ((ch === '’' || ch === '‘' || ch === '\'') && WORD.test(before) && WORD.test(after)) continue; // apostrophe
      const left = isLeftFlanking(text, p);
      const right = isRightFlanking(text, p);
      // close the innermost matching open quotation (dropping unclosed ones inside it)
      let closedAt = -1;
      if (!OPEN_ONLY.includes(ch) && (right || !left)) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (CLOSERS[stack[k]!.ch]!.includes(ch)) {
            closedAt = k;
            break;
          }
          if (k < stack.length - 1 || !right) break; // only look one level down, and only for a clear closer
        }
      }
      if (closedAt >= 0) {
        const o = stack[closedAt]!;
        stack.length = closedAt;
        if (closedAt === 0) emit(out, text, o, p, true, false);
        continue;
      }
      const canOpen = ch !== '’' && ch !== '›' && (ch !== '”' || (left && !right)) && (ch !== '»' || left);
      if (canOpen && (left || !right) && stack.length < MAX_DEPTH) {
        if ((ch === '‘' || ch === '\'') && !left) continue;
        stack.push({ ch, pos: p });
      }
    }
    if (stack.length) {
      const next = paragraphs[pi + 1];
      const bottom = stack[0]!;
      const first = next ? firstNonSpace(text, next.start, next.end) : -1;
      // the convention for a quote over paragraphs: the paragraph ends a sentence, leaves the mark open, and the next reopens it
      const last = lastNonSpace(text, para.start, para.end);
      if (first >= 0 && ALL_MARKS.includes(text[first]!) && isLeftFlanking(text, first) && bottom.pos < last && /[.!?…]/.test(text[last]!)) carried = bottom;
      else emit(out, text, bottom, lastNonSpace(text, para.start, para.end) + 1, false, false);
    }
    const dash = dialogueDash(text, para, out);
    if (dash) out.push(dash);
  }
  if (carried) {
    const last = paragraphs[paragraphs.length - 1]!;
    emit(out, text, carried, lastNonSpace(text, last.start, last.end) + 1, false, false);
  }
  return out.sort((a, b) => a.open - b.open);
}

function emit(out: Quotation[], text: string, o: Open, close: number, closed: boolean, dash: boolean): void {
  let s = o.pos + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  if (!closed) while (e > s && ALL_MARKS.includes(text[e - 1]!)) e--;
  if (e <= s || !WORD.test(text.slice(s, e))) return;
  out.push({ open: o.pos, close, start: s, end: e, closed, dash });
}

/** A mark with space (or an opening bracket) before it and a word after it opens. */
function isLeftFlanking(text: string, p: number): boolean {
  const before = p > 0 ? text[p - 1]! : ' ';
  const after = p + 1 < text.length ? text[p + 1]! : ' ';
  return !/\s/.test(after) && (SPACE_OR_OPEN_PUNCT.test(before) || ALL_MARKS.includes(before) || before === '\n');
}

/** A mark with a word (or closing punctuation) before it and space or punctuation after it closes. */
function isRightFlanking(text: string, p: number): boolean {
  const before = p > 0 ? text[p - 1]! : ' ';
  const after = p + 1 < text.length ? text[p + 1]! : ' ';
  return !/\s/.test(before) && (SPACE_OR_CLOSE_PUNCT.test(after) || ALL_MARKS.includes(after));
}

function firstNonSpace(text: string, s: number, e: number): number {
  for (let p = s; p < e; p++) if (!/\s/.test(text[p]!)) return p;
  return -1;
}

function lastNonSpace(text: string, s: number, e: number): number {
  for (let p = e - 1; p >= s; p--) if (!/\s/.test(text[p]!)) return p;
  return s - 1;
}

const DASH_START = /^[ \t]*[–—-][ \t\u00a0]*(?=\p{L}|\p{N}|\()/u;
const DASH_BREAK = /(?:[,.!?…][ \t\u00a0]*|[ \t\u00a0]+)[–—-][ \t\u00a0]+(?=\p{L})/gu;

/**
 * Dialogue-dash speech: a paragraph that opens with a dash (`— Мы не отступим, — сказал он.`).
 * The quoted words run to the next dash that follows punctuation, or to the paragraph's end.
 */
function dialogueDash(text: string, para: Span, found: Quotation[]): Quotation | null {
  const line = text.slice(para.start, para.end);
  const m = DASH_START.exec(line);
  if (!m) return null;
  if (found.some((q) => q.open >= para.start && q.open < para.end)) return null;
  const open = para.start + m[0].search(/[–—-]/);
  DASH_BREAK.lastIndex = m[0].length;
  const b = DASH_BREAK.exec(line);
  const cut = b ? para.start + b.index + (/[,.!?…]/.test(b[0][0]!) ? 1 : 0) : para.end;
  let e = cut;
  const s = para.start + m[0].length;
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return { open, close: cut, start: s, end: e, closed: !!b, dash: true };
}
