import type { EntityCues } from '../../lang/types/entity-cues.js';
import type { NerType } from './gold/types.js';

/** A name found by a context cue, over tokens [t0, t1). */
export interface CueSpan {
  t0: number;
  t1: number;
  type: NerType;
  /** Strong cues (a title before a person, an organisation's head word) override the model's type. */
  strong: boolean;
  /**
   * What found it: a title before a person, an organisation's head word, a preposition before a
   * place, a place's head word, a verb of visiting before a place, the organisation between a title
   * and its person (`пратеникот на` [`Левица`] `Амди Бајрам`), an acronym.
   */
  kind: 'title' | 'org' | 'place' | 'facility' | 'visit' | 'affiliation' | 'acronym' | 'orgTitle';
}

/** Does the word start with a capital letter? */
export const isCapitalised = (w: string) => {
  const c = w[0] ?? '';
  return c !== c.toLowerCase();
};
/** Does the word start with a lower-case letter? */
export const startsWithLowerCase = (w: string) => /^\p{Ll}/u.test(w);
const isLowerWord = (w: string) => /^\p{Ll}+$/u.test(w);
/** An acronym of three letters or more, perhaps with a case ending (`KEDS`, `ZRrE`, `FHK-së`, `ВЛЕН`); no Roman numeral. */
const ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{2,7}(?:-\p{Ll}{1,4})?$/u;
const isAcronym = (w: string) => w.length >= 3 && !startsLower(w) && ACRONYM.test(w) && /\p{Lu}$|-/u.test(w) && !/^[IVXLCDM]+$/.test(w);
/** A quick no for most words: the first letter is ASCII other than A–Z, or basic lower-case Cyrillic (neither is `\p{Lu}`). */
const startsLower = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c < 0x41 || c > 0x5a : c >= 0x430 && c <= 0x45f;
};
/** A word written in capitals only (a headline's word): acronyms beside one say nothing. */
const isUpperWord = (w: string) => /\p{L}/u.test(w) && w === w.toUpperCase();

