import type { TimeLexicon, TimeRule } from '../../lang/types/time.js';

/** The groups a rule may name; the normaliser reads them. */
export const GROUPS = ['day', 'month', 'year', 'year2', 'weekday', 'num', 'unit', 'dir', 'dayword', 'season', 'decade', 'century', 'yearAdv', 'few'] as const;
export type GroupName = (typeof GROUPS)[number];

/** One language's rules as one regular expression (one scan per text) plus what its groups mean. */
export interface CompiledTime {
  lexicon: TimeLexicon;
  /** All rules as one sticky expression, tried only where a word that can open an expression starts. */
  scanner: RegExp;
  /** Lower-case letter runs that occur anywhere in the rules (and Roman numerals): only these can open an expression. */
  triggers: { has(word: string): boolean };
  /** For each rule: the index of its wrapping group and the indexes of its named groups. */
  rules: { rule: TimeRule; group: number; names: [GroupName, number][] }[];
  past: RegExp;
  future: RegExp;
  reportFor: RegExp | null;
  /** Words written with an abbreviation dot (`р`, `god`, `груд`: a listed `р.`, or a month form cut from a longer one). */
  abbreviations: Set<string>;
  /** Matches the text just before an age (`в возрасте `). */
  agePrefix: RegExp | null;
  /** Matches the text just after an age (` жизни`). */
  ageSuffix: RegExp | null;
  /** Lower-cased lookup tables. */
  lookup: {
    months: Map<string, number>;
    weekdays: Map<string, number>;
    numbers: Map<string, number>;
    units: Map<string, string>;
    days: Map<string, number>;
    directions: Map<string, number>;
    seasons: Map<string, string>;
    yearAdverbs: Map<string, number>;
    shiftWords: Map<string, number>;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Apostrophes are written many ways; `'` in a word list matches them all. */
const alternation = (words: Iterable<string>) =>
  [...new Set([...words].map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/'/g, "['’ʼ]").replace(/ /g, '\\s+'))
    .join('|') || '(?!)';

/** Normalise a matched word for map lookup. */
export const key = (s: string) => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');

const toMap = <V>(rec: Record<string, V>) => new Map(Object.entries(rec).map(([k, v]) => [key(k), v]));

function subPatterns(lx: TimeLexicon): Map<string, string> {
  const amb = new Set((lx.ambiguousMonths ?? []).map(key));
  const ambWeekdays = new Set((lx.ambiguousWeekdays ?? []).map(key));
  const sub = new Map<string, string>([
    ['month', alternation(Object.keys(lx.months))],
    ['monthSafe', alternation(Object.keys(lx.months).filter((m) => !amb.has(key(m))))],
    ['weekday', alternation(Object.keys(lx.weekdays))],
    ['weekdaySafe', alternation(Object.keys(lx.weekdays).filter((w) => !ambWeekdays.has(key(w))))],
    ['yearAdv', alternation(Object.keys(lx.yearAdverbs ?? {}))],
    ['shiftWord', alternation(Object.keys(lx.shiftWords ?? {}))],
    ['number', `\\d{1,3}|${alternation(Object.keys(lx.numbers))}`],
    ['unit', alternation(Object.keys(lx.units))],
    ['dayword', alternation(Object.keys(lx.days))],
    ['dir', alternation(Object.keys(lx.directions))],
    ['season', alternation(Object.keys(lx.seasons))],
    // Roman numerals, also typed with the Cyrillic look-alikes Х and І (`ХХІ століття`).
    ['roman', '(?=[IVXivxХІхі])[XХ]{0,3}(?:[IІ][XХ]|[IІ]V|V?[IІ]{0,3})'],
  ]);
  for (const [name, list] of Object.entries(lx.words)) sub.set(name, alternation(list));
  for (const [name, src] of Object.entries(lx.patterns ?? {})) sub.set(name, src);
  return sub;
}

/** Replace `%name` references (recursively) by non-capturing groups. */
function expand(src: string, sub: Map<string, string>, where: string, depth = 0): string {
  if (depth > 8) throw new Error(`${where}: sub-patterns nest too deep`);
  return src.replace(/%([A-Za-z][A-Za-z0-9]*)/g, (_, name: string) => {
    const s = sub.get(name);
    if (s === undefined) throw new Error(`${where}: unknown sub-pattern %${name}`);
    return `(?:${expand(s, sub, where, depth + 1)})`;
  });
}

/** Turn `(?<name>` into plain groups, returning the source, the named groups' relative indexes and the group count. */
function ungroup(src: string, where: string): { source: string; names: [GroupName, number][]; count: number } {
  let out = '';
  let count = 0;
  const names: [GroupName, number][] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '(') {
      const named = /^\(\?<([A-Za-z0-9]+)>/.exec(src.slice(i));
      if (named) {
        const name = named[1] as GroupName;
        if (!(GROUPS as readonly string[]).includes(name)) throw new Error(`${where}: unknown group (?<${name}>)`);
        count++;
        names.push([name, count]);
        out += '(';
        i += named[0].length - 1;
        continue;
      }
      if (src[i + 1] !== '?') {
        count++;
        throw new Error(`${where}: use (?:…) for unnamed groups`);
      }
    }
    out += c;
  }
  return { source: out, names, count };
}

/** Listed words that end in a dot (`р.`, `god.`), and month forms that are the start of a longer form of the same month (`груд`, `сент`). */
function abbreviations(lx: TimeLexicon): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(lx.words)) for (const w of list) if (/\p{L}\.$/u.test(w)) out.add(key(w.slice(0, -1)).split(' ').pop()!);
  const months = Object.entries(lx.months).map(([k, v]) => [key(k), v] as const);
  for (const [k, v] of months) if (months.some(([o, ov]) => ov === v && o.length > k.length && o.startsWith(k))) out.add(k);
  return out;
}

