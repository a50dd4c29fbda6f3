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
  return !!lex.verbs.match(w.lower, ph.to) || (next === ',' && w.mentionAt.get(ph.from)?.mention.type === 'PER') || !!lex.verbs.match(w.lower, ph.to + 1);
}

/**
 * A comma-enclosed aside right before token `end` (`, i cili foli në kushte anonimiteti,`,
 * `, kako prenosi agencija Beta,`): its first token, or `end` when there is none.
 */
function asideBefore(w: Words, from: number, end: number): number {
  if (end - 1 <= from || w.text(end - 1) !== ',') return end;
  for (let k = end - 2; k >= Math.max(from, end - 14); k--) {
    const t = w.text(k);
    if (isSentenceEnd(t) || QUOTE_MARK.test(t)) return end;
    if (t === ',') return k;
  }
  return end;
}

/** Is the phrase the name of an outlet (`prenosi agencija Beta`, `shkruan Telegrafi`)? */
function isOutletName(w: Words, lex: CompiledQuoteLexicon, ph: SpeakerPhrase, from: number): boolean {
  for (let k = ph.from - 1; k >= Math.max(from, ph.from - 3); k--) if (lex.outletCues.match(w.lower, k)) return true;
  return false;
}

/**
 * The subject of a reporting verb at tokens [verbFrom, verbTo) in the clause [clauseStart,
 * clauseEnd): the nearest speaker phrase before it (looking past a comma-enclosed aside, and
 * preferring a name to its apposition: `Kaja Kallas, the EU's top diplomat, told`), else one right
 * after it (`tha Stoltenberg`, `заявив президент`), else null (the speaker is left to the context).
 */
export function subjectOf(w: Words, lex: CompiledQuoteLexicon, verbFrom: number, verbTo: number, clauseStart: number, clauseEnd: number): SpeakerPhrase | null {
  const before = phrasesIn(w, lex, clauseStart, verbFrom).filter((ph) => !isOutletName(w, lex, ph, clauseStart));
  const aside = asideBefore(w, clauseStart, verbFrom);
  // a name right before the aside is the subject: `Петер Сийярто, находившийся в Сочи, сказал`
  const atAside = aside < verbFrom ? before.find((ph) => ph.to === aside && ph.kind !== 'pronoun') : undefined;
  if (atAside && verbFrom - aside <= 14) return atAside;
  for (let k = before.length - 1; k >= 0; k--) {
    const ph = before[k]!;
    const end = ph.to <= aside ? aside : verbFrom;
    if (end - ph.to > MAX_GAP) {
      if (ph.from >= aside) continue; // a phrase inside the aside that is too far: look before the aside
      break;
    }
    let blocked = false;
    for (let p = ph.to; p < end && !blocked; p++) blocked = isBarrier(w, lex, p);
    if (blocked) {
      if (ph.from >= aside) continue;
      break;
    }
    // an apposition after a name: `Kaja Kallas, the EU's top diplomat,` → the name; a pronoun
    // after a comma is a new clause's subject, not an apposition (`në Bruksel, ai theksoi`)
    const prev = before[k - 1];
    if ((ph.kind === 'role' || ph.kind === 'unnamed') && prev && prev.kind === 'name' && prev.to === ph.from - 1 && w.text(prev.to) === ',') return prev;
    return ph;
  }
  for (let p = verbTo; p < Math.min(clauseEnd, verbTo + MAX_GAP); p++) {
    const t = w.text(p);
    if (isSentenceEnd(t) || t === ',' || t === ':' || QUOTE_MARK.test(t) || lex.complementizers.match(w.lower, p) || lex.outletCues.match(w.lower, p)) break;
    const ph = parseSpeaker(w, lex, p, clauseEnd);
    if (ph && plausible(w, lex, ph, -1)) return ph;
  }
  return null;
}
