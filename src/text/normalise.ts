import type { Repair, Script } from '../model/index.js';
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from './homoglyphs.js';
import { detectScript } from './script.js';

export interface Normalised {
  /** The normalised text, with every letter as written: the string every output span indexes. */
  text: string;
  /** The same text with mixed-script words repaired, letter for letter: same length, same offsets. */
  repaired: string;
  repairs: Repair[];
}

// Zero-width characters, soft hyphens and BOMs carry no text; other C0/C1 controls are noise.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const WORD = /[\p{L}\p{M}]+/gu;
const IS_LATIN = /\p{Script=Latin}/u;
const IS_CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Normalise an article body: NFC, line breaks unified to `\n`, invisible and control characters
 * removed, spaces tidied within lines (runs folded, line ends trimmed), leading and trailing blank
 * lines dropped; every line break inside the body is kept, so paragraphs stay as written.
 * Mixed-script words (a Cyrillic `Е` in a Latin `ЕU`) are repaired letter for letter in a second
 * string of the same length, the view every analysis stage reads; the output text keeps the
 * letters as written, so a mention's surface is what the article printed, and each repair is
 * recorded with its span, so search and linking see `EU`.
 */
export function normalise(input: string): Normalised {
  let text = input.replace(/\r\n?/g, '\n').normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ');
  text = text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
  const { repaired, repairs } = repairMixedScripts(text);
  return { text, repaired, repairs };
}

/** Whether the word's letters of `script` are all at its end, after at least two letters of the other script. */
function isDocScriptSuffix(w: string, script: Script): boolean {
  const re = script === 'Cyrl' ? IS_CYRILLIC : IS_LATIN;
  const chars = [...w];
  let i = chars.length;
  while (i > 0 && re.test(chars[i - 1]!)) i--;
  if (i < 2 || i === chars.length) return false;
  return !chars.slice(0, i).some((ch) => re.test(ch));
}

/**
 * Repair words that mix Latin and Cyrillic letters: the minority letters are replaced by their
 * look-alikes in the word's majority script (ties go to the text's dominant script), but only when
 * every minority letter has a look-alike; otherwise the word is left as written. A Latin name
 * with a Cyrillic case ending in a Cyrillic text (`Twitterу`) is written so on purpose: left alone.
 */
export function repairMixedScripts(text: string): { repaired: string; repairs: Repair[] } {
  const docScript: Script = detectScript(text);
  const repairs: Repair[] = [];
  let out: string[] | null = null;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    let lat = 0;
    let cyr = 0;
    for (const ch of w) {
      if (IS_LATIN.test(ch)) lat++;
      else if (IS_CYRILLIC.test(ch)) cyr++;
    }
    if (lat === 0 || cyr === 0) continue;
    const target: Script = lat > cyr ? 'Latn' : cyr > lat ? 'Cyrl' : docScript === 'Cyrl' ? 'Cyrl' : 'Latn';
    if (target !== docScript && isDocScriptSuffix(w, docScript)) continue; // `Twitterу`: a foreign name declined in the text's script
    const table = target === 'Latn' ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
    const foreign = target === 'Latn' ? IS_CYRILLIC : IS_LATIN;
    let fixed = '';
    let ok = true;
    for (const ch of w) {
      if (foreign.test(ch)) {
        const r = table[ch];
        if (!r) {
          ok = false;
          break;
        }
        fixed += r;
      } else fixed += ch;
    }
    if (!ok || fixed.length !== w.length) continue;
    const start = m.index!;
    out ??= [];
    out.push(text.slice(last, start), fixed);
    last = start + w.length;
    repairs.push({ start, end: start + w.length, from: w, to: fixed, reason: 'homoglyph' });
  }
  if (!out) return { repaired: text, repairs };
  out.push(text.slice(last));
  return { repaired: out.join(''), repairs };
}
