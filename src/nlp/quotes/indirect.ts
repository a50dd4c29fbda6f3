import type { Span } from '../../model/index.js';
import type { CompiledQuoteLexicon } from './lexicon.js';
import type { Quotation } from './marks.js';
import { parseSpeaker, type SpeakerPhrase } from './speaker.js';
import { subjectOf } from './subject.js';
import { isSentenceEnd, type Words } from './words.js';

/** Reported speech with an explicit source: `X tha se …`, `X je rekao da …`, `по словам X, …`. */
export interface Reported {
  phrase: SpeakerPhrase;
  cue: [number, number];
  start: number;
  end: number;
  /** False for a sentence that only names who speaks (`Rama u shpreh optimist.`): it sets the context for pronouns. */
  content: boolean;
}

const MIN_WORDS = 3;

/**
 * Finds reported speech sentence by sentence: a reporting verb with a speaker and a
 * complementizer (`Rutte theksoi gjithashtu se …`, `Він наголосив, що …`) or a source cue with
 * its speaker at the head of the sentence (`Sipas zyrtarëve të NATO-s, …`). Sentences whose
 * content holds a direct quotation are left to it.
 */
export function findReported(w: Words, lex: CompiledQuoteLexicon, sentences: readonly Span[], all: readonly Quotation[]): Reported[] {
  const out: Reported[] = [];
  const quotations = all.filter((q) => !q.dash);
  let qi = 0;
  for (const s of sentences) {
    while (qi < quotations.length && quotations[qi]!.close < s.start) qi++;
    const a = w.indexAt(s.start);
    const b = w.indexAt(s.end);
    const inQuote = (p: number) => {
      const o = w.tokens[p]!.start;
      for (let k = qi; k < quotations.length && quotations[k]!.open <= o; k++) if (o <= quotations[k]!.close) return true;
      return false;
    };
    const r = reportedIn(w, lex, a, b, inQuote);
    if (!r) continue;
    if (r.content && quotations.some((q) => q.open < r.end && q.close >= r.start)) continue;
    out.push(r);
  }
  return out;
}

function reportedIn(w: Words, lex: CompiledQuoteLexicon, a: number, b: number, inQuote: (p: number) => boolean): Reported | null {
  let focus: Reported | null = null;
  for (let p = a; p < b; p++) {
    const acc = lex.accordingTo.match(w.lower, p);
    if (acc && (p === a || w.text(p - 1) === ',') && !inQuote(p)) {
      const to = p + acc.length;
      const inCue = w.lower.slice(p, to).some((x) => lex.possessives.has(x));
      const ph: SpeakerPhrase | null = inCue ? { from: p, to, kind: 'possessive', gender: null, name: null, org: null, role: null } : parseSpeaker(w, lex, to, b);
      if (ph) {
        for (let k = ph.to; k < Math.min(b, ph.to + 3); k++) {
          if (w.text(k) !== ',') continue;
          const c = content(w, k + 1, b);
          if (c) return { phrase: ph, cue: [p, ph.to], ...c, content: true };
        }
      }
      p = to - 1;
      continue;
    }
    const v = lex.verbs.match(w.lower, p);
    if (!v || inQuote(p)) continue;
    const vTo = p + v.length;
    const inverted = contentBefore(w, lex, a, p, vTo, b);
    if (inverted) return inverted;
    for (let k = vTo; k < Math.min(b, vTo + 5); k++) {
      const t = w.text(k);
      if (isSentenceEnd(t) || /^["“”„«»‹›]$/.test(t)) break;
      const c = t === ':' ? { length: 1 } : lex.complementizers.match(w.lower, k);
      if (!c) continue;
      const subj = subjectOf(w, lex, p, vTo, a, k);
      if (!subj) break;
      const ph = v.gender && !subj.gender ? { ...subj, gender: v.gender } : subj;
      const body = content(w, k + c.length, b);
      if (body) return { phrase: ph, cue: [Math.min(ph.from, p), Math.max(ph.to, vTo)], ...body, content: true };
      break;
    }
    if (!focus && (p === a || !inQuote(p))) {
      const ph = subjectOf(w, lex, p, vTo, a, b);
      if (ph && ph.kind !== 'pronoun' && ph.kind !== 'possessive') focus = { phrase: ph, cue: [Math.min(ph.from, p), Math.max(ph.to, vTo)], start: w.tokens[p]!.start, end: w.tokens[p]!.start, content: false };
    }
    p = vTo - 1;
  }
  if (!focus && !inQuote(a)) {
    // a sentence that opens with a person sets the context for pronouns: `Viktor Orbán struck a different tone.`
    const ph = parseSpeaker(w, lex, a, b);
    if (ph && ph.kind === 'name' && ph.name && ph.name[1] - ph.name[0] >= 2 && ph.to < b && w.isWord(ph.to) && !w.isCap(ph.to)) {
      focus = { phrase: ph, cue: [ph.from, ph.to], start: w.tokens[a]!.start, end: w.tokens[a]!.start, content: false };
    }
  }
  return focus;
}

/**
 * Content before an inverted cue: `Ova tendencija će se nastaviti, kažu stručnjaci.`, `…, poručio je
 * Stoltenberg.`: the verb right after a comma (or a dash), its speaker after it.
 */
function contentBefore(w: Words, lex: CompiledQuoteLexicon, a: number, p: number, vTo: number, b: number): Reported | null {
  let k = p - 1;
  while (k > a && /^[-–—]$/.test(w.text(k))) k--;
  if (k <= a || w.text(k) !== ',') return null;
  const ph = subjectOf(w, lex, p, vTo, p, b);
  if (!ph || ph.from < vTo) return null;
  let s = a;
  while (s < k && !w.isWord(s)) s++;
  const c = content(w, s, k);
  return c ? { phrase: ph, cue: [p, ph.to], ...c, content: true } : null;
}

/** The reported content from token `from` to the sentence end, without its final punctuation. */
function content(w: Words, from: number, b: number): { start: number; end: number } | null {
  let e = b;
  while (e > from && !w.isWord(e - 1)) e--;
  if (e - from < MIN_WORDS) return null;
  let words = 0;
  for (let p = from; p < e; p++) if (w.isWord(p)) words++;
  if (words < MIN_WORDS) return null;
  return { start: w.tokens[from]!.start, end: w.tokens[e - 1]!.end };
}
