import type { EntityType } from '../../model/index.js';
import type { BaseFormRule, BaseFormRules } from '../../lang/types/base-forms.js';
import { baseFormLexicon, type BaseFormLexicon } from './base-form-lexicon.js';
import { isAcronym } from '../../kb/key.js';

const JOINER = /[-‐–'’ʼ]/;
/** Combinations of candidates tried against what is known (a plural name of three words needs ~40). */
const MAX_COMBINATIONS = 64;
/** Punctuation around a word (quotes, brackets), kept as written around its base form. */
const WRAPPED = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/**
 * Says whether a candidate base form is a name someone knows: `kb` (the knowledge base knows it
 * as a base name) or the article (it is written elsewhere in the text). A name as written counts
 * only when the knowledge base knows it.
 */
export interface KnownName {
  kb: (candidate: string) => boolean;
  seen?: (candidate: string) => boolean;
}

/**
 * A candidate base form of a word; `weak`: only when something knows it; `inDictionary`: a
 * possibility the dictionary confirmed (`Василеві` → `Василь`), taken over what the knowledge base knows.
 */
export interface Candidate {
  value: string;
  weak: boolean;
  inDictionary?: boolean;
  /** Only the knowledge base or the article may confirm it. */
  named?: boolean;
}

interface CompiledRule extends BaseFormRule {
  formLower: string;
  stemRe: RegExp | null;
}

/** The case a word of a person's name is in, as the surname after it shows. */
type NameCase = 'inflected' | 'nominative';

/**
 * Reduces inflected names to their base form with one language's suffix rules (data in
 * src/lang/<code>/base-forms.ts). Rules are grouped by suffix length once; a token is looked up
 * by its endings, longest first.
 */
export class BaseFormer {
  private readonly bySuffix = new Map<string, CompiledRule[]>();
  private readonly maxLen: number;
  private readonly keep: string[];
  private readonly hyphen: Set<string>;
  private readonly asWritten: Set<string>;
  private readonly links: Map<string, string>;
  private readonly adjectives: string[];
  private readonly lexicon: BaseFormLexicon | null;
  private readonly complement: Set<EntityType>;
  private readonly nounGenders: [RegExp, string][];
  private readonly adjectiveRows: [string, string][][];
  private readonly foreign: RegExp | null;
  private readonly adjectiveCases: string[];

  constructor(readonly rules: BaseFormRules) {
    let max = 0;
    for (const r of rules.rules) {
      const formLower = r.form.toLowerCase();
      const list = this.bySuffix.get(formLower) ?? [];
      list.push({ ...r, formLower, stemRe: r.stemEnds ? new RegExp(`${r.stemEnds}$`, 'iu') : null });
      this.bySuffix.set(formLower, list);
      max = Math.max(max, formLower.length);
    }
    this.maxLen = max;
    this.keep = (rules.keep ?? []).map((k) => k.toLowerCase());
    this.hyphen = new Set(rules.hyphenSuffixes.map((s) => s.toLowerCase()));
    this.asWritten = new Set(rules.asWritten ?? []);
    this.links = new Map(Object.entries(rules.links ?? {}));
    this.adjectives = (rules.adjectiveEndings ?? []).map((a) => a.toLowerCase());
    this.lexicon = rules.lexicons?.length ? baseFormLexicon(rules.lexicons, rules.lexiconAdjectives?.marks) : null;
    // case endings of adjectives, longest first
    this.adjectiveCases = [...(rules.lexiconAdjectives?.endings ?? [])].sort((a, b) => b.length - a.length);
    this.complement = new Set(rules.complementAfterHead ?? []);
    this.nounGenders = (rules.agreement?.nouns ?? []).map(([p, g]) => [new RegExp(`(?:${p})$`, 'iu'), g]);
    this.foreign = rules.foreignSpelling ? new RegExp(rules.foreignSpelling, 'iu') : null;
    // each row's endings, longest first
    this.adjectiveRows = (rules.agreement?.adjectives ?? []).map((row) => Object.entries(row).sort((a, b) => b[1].length - a[1].length));
  }

  /** `adjective` (a base form) in the gender of `noun` (a base form), or null when either is unclear. */
  agree(adjective: string, noun: string): string | null {
    const gender = this.nounGenders.find(([re]) => re.test(noun))?.[1];
    if (!gender) return null;
    const lower = adjective.toLowerCase();
    for (const row of this.adjectiveRows) {
      const hit = row.find(([, ending]) => lower.endsWith(ending));
      if (!hit) continue;
      const target = row.find(([g]) => g === gender)?.[1];
      if (target === undefined) return null;
      return adjective.slice(0, adjective.length - hit[1].length) + matchCase(target, adjective);
    }
    return null;
  }

  /** Is `word` (or another spelling of it) a dictionary word; `anyCase`: in lower case too. */
  private inLexicon(word: string, anyCase: boolean): boolean {
    const lex = this.lexicon!;
    const has = (w: string) => (anyCase ? lex.hasAnyCase(w) : lex.has(w));
    return has(word) || (this.rules.lexiconSpellings?.(word).some(has) ?? false);
  }

  private isAdjective(word: string): boolean {
    const lw = word.toLowerCase();
    return this.adjectives.some((a) => lw.endsWith(a));
  }

  /**
   * The candidate bases of `word` as an adjective the dictionaries know (`Velike` → `Veliki`,
   * possibly `Velike` and `Velika`), or null.
   */
  private lexiconAdjective(word: string): { cands: Candidate[]; ending: string } | null {
    const a = this.rules.lexiconAdjectives;
    if (!a || !this.lexicon) return null;
    const lower = word.toLowerCase();
    for (const e of this.adjectiveCases) {
      if (!lower.endsWith(e) || lower.length - e.length < 2) continue;
      const stem = lower.slice(0, lower.length - e.length);
      if (!a.entryEndings.some((x) => this.lexicon!.isAdjective(stem + x))) continue;
      const s = word.slice(0, word.length - e.length);
      return { cands: dedupe([{ value: s + matchCase(a.base, word), weak: false }, ...(a.otherBases ?? []).map((b) => ({ value: s + matchCase(b, word), weak: true }))]), ending: e };
    }
    return null;
  }

  /**
   * The candidates of the noun after an adjective the dictionaries know: the first of a gender
   * the adjective's ending allows that the dictionaries know goes first (`Jadranskom moru`:
   * `more`, not `mora`); every candidate stays when the adjective may be plural (`Sjedinjenim
   * Državama` → `Sjedinjene Države`, when known).
   */
  private afterAdjective(c: Candidate[], adjective: { cands: Candidate[]; ending: string }): string[] {
    const genders = this.rules.lexiconAdjectives?.genders?.[adjective.ending];
    if (genders) {
      const k = c.findIndex((x) => {
        const g = this.nounGenders.find(([re]) => re.test(x.value))?.[1];
        return g !== undefined && genders.includes(g) && this.inLexicon(x.value, true);
      });
      if (k > 0) c = [{ ...c[k]!, inDictionary: true }, ...c.filter((_, i) => i !== k)];
    }
    if (c[0]?.inDictionary && adjective.cands.length === 1) return [c[0].value];
    return c.map((x) => x.value);
  }

  /**
   * Candidate base forms of one token, the default first (may contain only the token itself).
   * `beforeAnother`: another word of the name follows (modifier-only rules apply); `inPhrase`: the
   * name has other words (a common noun in it may be a dictionary word in lower case).
   */
  tokenCandidates(word: string, type: EntityType, beforeAnother = false, inPhrase = beforeAnother, nameCase?: NameCase): Candidate[] {
    const m = WRAPPED.exec(word);
    if (m && (m[1] || m[3]) && m[2]) {
      return this.tokenCandidates(m[2], type, beforeAnother, inPhrase, nameCase).map((c) => ({ ...c, value: m[1] + c.value + m[3] }));
    }
    // a case suffix after a hyphen or an apostrophe: NATO-së → NATO, Zeppelin-in → Zeppelin, Trump's → Trump
    const j = lastJoiner(word);
    if (j > 0) {
      const head = word.slice(0, j);
      const tail = word.slice(j + 1);
      if (this.hyphen.has(tail.toLowerCase()) && (tail === tail.toLowerCase() || isAcronym(head))) return [{ value: head, weak: false }];
      if (isAcronym(head)) return [{ value: word, weak: false }];
    }
    if (word.length > 1 && word === word.toUpperCase()) return [{ value: word, weak: false }];
    if (this.asWritten.has(word)) return [{ value: word, weak: false }];
    const lower = word.toLowerCase();
    const out: Candidate[] = [];
    const foreign = !!this.foreign?.test(word);
    const kept = !foreign && this.keep.some((k) => lower.endsWith(k));
    if (kept) out.push({ value: word, weak: false });
    let sure = false;
    let modifier = false;
    for (let n = Math.min(this.maxLen, lower.length - 1); n >= 1; n--) {
      const rules = this.bySuffix.get(lower.slice(-n));
      if (!rules) continue;
      for (const r of rules) {
        if (r.types && !r.types.includes(type)) continue;
        if (r.beforeAnother && !beforeAnother) continue;
        if (r.nativeOnly && foreign) continue;
        const stem = word.slice(0, word.length - n);
        if (stem.length < (r.minStem ?? 2) || (r.stemRe && !r.stemRe.test(stem))) continue;
        out.push({ value: stem + matchCase(r.base, word), weak: !!r.onlyIfKnown, ...(r.onlyIfNamed ? { named: true } : {}) });
        if (r.sure && !r.onlyIfKnown) sure = true;
        if (r.beforeAnother && !r.onlyIfKnown) modifier = true;
      }
    }
    if (!kept && !sure) out.push({ value: word, weak: false });
    if (nameCase && this.lexicon) {
      // the case the surname shows: a dictionary word as written is a nominative (`Danijela
      // Damjanović`); after an inflected surname the word is inflected too (`Miroslava Blaževića`)
      if (nameCase === 'nominative' && this.inLexicon(word, false)) return [{ value: word, weak: false }];
      const rest = out.filter((c) => c.value !== word);
      if (nameCase === 'inflected' && rest.some((c) => !c.weak || this.inLexicon(c.value, false))) out.splice(0, out.length, ...rest);
    }
    // (an adjective before a noun is settled by its rule: dictionaries list adjectives in other forms)
    let d = this.lexicon && !modifier ? this.dictionaryChoice(out, type, inPhrase) : -1;
    if (d >= 0) out[d] = { value: out[d]!.value, weak: false, inDictionary: out[d]!.weak };
    else d = out.findIndex((c) => !c.weak);
    if (d > 0) out.unshift(...out.splice(d, 1));
    return dedupe(out);
  }

  /**
   * The candidate the dictionary knows (-1 if none): a sure one before a mere possibility
   * (`Андрей` is a word, `Андре` too); then, but for people, one known in lower case (a common
   * noun heading a name: `Ministarstva kulture`).
   */
  private dictionaryChoice(out: readonly Candidate[], type: EntityType, inPhrase: boolean): number {
    let d = out.findIndex((c) => !c.weak && this.inLexicon(c.value, false));
    if (d < 0) d = out.findIndex((c) => !c.named && this.inLexicon(c.value, false));
    if (d < 0 && type !== 'PER') d = out.findIndex((c) => !c.named && (!c.weak || type === 'ORG' || inPhrase) && this.inLexicon(c.value, true));
    return d;
  }

  /**
   * The base form of a mention's words: capitalised words (and linking words between them) are
   * reduced; after the first other lower-case word the rest is kept as written (`Savjeta
   * bezbednosti UN` → `Savjet bezbednosti UN`). With `known`, the first combination of candidates
   * it knows wins; otherwise every word takes its default.
   */
  base(words: readonly string[], type: EntityType, known?: KnownName, sep: readonly string[] = []): string {
    const cands: string[][] = [];
    let frozen = false;
    let prevAdjective = false;
    let prevLexicon: { cands: Candidate[]; ending: string } | null = null;
    let headSeen = false;
    const complement = this.complement.has(type);
    const nameCase = this.personNameCase(words, type, known);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (frozen || (i > 0 && this.rules.firstWordOnly)) { cands.push([w]); continue; }
      const first = w[0] ?? '';
      const isLower = first === first.toLowerCase() && first !== first.toUpperCase();
      if (isLower && !prevAdjective && i > 0) {
        const link = this.links.get(w.toLowerCase());
        if (link !== undefined) { cands.push(link === w ? [w] : [link, w]); headSeen = false; continue; }
        frozen = true;
      }
      // after the head noun, a complement is kept as written (`суда Пакистана`)
      if (complement && headSeen) frozen = true;
      // an adjective the dictionaries know, before a noun of a place or organisation (a word of
      // two letters or an acronym is no noun it agrees with: `Europska je komisija`, `Nova RTV`)
      const next = words[i + 1];
      const adjective = type !== 'PER' && next ? this.lexiconAdjective(w) : null;
      const agrees = !!next && next.length > 2 && !isAcronym(next) && !this.links.has(next.toLowerCase());
      prevAdjective = !!adjective || this.isAdjective(w);
      if (!prevAdjective && /\p{L}/u.test(w)) headSeen = true;
      if (frozen || !/\p{L}/u.test(w) || (adjective && !agrees)) { cands.push([w]); continue; }
      const after = prevLexicon;
      prevLexicon = adjective;
      if (adjective) { cands.push(adjective.cands.map((x) => x.value)); continue; }
      const c = this.tokenCandidates(w, type, i < words.length - 1, words.length > 1, i < words.length - 1 ? nameCase : undefined);
      if (after) cands.push(this.afterAdjective(c, after));
      // a possibility the dictionary confirms is taken as it is
      else if (c[0]?.inDictionary) cands.push([c[0].value]);
      else cands.push((known ? c : c.filter((x) => !x.weak)).map((x) => x.value));
    }
    this.agreeAdjectives(words, cands, type);
    const join = (parts: string[]) => parts.map((p, i) => (i ? (sep[i - 1] ?? ' ') : '') + p).join('');
    const def = join(cands.map((c) => c[0]!));
    if (!known || cands.every((c) => c.length === 1)) return def;
    const asWritten = join([...words]);
    const knows = (s: string) => known.kb(s) || (s !== asWritten && !!known.seen?.(s));
    // try combinations, defaults first (odometer over candidate indexes)
    const idx = new Array<number>(cands.length).fill(0);
    for (let tries = 0; tries < MAX_COMBINATIONS; tries++) {
      const s = join(cands.map((c, i) => c[idx[i]!]!));
      if (knows(s)) return s;
      let k = cands.length - 1;
      while (k >= 0 && ++idx[k]! >= cands[k]!.length) idx[k--] = 0;
      if (k < 0) break;
    }
    // a multi-word name nobody knows whole: each word may still be known (a surname, a head noun)
    if (cands.length === 1) return def;
    return join(cands.map((c, i) => (c.length > 1 ? c.find((x) => known.kb(x) || (x !== words[i] && !!known.seen?.(x))) ?? c[0]! : c[0]!)));
  }

  /**
   * The case of a person's name of several capitalised words, as its last word (the surname)
   * shows it: the words of a name share their case, so a surname reduced by the rules makes the
   * given names before it inflected, and a surname as written makes them nominatives.
   */
  private personNameCase(words: readonly string[], type: EntityType, known?: KnownName): NameCase | undefined {
    if (!this.rules.nameCaseFromSurname || type !== 'PER' || words.length < 2 || !this.lexicon) return undefined;
    const last = words[words.length - 1]!;
    if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
    return this.base([last], type, known) === last ? 'nominative' : 'inflected';
  }

  /**
   * Adjectives before the head noun take its gender: a word whose base is a masculine adjective
   * (`Балтийский`, from `Балтийского`) takes the gender of the next word that is not one
   * (`море`: `Балтийское море`). Not for people's names.
   */
  private agreeAdjectives(words: readonly string[], cands: string[][], type: EntityType): void {
    if (!this.nounGenders.length || type === 'PER') return;
    const masculine = (w: string) => this.adjectiveRows.some((row) => row.some(([g, e]) => g === 'm' && w.toLowerCase().endsWith(e)));
    for (let i = 0; i < cands.length - 1; i++) {
      // (a word kept as written agrees already: `Novi Zeland`)
      if (cands[i]![0] === words[i] || !masculine(cands[i]![0]!)) continue;
      let j = i + 1;
      while (j < cands.length && masculine(cands[j]![0]!)) j++;
      // (a word of two letters is no head noun: `Europska je komisija`)
      if (j >= cands.length || isAcronym(cands[j]![0]!) || this.links.has(words[j]!.toLowerCase()) || words[j]!.length < 3) continue;
      const agreed = this.agree(cands[i]![0]!, cands[j]![0]!);
      if (agreed) cands[i] = [agreed, ...cands[i]!.slice(1).filter((c) => c !== agreed)];
    }
  }
}

function lastJoiner(w: string): number {
  for (let i = w.length - 2; i > 0; i--) if (JOINER.test(w[i]!)) return i;
  return -1;
}

/** A replacement suffix in the case of the word it goes into (`NATO`-style words are upper case). */
function matchCase(suffix: string, word: string): string {
  return word.length > 1 && word === word.toUpperCase() ? suffix.toUpperCase() : suffix;
}

function dedupe(c: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return c.filter((x) => (seen.has(x.value) ? false : (seen.add(x.value), true)));
}
