import type { Quantity } from '../../model/index.js';
import type { CompiledEventLexicon } from './lexicon.js';

const GROUPED = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/;
const PLAIN = /^\d+(?:[.,]\d+)?$/;

/** The value of a figure as written: `4.700` and `1,000` are thousands, `2.5` and `2,5` decimals. */
export function figure(w: string): number | null {
  if (GROUPED.test(w)) return Number(w.replace(/[^\d]/g, ''));
  if (PLAIN.test(w)) return Number(w.replace(',', '.'));
  return null;
}

function numberWord(lex: CompiledEventLexicon, words: readonly string[], i: number): { value: number; length: number } | null {
  for (const [value, set] of lex.numbers) {
    const m = set.match(words, i);
    if (m) return { value, length: m.length };
  }
  return null;
}

/**
 * The quantity that starts at word `i` (`rreth 1000 ushtarë`, `oko hiljadu rezervnih snaga`,
 * `близько 1000 військовослужбовців`, `5% of GDP`): a figure or number word, an optional multiplier,
 * then a unit noun within three words (or a percentage of GDP). Null when there is none.
 */
export function quantityAt(lex: CompiledEventLexicon, words: readonly string[], i: number, end: number): Quantity | null {
  let value = figure(words[i] ?? '');
  let next = i + 1;
  if (value === null) {
    const w = numberWord(lex, words, i);
    if (!w) return null;
    value = w.value;
    next = i + w.length;
  } else {
    const mult = numberWord(lex, words, next);
    if (mult && mult.value >= 1000) {
      value *= mult.value;
      next += mult.length;
    }
  }
  let unit: string | null = null;
  if (words[next] === '%') {
    for (let k = next + 1; k < Math.min(end, next + 5) && !unit; k++) if (lex.gdp.match(words, k)) unit = '% of GDP';
  } else {
    for (let k = next; k < Math.min(end, next + 3) && !unit; k++) {
      for (const [u, set] of lex.units) if (set.match(words, k)) {
        unit = u;
        break;
      }
    }
  }
  if (!unit) return null;
  let approximate = false;
  for (let k = Math.max(0, i - 3); k < i && !approximate; k++) {
    const m = lex.approximate.match(words, k);
    approximate = !!m && k + m.length >= i - 1;
  }
  return { value, unit, approximate };
}
