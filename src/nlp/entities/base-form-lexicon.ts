import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The words of hunspell dictionaries (npm `dictionary-<code>` packages), used to check candidate
 * base forms: a stem of the dictionary is a base form (`Брюссель`, `Пакистан`). Read once per
 * process on first use; a package that is not installed gives an empty lexicon.
 */
export class BaseFormLexicon {
  private words: Set<string> | null = null;
  /** Entries whose affix flags decline them with all of `adjectiveMarks` (adjectives). */
  private adjectives: Set<string> | null = null;

  /**
   * `adjectiveMarks`: endings only an adjective's paradigm has (`og`, `oj` in Croatian): an entry
   * whose affix rules add them all is an adjective.
   */
  constructor(private readonly packages: readonly string[], private readonly adjectiveMarks: readonly string[] = []) {}

  /** Is `word` (lower case) an adjective of the dictionaries (`velik`, `opći`)? */
  isAdjective(word: string): boolean {
    this.load();
    return this.adjectives!.has(word);
  }

  /** Is `word` a dictionary word as written (a capitalised name only as a capitalised entry)? */
  has(word: string): boolean {
    return this.load().has(word);
  }

  /** A capitalised word is known in lower case too (the first word of `Съд на ЕС`). */
  hasAnyCase(word: string): boolean {
    const w = this.load();
    return w.has(word) || w.has(word.toLowerCase());
  }

  get size(): number {
    return this.load().size;
  }

  private load(): Set<string> {
    if (this.words) return this.words;
    const words = new Set<string>();
    const adjectives = new Set<string>();
    for (const pkg of this.packages) {
      let text: string;
      let dir: string;
      try {
        dir = dirname(require.resolve(pkg));
        text = readFileSync(join(dir, 'index.dic'), 'utf8');
      } catch {
        continue;
      }
      const marked = this.adjectiveMarks.length ? adjectiveFlagSets(readFileSync(join(dir, 'index.aff'), 'utf8'), this.adjectiveMarks) : null;
      const lines = text.split('\n');
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        let end = line.length;
        for (let k = 0; k < line.length; k++) {
          const c = line.charCodeAt(k);
          if (c === 47 /* / */ || c === 9 || c === 32 || c === 13) { end = k; break; }
        }
        if (end <= 1) continue;
        const word = line.slice(0, end);
        words.add(word);
        if (marked && line.charCodeAt(end) === 47 && marked(line.slice(end + 1).split(/[\s\r]/)[0]!)) adjectives.add(word);
      }
    }
    this.words = words;
    this.adjectives = adjectives;
    return words;
  }
}

/**
 * From a hunspell affix file: a test of an entry's flags (an `AF` alias number or the flags
 * themselves, `FLAG long` or one character each) that says whether its suffix rules add every
 * ending of `marks` (one of those of `og|eg`).
 */
function adjectiveFlagSets(aff: string, marks: readonly string[]): (flags: string) => boolean {
  const adds = new Map<string, Set<string>>();
  const aliases: string[] = [];
  let long = false;
  for (const line of aff.split('\n')) {
    const c = line.trim().split(/\s+/);
    if (c[0] === 'FLAG') long = c[1] === 'long';
    else if (c[0] === 'AF' && c.length >= 2 && !/^\d+$/.test(c[1]!)) aliases.push(c[1]!);
    else if (c[0] === 'SFX' && c.length >= 5) {
      let set = adds.get(c[1]!);
      if (!set) adds.set(c[1]!, (set = new Set()));
      set.add(c[3]!.split('/')[0]!);
    }
  }
  const split = (f: string) => (long ? f.match(/../g) ?? [] : [...f]);
  const memo = new Map<string, boolean>();
  return (flags) => {
    let r = memo.get(flags);
    if (r === undefined) {
      const list = split(aliases.length && /^\d+$/.test(flags) ? aliases[Number(flags) - 1] ?? '' : flags);
      r = marks.every((m) => m.split('|').some((alt) => list.some((f) => adds.get(f)?.has(alt))));
      memo.set(flags, r);
    }
    return r;
  };
}

const shared = new Map<string, BaseFormLexicon>();

/** One lexicon per set of packages (and adjective marks) per process. */
export function baseFormLexicon(packages: readonly string[], adjectiveMarks: readonly string[] = []): BaseFormLexicon {
  const key = [...packages, '', ...adjectiveMarks].join('\u0000');
  let l = shared.get(key);
  if (!l) shared.set(key, (l = new BaseFormLexicon(packages, adjectiveMarks)));
  return l;
}
