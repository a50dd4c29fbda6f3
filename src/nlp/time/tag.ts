import type { TimeNorm } from '../../lang/types/time.js';
import type { CompiledTime, GroupName } from './compile.js';

/** Tense of the clause around an expression: -1 past, 1 future, 0 present or unknown. */
export type Tense = -1 | 0 | 1;

/** A temporal expression found in the text, before it is resolved against the article's date. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
  rule: string;
  norm: TimeNorm;
  groups: Partial<Record<GroupName, string>>;
  tense: Tense;
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const CLAUSE_END = /[.!?;\n“”"«»]/;
const WINDOW = 48;
const BEFORE_WORDS = 4;
const AFTER_WORDS = 3;

/** The tense cue nearest to [start,end) within its clause: a few words either side. */
function tenseAt(text: string, start: number, end: number, c: CompiledTime): Tense {
  let from = Math.max(0, start - WINDOW);
  const left = text.slice(from, start);
  for (let i = left.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(left[i]!)) {
      from += i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + WINDOW);
  const right = text.slice(end, to);
  for (let i = 0; i < right.length; i++) {
    if (CLAUSE_END.test(right[i]!)) {
      to = end + i;
      break;
    }
  }
  const before = text.slice(from, start).match(WORD) ?? [];
  const after = text.slice(end, to).match(WORD) ?? [];
  const verdict = (w: string): Tense => (c.future.test(w) ? 1 : c.past.test(w) ? -1 : 0);
  for (let i = 0; i < Math.max(BEFORE_WORDS, AFTER_WORDS); i++) {
    const b = before[before.length - 1 - i];
    if (i < BEFORE_WORDS && b !== undefined) {
      const t = verdict(b);
      // `will be held`, `biće održana`: a future auxiliary further left governs the participle.
      if (t < 0 && before.slice(Math.max(0, before.length - BEFORE_WORDS), before.length - 1 - i).some((w) => c.future.test(w))) return 1;
      if (t) return t;
    }
    const a = after[i];
    if (i < AFTER_WORDS && a !== undefined) {
      const t = verdict(a);
      if (t) return t;
    }
  }
  return 0;
}

/**
 * A final dot that ends the sentence (a capital, a quote, a line break or the end follows) belongs
 * to the expression only after an abbreviation (`р.`, `god.`, `груд.`); after a number or a
 * whole word it is the sentence's (`від 17 грудня.`, `22.11.2023.`).
 */
function withoutSentenceDot(text: string, start: number, end: number, c: CompiledTime): number {
  if (end - start < 2 || text[end - 1] !== '.') return end;
  const gap = /^(\s*)(\S?)/u.exec(text.slice(end, end + 16))!;
  if (gap[2] !== '' && !gap[1]!.includes('\n') && !/^[\p{Lu}"'«»“”„)]/u.test(gap[2]!)) return end;
  const word = /(\p{L}+)\.$/u.exec(text.slice(Math.max(start, end - 16), end));
  return word && c.abbreviations.has(word[1]!.toLowerCase()) ? end : end - 1;
}

const OPEN_QUOTE = /[«„“"']/;
const CLOSE_QUOTE = /[»“”"']/;

/** An expression that is all of a quoted name (`ПП «Субота»`, `фильма «Один день»`) is part of that name. */
const quotedName = (text: string, start: number, end: number) => start > 0 && OPEN_QUOTE.test(text[start - 1]!) && CLOSE_QUOTE.test(text[end] ?? '');

/** Numbers listed before this one (`Им было 30, 20 и `, `в возрасте 19-`): skipped to reach the word before the list. */
const LISTED_NUMBERS = /(?:\d+\s*(?:[-–,]|\p{L}(?=\s))\s*)+$/u;

/** A number of years said as an age: `в возрасте`, `ему было` before it, `жизни` after it. */
function isAge(text: string, start: number, end: number, c: CompiledTime): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (c.agePrefix && (c.agePrefix.test(before) || c.agePrefix.test(before.replace(LISTED_NUMBERS, '')))) return true;
  return !!c.ageSuffix?.test(text.slice(end, end + 24));
}

/**
 * A number of years set off by brackets or commas right after a name (`Вера Щесных (26 лет)`,
 * `Клэренс Картер, 49 лет,`) is the person's age.
 */
function apposedAge(text: string, m: TimeMention): boolean {
  if (m.norm !== 'duration' || !m.groups.num || !/^\d+$/.test(m.groups.num)) return false;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  const after = text.slice(m.end, m.end + 2);
  return (/\(\s*$/.test(before) && /^\s*\)/.test(after)) || (/,\s*$/.test(before) && /^\s*[,)(]/.test(after));
}

/** Where an expression may start: a letter run (checked against the rules' words), a number, or `'90`. */
const OPENER = /\p{L}+|\p{N}+|['’]\p{N}/gu;

/**
 * Every temporal expression of a text. One pass over the words: where a word that occurs in the
 * rules (or a number) starts, the language's rules, compiled into one sticky expression, are
 * tried once; a match moves the pass past its end.
 */
export function tagTimes(text: string, c: CompiledTime): TimeMention[] {
  const out: TimeMention[] = [];
  const re = c.scanner;
  OPENER.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = OPENER.exec(text)) !== null) {
    const first = w[0].charCodeAt(0);
    const letter = !(first >= 48 && first <= 57) && first !== 39 && first !== 0x2019 && !/^\p{N}/u.test(w[0]);
    if (letter && !c.triggers.has(w[0].toLowerCase())) continue;
    re.lastIndex = w.index;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    const hit = c.rules.find((r) => m[r.group] !== undefined);
    if (!hit) continue;
    OPENER.lastIndex = m.index + m[0].length;
    const end = withoutSentenceDot(text, m.index, m.index + m[0].length, c);
    if (quotedName(text, m.index, end)) continue;
    const groups: TimeMention['groups'] = {};
    for (const [name, i] of hit.names) if (m[i] !== undefined) groups[name] = m[i];
    if (hit.rule.norm === 'duration' && groups.num && isAge(text, m.index, end, c)) continue;
    const mention: TimeMention = {
      start: m.index,
      end,
      text: text.slice(m.index, end),
      rule: hit.rule.name,
      norm: hit.rule.norm,
      groups,
      tense: tenseAt(text, m.index, end, c),
    };
    if (!apposedAge(text, mention)) out.push(mention);
  }
  return out;
}
