import type { CompiledQuoteLexicon } from './lexicon.js';
import { capRun } from './speaker.js';
import type { Words } from './words.js';

/** A closing outlet signature: `…rajon./Telegrafi/.` */
const SIGNATURE = /\/\s*(\p{Lu}[\p{L}\p{N} .-]{1,40}?)\s*\/\s*\.?\s*$/u;

/**
 * The outlet the article names as its source (`shkruan Telegrafi`, `передає кореспондент
 * Укрінформу`, `javila je agencija RT Balkan`, `./Telegrafi/.`): the outlet is not a speaker.
 * Returns the outlet's name as written, or null.
 */
export function findOutlet(w: Words, lex: CompiledQuoteLexicon): string | null {
  for (let i = 0; i < w.length; i++) {
    const c = lex.outletCues.match(w.lower, i);
    if (!c) continue;
    let j = i + c.length;
    if (j < w.length && lex.outletNouns.has(w.lower[j]!)) j++;
    if (j < w.length && w.isCap(j) && !w.breakBefore(j)) {
      const m = w.mentionAt.get(j);
      if (m) return m.mention.base || m.mention.text; // the name's base form: `Укрінформу` → `Укрінформ`
      const r = capRun(w, lex, j, w.length);
      return w.slice(r[0], r[1]);
    }
  }
  const m = SIGNATURE.exec(w.view.trimEnd());
  return m ? m[1]!.trim() : null;
}
