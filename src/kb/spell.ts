import type { SpellingTable } from '../lang/types/names.js';

/**
 * Rewrites a word through a spelling table (a transliteration or a respelling), longest
 * sequence first, keeping the word's capitalisation (`Stoltenberg` → `Столтенберг`,
 * `NATO` → `НАТО`, `Spajić` → `Spajiq`). Where the table offers several replacements the word's
 * variants are all returned (at most `limit`).
 */
interface Compiled {
  map: Map<string, string[]>;
  initial: Map<string, string[]>;
  longest: number;
}
const compiled = new WeakMap<SpellingTable, Compiled>();
const arr = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

function compile(t: SpellingTable): Compiled {
  let c = compiled.get(t);
  if (c) return c;
  const map = new Map<string, string[]>();
  const initial = new Map<string, string[]>();
  let longest = 1;
  for (const [k, v] of Object.entries(t.map)) {
    const lk = k.toLowerCase();
    if (!map.has(lk)) map.set(lk, arr(v).map((s) => s.toLowerCase()));
    longest = Math.max(longest, k.length);
  }
  for (const [k, v] of Object.entries(t.initial ?? {})) {
    const lk = k.toLowerCase();
    if (!initial.has(lk)) initial.set(lk, arr(v).map((s) => s.toLowerCase()));
    longest = Math.max(longest, k.length);
  }
  c = { map, initial, longest };
  compiled.set(t, c);
  return c;
}

const LETTER = /\p{L}/u;

export function respell(word: string, table: SpellingTable, limit = 4): string[] {
  const c = compile(table);
  const lower = word.toLowerCase();
  const allCaps = word.length > 1 && word === word.toUpperCase() && word !== lower;
  let outs: string[] = [''];
  let i = 0;
  while (i < word.length) {
    const atStart = i === 0 || !LETTER.test(word.charAt(i - 1));
    let reps: string[] | undefined;
    let len = 1;
    for (let l = Math.min(c.longest, word.length - i); l >= 1; l--) {
      const seq = lower.slice(i, i + l);
      reps = (atStart ? c.initial.get(seq) : undefined) ?? c.map.get(seq);
      if (reps) {
        len = l;
        break;
      }
    }
    const src = word.slice(i, i + len);
    const upper = src.charAt(0) !== lower.charAt(i);
    const pieces = (reps ?? [src]).map((r) => {
      if (!reps) return r;
      if (allCaps) return r.toUpperCase();
      return upper ? r.charAt(0).toUpperCase() + r.slice(1) : r;
    });
    const next: string[] = [];
    for (const o of outs) for (const p of pieces) if (next.length < limit) next.push(o + p);
    outs = next;
    i += len;
  }
  return [...new Set(outs)];
}

/** Respells every word of a multi-word name (words split on spaces), combining variants up to `limit`. */
export function respellName(name: string, table: SpellingTable, limit = 4): string[] {
  let outs: string[] = [''];
  for (const [i, w] of name.split(' ').entries()) {
    const vs = respell(w, table, limit);
    const next: string[] = [];
    for (const o of outs) for (const v of vs) if (next.length < limit) next.push(i === 0 ? v : `${o} ${v}`);
    outs = next;
  }
  return outs;
}