/** Lower-case phrases split into words, indexed by their first word. */
function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.toLowerCase().split(/\s+/);
    const list = m.get(ws[0]!) ?? [];
    list.push(ws);
    m.set(ws[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/**
 * Context cues of one language compiled once: titles before people (`kryeministri Albin Kurti`),
 * head words of organisations (`Ministria e Jashtme`, `Уставниот суд`), prepositions before places
 * (`në Shkup`), words that never join two names (`Beogradit dhe Prishtinës`).
 */
export class CueFinder {
  private readonly titles: Map<string, string[][]>;
  private readonly orgTitles: Map<string, string[][]>;
  private readonly placeWords: Set<string>;
  private readonly preps: Set<string>;
  private readonly orgHeads: Set<string>;
  private readonly orgHeadNouns: Set<string>;
  private readonly placeHeads: Set<string>;
  private readonly complements: Map<string, string[][]>;
  private readonly notNames: Set<string>;
  private readonly notNamesLower: Set<string>;
  private readonly breakers: Set<string>;
  private readonly links: Set<string>;
  /** Every word of every title (`sekretari`, `përgjithshëm`, `kryeministri`) and title complement, lower case. */
  private readonly titleWords = new Set<string>();
  private readonly closedClass: Set<string>;
  private readonly conjunctions: Set<string>;
  private readonly genitiveEndings: readonly string[];
  private readonly placeVerbs: Set<string>;
  private readonly adjectiveEndings: readonly string[];

  constructor(cues: EntityCues) {
    this.links = new Set(cues.nameLinks ?? []);
    this.orgHeads = new Set((cues.orgHeads ?? []).map((p) => p.toLowerCase()));
    this.preps = new Set(cues.placePrepositions.map((p) => p.toLowerCase()));
    this.titles = this.titleIndex(cues.personTitles, true);
    // (a capitalised one starts a name: `Gazeta Metro`)
    this.orgTitles = this.titleIndex(cues.orgTitles ?? [], false);
    this.placeWords = new Set(cues.placeWords ?? []);
    for (const w of cues.titleComplements ?? []) this.titleWords.add(w.toLowerCase());
    this.orgHeadNouns = new Set((cues.orgHeadNouns ?? []).map((p) => p.toLowerCase()));
    this.placeHeads = new Set((cues.placeHeads ?? []).map((p) => p.toLowerCase()));
    this.complements = phraseIndex(cues.orgComplements ?? []);
    this.notNames = new Set(cues.notNames ?? []);
    this.notNamesLower = new Set((cues.notNames ?? []).map((w) => w.toLowerCase()));
    this.breakers = new Set((cues.nameBreakers ?? []).map((w) => w.toLowerCase()));
    this.closedClass = new Set(cues.closedClassWords ?? []);
    this.conjunctions = new Set(cues.conjunctions ?? []);
    this.genitiveEndings = cues.genitiveEndings ?? [];
    this.placeVerbs = new Set(cues.placeVerbs ?? []);
    this.adjectiveEndings = cues.orgAdjectiveEndings ?? [];
  }

  /** Titles indexed by their last word; person titles' words (not links, prepositions or organisations' heads: `претседателот на владата`) are title words. */
  private titleIndex(titles: readonly string[], titleWords: boolean): Map<string, string[][]> {
    const m = new Map<string, string[][]>();
    for (const t of titles) {
      const words = t.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      const list = m.get(last) ?? [];
      list.push(words);
      m.set(last, list);
      if (titleWords) for (const w of words) if (!this.links.has(w) && !this.orgHeads.has(w) && !this.preps.has(w)) this.titleWords.add(w);
    }
    return m;
  }

  /** Does this word make a name a place (`Perëndimore`, `Западна`)? */
  isPlaceWord(w: string): boolean {
    return this.placeWords.has(w);
  }

  /** Does this word link the words of an organisation's name (`i`, `на`)? */
  isLink(w: string): boolean {
    return this.links.has(w);
  }

  /** Is this a capitalised adjective that may start an organisation's name (`Македонски`)? */
  isOrgAdjective(w: string): boolean {
    if (!isCapitalised(w) || this.notNames.has(w)) return false;
    const lw = w.toLowerCase();
    return this.adjectiveEndings.some((e) => lw.length > e.length + 2 && lw.endsWith(e));
  }

  private isGenitive(w: string): boolean {
    const lw = w.toLowerCase();
    return this.genitiveEndings.some((e) => lw.length > e.length + 1 && lw.endsWith(e));
  }

  /** Can this word not start a name: a title word (`Sekretari`), a closed-class word (`Megjithëse`), a listed non-name (`Според`)? */
  cannotStartName(w: string): boolean {
    const lw = w.toLowerCase();
    return this.titleWords.has(lw) || this.closedClass.has(lw) || this.notNamesLower.has(lw);
  }

  /** Is this word (in lower case) one of the language's prepositions? */
  isPreposition(w: string): boolean {
    return this.preps.has(w) || this.preps.has(w.toLowerCase());
  }

  /** Is this word part of a person's title (`Sekretari`, `Përgjithshëm`)? A title is never a name. */
  isTitleWord(w: string): boolean {
    return this.titleWords.has(w.toLowerCase());
  }

  /** Does this word never join two names into one (`dhe`, `nga`)? */
  breaksNames(w: string): boolean {
    return this.breakers.has(w);
  }

  /** Does this word head an organisation's name (`Ministria`, `Министерството`)? */
  isOrgHead(w: string): boolean {
    return this.orgHeads.has(w.toLowerCase());
  }

  /** Is this a capitalised word that may start or continue a name? */
  private nameWord(w: string): boolean {
    return isCapitalised(w) && /\p{L}/u.test(w) && !this.notNames.has(w) && !this.closedClass.has(w.toLowerCase()) &&
      !(w.includes('-') && this.notNamesLower.has(w.slice(0, w.indexOf('-')).toLowerCase()));
  }

  /** May this word be part of a person's name after a title: not a title word, nor an organisation's head (`kryetar Kuvendi`)? */
  private personWord(w: string): boolean {
    return this.nameWord(w) && !this.isTitleWord(w) && !this.orgHeads.has(w.toLowerCase());
  }

  /** Does a title end at word i (`lower`: that word in lower case)? */
  private titleEndsAt(words: readonly string[], i: number, lower: string): boolean {
    return this.titleStart(words, i, lower, this.titles) >= 0;
  }

  /** Where the longest title of `titles` that ends at word i starts, or -1. */
  private titleStart(words: readonly string[], i: number, lower: string, titles: Map<string, string[][]>): number {
    const cands = titles.get(lower);
    const t = cands?.find((t) => t.every((tw, k) => words[i - (t.length - 1) + k]?.toLowerCase() === tw));
    return t ? i - (t.length - 1) : -1;
  }

  /** After a complement phrase starting at j (`за надворешни работи`), else j. */
  private complementEnd(words: readonly string[], j: number): number {
    const phrases = j < words.length ? this.complements.get(words[j]!) : undefined;
    const phrase = phrases?.find((p) => p.every((pw, k) => words[j + k] === pw));
    return phrase ? j + phrase.length : j;
  }

  /**
   * The end of an organisation's name whose head ends before j: a complement phrase, then linked
   * capitalised words, and words coordinated with the one before in the same case after a link
   * (`e Tregtisë dhe Industrisë`, `e Arsimit, Shkencës dhe Teknologjisë`, `për Rindërtim dhe Zhvillim`; not `e Jashtme dhe Kurti`, nor
   * `e Kosovës dhe Inspektoratit`, another organisation's head).
   */
  private orgEnd(words: readonly string[], j: number): number {
    const n = words.length;
    let end = this.complementEnd(words, j);
    let k = end;
    let link: string | null = null;
    while (k < n) {
      const w = words[k]!;
      const next = k + 1 < n && this.nameWord(words[k + 1]!);
      if (this.nameWord(w)) end = k + 1;
      else if (this.links.has(w) && next) link = w;
      else if (!((this.conjunctions.has(w) || w === ',') && next && link !== null && end === k && this.coordinated(words[k - 1]!, words[k + 1]!, link, w === ','))) break;
      k++;
    }
    return end;
  }

  /** Do two words joined by a conjunction after a link stand in one case: both genitives, or neither after a preposition? */
  private coordinated(a: string, b: string, link: string, comma: boolean): boolean {
    // a head word after the conjunction starts an organisation of its own (`Policisë` [`dhe`] `Inspektoratit`)
    if (!this.genitiveEndings.length || this.orgHeads.has(b.toLowerCase()) || this.placeHeads.has(b.toLowerCase())) return false;
    const ga = this.isGenitive(a);
    // a list with commas only of genitives (`e Arsimit, Shkencës dhe Teknologjisë`)
    return ga === this.isGenitive(b) && (ga || (!comma && this.preps.has(link)));
  }

  /** The names listed after a verb of visiting at i (`vizitoi` [`Shëngjinin`] `dhe` [`Gjadrin`]). */
  private visited(words: readonly string[], i: number, out: CueSpan[]): number {
    const placeWord = (w: string | undefined) => w !== undefined && this.nameWord(w) && !this.orgHeads.has(w.toLowerCase()) && !this.placeHeads.has(w.toLowerCase()) && !this.isTitleWord(w);
    let j = i + 1;
    while (placeWord(words[j])) {
      const a = j;
      while (j < a + 3 && placeWord(words[j])) j++;
      out.push({ t0: a, t1: j, type: 'LOC', strong: true, kind: 'visit' });
      if (!(this.conjunctions.has(words[j]!) || words[j] === ',') || !placeWord(words[j + 1])) break;
      j++;
    }
    return j;
  }

  /**
   * A title, a link and a run of capitalised words ending in a person (`пратеникот на` [`Левица`]
   * [`Амди Бајрам`]): the organisation and the person, where the run has three words or more.
   */
  private affiliated(words: readonly string[], i: number, out: CueSpan[]): number {
    if (!this.links.has(words[i + 1] ?? '')) return -1;
    let j = i + 2;
    // (a title's portfolio is no organisation: `ministri i` [`Jashtëm`] `Ferit Hoxha`)
    while (j < words.length && j < i + 7 && this.nameWord(words[j]!) && !this.isTitleWord(words[j]!)) j++;
    if (j - (i + 2) < 3 || !this.personWord(words[j - 1]!) || !this.personWord(words[j - 2]!)) return -1;
    // a longer title takes the organisation in (`претседателот на владата`)
    for (let k = i + 2; k < j - 2; k++) if (this.titleEndsAt(words, k, words[k]!.toLowerCase())) return -1;
    out.push({ t0: j - 2, t1: j, type: 'PER', strong: true, kind: 'title' });
    out.push({ t0: i + 2, t1: j - 2, type: 'ORG', strong: false, kind: 'affiliation' });
    return j;
  }

  /** A capitalised word, up to two lower-case words, then a lower-case head noun (`Државната изборна комисија`): the head's index, or -1. */
  private headNounAfter(words: readonly string[], i: number): number {
    if (!this.orgHeadNouns.size || !this.nameWord(words[i]!)) return -1;
    for (let k = i + 1; k < words.length && k <= i + 3; k++) {
      const w = words[k]!;
      if (!isLowerWord(w)) return -1;
      if (this.orgHeadNouns.has(w)) return k;
      if (this.closedClass.has(w) || this.links.has(w)) return -1;
    }
    return -1;
  }

  find(words: readonly string[]): CueSpan[] {
    const out: CueSpan[] = [];
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const lw = words[i]!.toLowerCase();
      // a title (with what it is for: `министерот за здравство`) before a person
      const title = this.titleEndsAt(words, i, lw);
      const after = title ? this.complementEnd(words, i + 1) : -1;
      const aff = title ? this.affiliated(words, i, out) : -1;
      if (aff > 0) { i = aff - 1; continue; }
      if (after > 0 && after < n && this.personWord(words[after]!)) {
        let j = after;
        while (j < n && j < after + 4 && this.personWord(words[j]!)) j++;
        out.push({ t0: after, t1: j, type: 'PER', strong: true, kind: 'title' });
        i = j - 1;
        continue;
      }
      // a word before an organisation's name (`klubi`, `компанијата`), then the name; written with a
      // capital inside a sentence, the word is the name's own (`Gazeta Metro`)
      const orgTitle = this.orgTitles.size ? this.titleStart(words, i, lw, this.orgTitles) : -1;
      if (orgTitle === 0 || (orgTitle > 0 && !isCapitalised(words[orgTitle]!))) {
        let j = i + 1;
        while (j < n && j < i + 4 && this.personWord(words[j]!)) j++;
        if (j > i + 1) {
          out.push({ t0: i + 1, t1: j, type: 'ORG', strong: true, kind: 'orgTitle' });
          i = j - 1;
          continue;
        }
      }
      // organisation head word, capitalised, with the words of its name after it (or alone)
      if (this.orgHeads.has(lw) && isCapitalised(words[i]!)) {
        const end = this.orgEnd(words, i + 1);
        out.push({ t0: i, t1: end, type: 'ORG', strong: true, kind: 'org' });
        i = end - 1;
        continue;
      }
      // a place's head word with its name after it (`Stadiumin Fadil Vokrri`)
      if (this.placeHeads.has(lw) && isCapitalised(words[i]!)) {
        const end = this.orgEnd(words, i + 1);
        if (end > i + 1) {
          out.push({ t0: i, t1: end, type: 'LOC', strong: true, kind: 'facility' });
          i = end - 1;
          continue;
        }
      }
      if (this.placeVerbs.has(lw)) {
        const j = this.visited(words, i, out);
        if (j > i + 1) { i = j - 1; continue; }
      }
      // an acronym (`KEDS`, `ВЛЕН`) beside no word in capitals: an organisation where nothing else names it
      if (isAcronym(words[i]!) && !this.notNames.has(words[i]!.replace(/-.*/, '')) && !isUpperWord(words[i - 1] ?? '') && !isUpperWord(words[i + 1] ?? '')) {
        out.push({ t0: i, t1: i + 1, type: 'ORG', strong: false, kind: 'acronym' });
        continue;
      }
      const head = this.headNounAfter(words, i);
      if (head > 0) {
        const end = this.orgEnd(words, head + 1);
        out.push({ t0: i, t1: end, type: 'ORG', strong: true, kind: 'org' });
        i = end - 1;
        continue;
      }
      if (this.preps.has(lw) && i + 1 < n && this.nameWord(words[i + 1]!) && !this.orgHeads.has(words[i + 1]!.toLowerCase()) && !this.placeHeads.has(words[i + 1]!.toLowerCase()) && !this.isTitleWord(words[i + 1]!) && !isAcronym(words[i + 1]!) &&
        // a capitalised adjective before a common noun names no place (`на Преспанскиот договор`)
        !(this.isOrgAdjective(words[i + 1]!) && isLowerWord(words[i + 2] ?? '')) && this.headNounAfter(words, i + 1) < 0) {
        let j = i + 1;
        while (j < n && j < i + 4 && this.nameWord(words[j]!)) j++;
        out.push({ t0: i + 1, t1: j, type: 'LOC', strong: false, kind: 'place' });
        i = j - 1;
      }
    }
    return out;
  }
}
