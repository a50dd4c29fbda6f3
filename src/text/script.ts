import type { Script } from '../model/index.js';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const ARABIC = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;

/** The script of one character, or null for digits, punctuation and marks. */
export function charScript(ch: string): Script | null {
  if (LATIN.test(ch)) return 'Latn';
  if (CYRILLIC.test(ch)) return 'Cyrl';
  if (GREEK.test(ch)) return 'Grek';
  if (ARABIC.test(ch)) return 'Arab';
  if (HAN.test(ch)) return 'Hani';
  return null;
}

/** Letter counts per script over [start, end) of `text`. */
export function scriptCounts(text: string, start = 0, end = text.length): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let s: Script | null;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) s = 'Latn';
    else if (c >= 0x400 && c <= 0x52f) s = 'Cyrl';
    else if (c < 0xc0) s = null;
    else s = charScript(text[i]!);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The dominant script of a text (`Zyyy` when it has no letters). */
export function detectScript(text: string, start = 0, end = text.length): Script {
  let best: Script = 'Zyyy';
  let bestN = 0;
  for (const [s, n] of scriptCounts(text, start, end)) {
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best;
}
