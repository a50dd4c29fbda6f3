import type { CompiledQuoteLexicon } from './lexicon.js';
import { parseSpeaker, type SpeakerPhrase } from './speaker.js';
import { isSentenceEnd, type Words } from './words.js';

/** How far (in tokens) a subject may stand from its verb: `Stoltenberg je u svom izvještaju naveo`. */
const MAX_GAP = 6;
const QUOTE_MARK = /^["“”„«»‹›]$/;

/** Is token `i` a boundary that a subject and its verb cannot straddle? */
function isBarrier(w: Words, lex: CompiledQuoteLexicon, i: number): boolean {
  const t = w.text(i);
  return isSentenceEnd(t) || t === ':' || t === ';' || QUOTE_MARK.test(t) || !!lex.complementizers.match(w.lower, i) || !!lex.verbs.match(w.lower, i);
}

/** All speaker phrases in tokens [from, to), left to right, not overlapping. */
export function phrasesIn(w: Words, lex: CompiledQuoteLexicon, from: number, to: number): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (let p = from; p < to; ) {
    const ph = parseSpeaker(w, lex, p, to);
    if (ph && plausible(w, lex, ph, from)) {
      out.push(ph);
      p = ph.to;
    } else p++;
  }
  return out;
}

/**
 * A one-word capitalised "name" at the start of a clause is only a name when a verb or an
 * apposition follows (`Rutte theksoi`, not `U izvještaju`, `Ndërkohë,`).
 */
function plausible(w: Words, lex: CompiledQuoteLexicon, ph: SpeakerPhrase, clauseStart: number): boolean {
  if (ph.kind !== 'name' || ph.to - ph.from > 1) return true;
  if (w.text(ph.from).length < 2) return false;
  if (ph.from !== clauseStart && !w.breakBefore(ph.from) && !isSentenceEnd(w.text(ph.from - 1))) return true;
  const next = w.lower[ph.to] ?? '';
  return !!lex.verbs.match(w.lower, ph.to) || (next === ',' && !!w.mentionAt.get(ph.from)) || !!lex.verbs.match(w.lower, ph.to + 1);
}

/**
 * The subject of a reporting verb at tokens [verbFrom, verbTo) in the clause [clauseStart,
 * clauseEnd): the nearest speaker phrase before it, else one right after it (`tha Stoltenberg`,
 * `заявив президент`), else null (the speaker is left to the context).
 */
export function subjectOf(w: Words, lex: CompiledQuoteLexicon, verbFrom: number, verbTo: number, clauseStart: number, clauseEnd: number): SpeakerPhrase | null {
  const before = phrasesIn(w, lex, clauseStart, verbFrom);
  for (let k = before.length - 1; k >= 0; k--) {
    const ph = before[k]!;
    if (verbFrom - ph.to > MAX_GAP) break;
    let blocked = false;
    for (let p = ph.to; p < verbFrom && !blocked; p++) blocked = isBarrier(w, lex, p);
    if (!blocked) return ph;
    break;
  }
  for (let p = verbTo; p < Math.min(clauseEnd, verbTo + MAX_GAP); p++) {
    const t = w.text(p);
    if (isSentenceEnd(t) || t === ',' || t === ':' || QUOTE_MARK.test(t) || lex.complementizers.match(w.lower, p) || lex.outletCues.match(w.lower, p)) break;
    const ph = parseSpeaker(w, lex, p, clauseEnd);
    if (ph && plausible(w, lex, ph, -1)) return ph;
  }
  return null;
}
