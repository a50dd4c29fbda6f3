import type { Span } from '../../model/index.js';
import type { Gender } from '../../lang/types/quotes.js';
import type { CompiledQuoteLexicon } from './lexicon.js';
import type { Quotation } from './marks.js';
import { parseSpeaker, type SpeakerPhrase } from './speaker.js';
import { subjectOf } from './subject.js';
import { isSentenceEnd, type Words } from './words.js';

/** Where a quotation's attribution was found. */
export type CueWhere = 'after' | 'before' | 'previous' | 'context' | 'none';

export interface Attribution {
  where: CueWhere;
  /** The speaker phrase, or null when the speaker is left to the context (`tha të mërkurën`, pro-drop). */
  phrase: SpeakerPhrase | null;
  /** Cue tokens [from, to). */
  cue: [number, number] | null;
  /** The cue is a reporting verb or a source cue (not a bare `X:` heading). */
  verb: boolean;
  /** The speaker's gender as the verb shows it (`rekla je`, `заявила`), or null. */
  gender?: Gender | null;
}

const LEAD = /^[,\-–—:]$/;
const QUOTE_MARK = /^["“”„«»‹›]$/;
const AFTER_WINDOW = 14;

/** The sentence (token range) containing token `i`, from the article's sentences. */
export function sentenceAround(w: Words, sentences: readonly Span[], offset: number): [number, number] {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = found >= 0 ? sentences[found]! : { start: 0, end: w.view.length };
  return [w.indexAt(s.start), w.indexAt(s.end)];
}

/**
 * Finds who a direct quotation is attributed to: a cue right after it (`”, tha Stoltenberg`,
 * `», - зазначив він`, `", zyrtari i NATO-s:`), a cue before it in its sentence (`Rama tha:`,
 * `Sipas zyrtarëve të NATO-s, … “`), or a reporting sentence right before it (`Ai bëri të ditur se …`).
 */
export function attribute(w: Words, lex: CompiledQuoteLexicon, q: Quotation, sentences: readonly Span[]): Attribution {
  return after(w, lex, q) ?? before(w, lex, q, sentences) ?? previous(w, lex, q, sentences) ?? { where: 'none', phrase: null, cue: null, verb: false };
}

function after(w: Words, lex: CompiledQuoteLexicon, q: Quotation): Attribution | null {
  let j = w.indexAt(q.dash ? q.end : q.close + 1);
  if (j >= w.length || w.breakBefore(j)) return null;
  let lead = 0;
  while (j < w.length && lead < 3 && LEAD.test(w.text(j)) && !w.breakBefore(j)) {
    j++;
    lead++;
  }
  if (j >= w.length || w.breakBefore(j)) return null;
  const end = lineEnd(w, j, AFTER_WINDOW);
  const v = lex.verbs.match(w.lower, j);
  if (v) {
    const vTo = j + v.length;
    const ph = subjectAfter(w, lex, vTo, end);
    return { where: 'after', phrase: ph, cue: [j, ph ? ph.to : vTo], verb: true, gender: v.gender };
  }
  const ph = parseSpeaker(w, lex, j, end);
  if (!ph) return null;
  let p = ph.to;
  const v2 = p < end ? lex.verbs.match(w.lower, p) : null;
  if (v2) return { where: 'after', phrase: ph, cue: [j, p + v2.length], verb: true, gender: v2.gender };
  // `Smith je rekao`: an auxiliary between the subject and the participle is in the verb list as `je rekao`
  if (ph.kind !== 'name' && (p >= end || w.text(p) === ':') && lead > 0) return { where: 'after', phrase: ph, cue: [j, ph.to], verb: false };
  if (ph.kind === 'name' && w.text(p) === ':' && lead > 0) return { where: 'after', phrase: ph, cue: [j, ph.to], verb: false };
  return null;
}

/** Tokens from `j` up to the end of the line, at most `max` of them. */
function lineEnd(w: Words, j: number, max: number): number {
  let e = j;
  while (e < w.length && e - j < max && (e === j || !w.breakBefore(e))) e++;
  return e;
}

/** The speaker after a post-quote verb, skipping adverbs and times (`tha të mërkurën Rutte`, `rekao je danas Vučić`). */
function subjectAfter(w: Words, lex: CompiledQuoteLexicon, from: number, end: number): SpeakerPhrase | null {
  for (let p = from; p < Math.min(end, from + 6); p++) {
    const t = w.text(p);
    if (isSentenceEnd(t) || t === ',' || QUOTE_MARK.test(t) || lex.complementizers.match(w.lower, p) || lex.outletCues.match(w.lower, p)) return null;
    const ph = parseSpeaker(w, lex, p, end);
    if (ph) return ph;
  }
  return null;
}

function before(w: Words, lex: CompiledQuoteLexicon, q: Quotation, sentences: readonly Span[]): Attribution | null {
  const open = w.indexAt(q.open);
  const [sStart] = sentenceAround(w, sentences, q.open);
  let from = sStart;
  for (let p = open - 1; p >= sStart; p--) if (w.breakBefore(p)) { from = p; break; }
  // the last reporting verb or source cue before the quotation in its sentence
  let best: Attribution | null = null;
  for (let p = from; p < open; p++) {
    const a = lex.accordingTo.match(w.lower, p);
    if (a) {
      const inCue = w.lower.slice(p, p + a.length).some((x) => lex.possessives.has(x));
      const ph = inCue ? { from: p, to: p + a.length, kind: 'possessive' as const, gender: null, name: null, org: null, role: null } : parseSpeaker(w, lex, p + a.length, open);
      if (ph) best = { where: 'before', phrase: ph, cue: [p, ph.to], verb: true };
      p += a.length - 1;
      continue;
    }
    const v = lex.verbs.match(w.lower, p);
    if (v) {
      const ph = subjectOf(w, lex, p, p + v.length, from, open);
      best = { where: 'before', phrase: ph, cue: ph ? [Math.min(ph.from, p), Math.max(ph.to, p + v.length)] : [p, p + v.length], verb: true, gender: v.gender };
      p += v.length - 1;
    }
  }
  return best;
}

/**
 * A quotation that opens its sentence, attributed in the sentence before it: `Ai bëri të ditur se
 * … . “…”`, `He said: “…”` (the verb must introduce speech: followed by a complementizer or a colon).
 */
function previous(w: Words, lex: CompiledQuoteLexicon, q: Quotation, sentences: readonly Span[]): Attribution | null {
  const open = w.indexAt(q.open);
  const [sStart] = sentenceAround(w, sentences, q.open);
  for (let p = sStart; p < open; p++) if (w.isWord(p)) return null; // words before the quote in its sentence
  if (sStart === 0) return null;
  const [pStart, pEnd] = sentenceAround(w, sentences, w.tokens[sStart - 1]!.start);
  for (let p = pStart; p < pEnd; p++) {
    const v = lex.verbs.match(w.lower, p);
    if (!v) continue;
    const vTo = p + v.length;
    let introduces = w.text(pEnd - 1) === ':';
    for (let k = vTo; k < Math.min(pEnd, vTo + 4) && !introduces; k++) introduces = !!lex.complementizers.match(w.lower, k) || w.text(k) === ':';
    if (!introduces) continue;
    const ph = subjectOf(w, lex, p, vTo, pStart, pEnd);
    if (!ph) continue;
    return { where: 'previous', phrase: ph, cue: [Math.min(ph.from, p), Math.max(ph.to, vTo)], verb: true, gender: v.gender };
  }
  return null;
}

