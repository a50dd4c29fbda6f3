import type { Gender, QuoteLexicon } from '../../lang/types/quotes.js';
import type { TimeLexicon } from '../../lang/types/time.js';

/** One entry of a phrase list: its words (lower case), an optional open ending on the last word, a gender. */
interface Phrase {
  words: string[];
  prefix: boolean;
  gender: Gender | null;
}

/**
 * A list of word sequences, matched at a position of a lower-cased word array, longest first.
 * Built once per lexicon; a lookup is one map access plus a comparison per candidate phrase.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly prefixed: Phrase[] = [];

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const [body, g] = raw.split(':') as [string, string | undefined];
      const words = body.toLowerCase().trim().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const last = words[words.length - 1]!;
      const prefix = last.endsWith('*');
      if (prefix) words[words.length - 1] = last.slice(0, -1);
      const phrase: Phrase = { words, prefix, gender: (g as Gender | undefined) ?? null };
      if (prefix && words.length === 1) this.prefixed.push(phrase);
      else {
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push(phrase);
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(words[0]!, list);
      }
    }
  }

  /** The longest phrase starting at word `i`: its length in words and gender, or null. */
  match(words: readonly string[], i: number): { length: number; gender: Gender | null } | null {
    const list = this.byFirst.get(words[i] ?? '');
    if (list) {
      for (const p of list) {
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) {
          const w = words[i + k];
          const want = p.words[k]!;
          ok = w !== undefined && (p.prefix && k === p.words.length - 1 ? w.startsWith(want) : w === want);
        }
        if (ok) return { length: p.words.length, gender: p.gender };
      }
    }
    const w = words[i];
    if (w) for (const p of this.prefixed) if (w.startsWith(p.words[0]!) && w.length > p.words[0]!.length) return { length: 1, gender: p.gender };
    return null;
  }

  has(word: string): boolean {
    return this.match([word], 0)?.length === 1;
  }
}

/** A language's quotation knowledge compiled for lookups. */
export interface CompiledQuoteLexicon {
  verbs: PhraseSet;
  complementizers: PhraseSet;
  pronouns: Map<string, Gender | null>;
  possessives: Set<string>;
  unnamed: PhraseSet;
  orgLinks: Set<string>;
  determiners: Set<string>;
  roles: PhraseSet;
  accordingTo: PhraseSet;
  outletCues: PhraseSet;
  outletNouns: Set<string>;
  /** Capitalised words that are never a speaker's name: the language's weekdays and months (`Saturday`, `Tuesday`). */
  notNames: Set<string>;
}

const cache = new WeakMap<QuoteLexicon, CompiledQuoteLexicon>();
const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/**
 * Compile a language's quotation lexicon once per process (cached by identity). Its `notNames` are
 * the weekdays and months of the same language's time lexicon, so every stage that asks gets the
 * same compiled lexicon.
 */
export function compileLexicon(lex: QuoteLexicon, time: TimeLexicon | null | undefined): CompiledQuoteLexicon {
  let c = cache.get(lex);
  if (c) return c;
  const notNames = time ? [...Object.keys(time.weekdays), ...Object.keys(time.months)] : [];
  const pronouns = new Map<string, Gender | null>();
  for (const p of lex.pronouns) {
    const [w, g] = p.split(':') as [string, string | undefined];
    pronouns.set(w.toLowerCase(), (g as Gender | undefined) ?? null);
  }
  c = {
    verbs: new PhraseSet(lex.reportingVerbs),
    complementizers: new PhraseSet(lex.complementizers),
    pronouns,
    possessives: lower(lex.possessives),
    unnamed: new PhraseSet(lex.unnamedSources),
    orgLinks: lower(lex.orgLinks),
    determiners: lower(lex.unnamedDeterminers),
    roles: new PhraseSet(lex.roles),
    accordingTo: new PhraseSet(lex.accordingTo),
    outletCues: new PhraseSet(lex.outletCues),
    outletNouns: lower(lex.outletNouns),
    notNames: lower(notNames),
  };
  cache.set(lex, c);
  return c;
}

/** An empty lexicon: a language without quotation knowledge still gets its quotation marks read. */
export const EMPTY_LEXICON: QuoteLexicon = {
  reportingVerbs: [], complementizers: [], pronouns: [], possessives: [], unnamedSources: [], orgLinks: [],
  unnamedDeterminers: [], roles: [], accordingTo: [], outletCues: [], outletNouns: [],
};
