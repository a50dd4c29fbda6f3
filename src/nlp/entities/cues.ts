import type { EntityCues } from '../../lang/types/entity-cues.js';
import type { NerType } from './gold/types.js';

/** A name found by a context cue, over tokens [t0, t1). */
export interface CueSpan {
  t0: number;
  t1: number;
  type: NerType;
  /** Strong cues (a title before a person, an organisation's head word) override the model's type. */
  strong: boolean;
}

const isCap = (w: string) => {
  const c = w[0] ?? '';
  return c !== c.toLowerCase();
};

/**
 * Context cues of one language compiled once: titles before people (`kryeministri Albin Kurti`),
 * head words of organisations (`Ministria e Jashtme`), prepositions before places (`në Shkup`).
 */
export class CueFinder {
  private readonly titles: Map<string, string[][]>;
  private readonly preps: Set<string>;
  private readonly orgHeads: Set<string>;
  private readonly notNames: Set<string>;
  private readonly links = new Set(['i', 'e', 'të', 'së', 'и', 'на', 'за', 'of', 'the', 'and']);
  /** Every word of every title (`sekretari`, `përgjithshëm`, `kryeministri`), lower case. */
  private readonly titleWords = new Set<string>();
  private readonly closedClass: Set<string>;

  constructor(cues: EntityCues) {
    this.titles = new Map();
    for (const t of cues.personTitles) {
      const words = t.toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      const list = this.titles.get(last) ?? [];
      list.push(words);
      this.titles.set(last, list);
      for (const w of words) if (!this.links.has(w)) this.titleWords.add(w);
    }
    this.preps = new Set(cues.placePrepositions.map((p) => p.toLowerCase()));
    this.orgHeads = new Set((cues.orgHeads ?? []).map((p) => p.toLowerCase()));
    this.notNames = new Set(cues.notNames ?? []);
    this.closedClass = new Set(cues.closedClassWords ?? []);
  }

  /** Can this word not start a name: a title word (`Sekretari`) or a closed-class word (`Megjithëse`)? */
  cannotStartName(w: string): boolean {
    const lw = w.toLowerCase();
    return this.titleWords.has(lw) || this.closedClass.has(lw);
  }

  /** Is this word (in lower case) one of the language's prepositions? */
  isPreposition(w: string): boolean {
    return this.preps.has(w) || this.preps.has(w.toLowerCase());
  }

  /** Is this word part of a person's title (`Sekretari`, `Përgjithshëm`)? A title is never a name. */
  isTitleWord(w: string): boolean {
    return this.titleWords.has(w.toLowerCase());
  }

  /** Is this a capitalised word that may start or continue a name? */
  private nameWord(w: string): boolean {
    return isCap(w) && /\p{L}/u.test(w) && !this.notNames.has(w) && !this.closedClass.has(w.toLowerCase());
  }

  private titleEndsAt(words: readonly string[], i: number): boolean {
    const cands = this.titles.get(words[i]!.toLowerCase());
    if (!cands) return false;
    return cands.some((t) => t.every((tw, k) => words[i - (t.length - 1) + k]?.toLowerCase() === tw));
  }

  find(words: readonly string[]): CueSpan[] {
    const out: CueSpan[] = [];
    const n = words.length;
    for (let i = 0; i < n; i++) {
      const lw = words[i]!.toLowerCase();
      // organisation head word, capitalised, followed by linking words and capitalised words
      if (this.orgHeads.has(lw) && isCap(words[i]!) && i + 1 < n) {
        let j = i + 1;
        let end = -1;
        while (j < n && (this.nameWord(words[j]!) || (this.links.has(words[j]!) && j + 1 < n && this.nameWord(words[j + 1]!)))) {
          if (this.nameWord(words[j]!)) end = j + 1;
          j++;
        }
        if (end > 0) { out.push({ t0: i, t1: end, type: 'ORG', strong: true }); i = end - 1; continue; }
      }
      if (i + 1 < n && this.nameWord(words[i + 1]!) && this.titleEndsAt(words, i)) {
        let j = i + 1;
        while (j < n && j < i + 5 && this.nameWord(words[j]!)) j++;
        out.push({ t0: i + 1, t1: j, type: 'PER', strong: true });
        i = j - 1;
        continue;
      }
      if (this.preps.has(lw) && i + 1 < n && this.nameWord(words[i + 1]!) && !this.orgHeads.has(words[i + 1]!.toLowerCase()) && !this.isTitleWord(words[i + 1]!)) {
        let j = i + 1;
        while (j < n && j < i + 4 && this.nameWord(words[j]!)) j++;
        out.push({ t0: i + 1, t1: j, type: 'LOC', strong: false });
        i = j - 1;
      }
    }
    return out;
  }
}