const ROMAN = /^[ivxхі]+$/u;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

const cache = new WeakMap<TimeLexicon, CompiledTime>();

/** Compile a language's time lexicon once per process. */
export function compileTime(lx: TimeLexicon, code = '?'): CompiledTime {
  const hit = cache.get(lx);
  if (hit) return hit;
  const sub = subPatterns(lx);
  const parts: string[] = [];
  const rules: CompiledTime['rules'] = [];
  let group = 0;
  for (const rule of lx.rules) {
    const where = `src/lang/${code} time rule ${rule.name}`;
    const { source, names, count } = ungroup(expand(rule.pattern, sub, where), where);
    group++;
    rules.push({ rule, group, names: names.map(([n, i]) => [n, group + i]) });
    group += count;
    parts.push(`(${source})`);
  }
  const body = parts.join('|');
  const scanner = new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'iuy');
  const words = new Set((body.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.normalize('NFC')));
  const cues = (list: string[]) => new RegExp(`^(?:${list.length ? list.join('|') : '(?!)'})$`, 'iu');
  const compiled: CompiledTime = {
    lexicon: lx,
    scanner,
    triggers: { has: (w) => words.has(w) || ROMAN.test(w) },
    rules,
    past: cues(lx.pastCues),
    future: cues(lx.futureCues),
    reportFor: lx.reportFor ? new RegExp(expand(lx.reportFor, sub, `src/lang/${code} reportFor`), 'giu') : null,
    abbreviations: abbreviations(lx),
    agePrefix: lx.agePrefix ? new RegExp(`(?<![\\p{L}])(?:${lx.agePrefix})\\s*$`, 'iu') : null,
    ageSuffix: lx.ageSuffix ? new RegExp(`^\\s+(?:${lx.ageSuffix})(?![\\p{L}])`, 'iu') : null,
    lookup: {
      months: toMap(lx.months),
      weekdays: toMap(lx.weekdays),
      numbers: toMap(lx.numbers),
      units: toMap(lx.units),
      days: toMap(lx.days),
      directions: toMap(lx.directions),
      seasons: toMap(lx.seasons),
      yearAdverbs: toMap(lx.yearAdverbs ?? {}),
      shiftWords: toMap(lx.shiftWords ?? {}),
    },
  };
  cache.set(lx, compiled);
  return compiled;
}
