import type { Attribution } from './attribute.js';
import type { Quotation } from './marks.js';
import type { Words } from './words.js';

export type QuoteKind = 'direct' | 'partial';

/**
 * Is a quotation somebody's words, and which kind? Names, titles and terms in quotation marks
 * (`“koalicionit të vullnetit”`, `"Partnerstvo za mir"`) and scare quotes are not: they are short,
 * often capitalised like names, and have no reporting cue. Decided by length, capitalisation,
 * whether the quoted text is a clause, and where its cue is.
 */
export function classify(w: Words, q: Quotation, a: Attribution, sentenceStart: number): QuoteKind | null {
  const text = w.view.slice(q.start, q.end);
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (!words) return null;
  const startsLower = /^[^\p{L}]*\p{Ll}/u.test(text);
  const endsSentence = /[.!?…][^\p{L}\p{N}]*$/u.test(text);
  const open = w.indexAt(q.open);
  let midSentence = false;
  for (let p = sentenceStart; p < open && !midSentence; p++) midSentence = w.isWord(p);
  const afterColon = open > 0 && w.text(open - 1) === ':';
  const kind: QuoteKind = midSentence && startsLower && !afterColon ? 'partial' : 'direct';
  const capitalised = (text.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) / words;

  if (q.dash) return a.where === 'after' || a.where === 'before' ? kind : null;
  switch (a.where) {
    case 'after':
      // `“Po”, tha ai.` is a quotation however short; a capitalised name inside a sentence (`në “Ora News”, ai tha`) is not
      if (words <= 3 && midSentence && capitalised >= 0.5) return null;
      return a.verb || words >= 3 ? kind : null;
    case 'before':
      if (afterColon && a.verb && words >= 2) return kind; // `Rama tha: “Po.”`
      if (words >= 5 && (startsLower || endsSentence || capitalised < 0.6)) return kind;
      return words >= 3 && startsLower && a.verb ? kind : null;
    case 'previous':
    case 'context':
      return (words >= 6 || (endsSentence && words >= 4)) && !startsLower ? kind : null;
    case 'none':
      return words >= 8 && (endsSentence || !q.closed) && capitalised < 0.6 ? kind : null;
  }
}
