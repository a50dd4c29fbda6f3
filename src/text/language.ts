import { createRequire } from 'node:module';
import cld from 'cld';
import type { Script } from '../model/index.js';
import type { LanguagePack, LexicalMarker } from '../lang/types.js';
import { charScript } from './script.js';

export interface LanguageGuess {
  language: string;
  confidence: number;
  /** How the decision was made: the detector alone, lexical markers on top of it, the alphabet, or letters alone. */
  method: 'detector' | 'markers' | 'alphabet' | 'letters' | 'none';
}

interface Candidate {
  code: string;
  confidence: number;
  reliable: boolean;
}

/** Each marker counts at most this many times in one text: a long article must not win on one repeated word. */
const MAX_HITS = 5;
type CldResult = Awaited<ReturnType<typeof cld.detect>>;
/**
 * `cld` wraps CLD2's native detect in a promise that runs on the thread pool: for the thousands
 * of short calls an ingest makes (every paragraph), the thread hop costs more than the detection.
 * The package's native binding also exports the synchronous call; use it when it is there, and
 * the public promise API otherwise.
 */
const cldSync: ((text: string, plain: boolean, lang: string, enc: string, tld: string, http: string, best: boolean) => CldResult) | null = (() => {
  try {
    const binding = createRequire(import.meta.url)('cld/build/Release/cld') as { detect?: unknown };
    return typeof binding.detect === 'function' ? (binding.detect as never) : null;
  } catch {
    return null;
  }
})();

/** Words whose markers are remembered before the memo starts afresh. */
const MAX_MEMO_WORDS = 200_000;
const WORD = /[\p{L}\p{M}]+/gu;
/** From this many letters on, a reliable detector result is not second-guessed by the alphabet. */
const SURE_LETTERS = 400;
/** Below this many letters the detector is not asked. */
const MIN_DETECTOR_LETTERS = 12;
/** A rival language's markers must score at least this, and twice the detected language's, to overrule the detector. */
const RIVAL_MIN_SCORE = 3;

/**
 * Language identification, in four steps, none of which names a language (all knowledge is in
 * the packs):
 * 1. CLD2 gives ranked candidates (or, for texts too short for it, the packs' distinctive letters
 *    or lexical markers do);
 * 2. the alphabet check: a text with letters outside the detected language's alphabet (`ы` in
 *    "Bulgarian", `і` in "Serbian") goes to the candidate whose alphabet fits it;
 * 3. rival markers: another language of the same script whose markers clearly outscore the
 *    detected one's takes over (Macedonian read as Serbian);
 * 4. within a group (sr/bs/hr/cnr) the members' markers decide, or the group code (`sh`) when a
 *    Latin text has none.
 */
export class LanguageIdentifier {
  private byDetectorCode = new Map<string, LanguagePack>();
  private groups = new Map<string, LanguagePack[]>();
  private alphabets = new Map<string, { script: Script; letters: Set<string> }>();

  constructor(private packs: Map<string, LanguagePack>) {
    for (const p of packs.values()) {
      for (const c of p.detectorCodes) this.byDetectorCode.set(c.toLowerCase(), p);
      if (p.group) this.groups.set(p.group, [...(this.groups.get(p.group) ?? []), p]);
      for (const mk of p.markers ?? []) if (/\((?!\?)/.test(mk.pattern.replace(/\\./g, ''))) throw new Error(`src/lang/${p.code}: marker /${mk.pattern}/ must not capture: use (?:...)`);
      if (p.alphabet) {
        const letters = new Set([...p.alphabet.toLowerCase()]);
        const script = charScript(p.alphabet[0]!);
        if (script) this.alphabets.set(p.code, { script, letters });
      }
    }
  }

  /**
   * The language of `text` written in `script`. With `resolveGroup: false` a text of a group
   * (sr/bs/hr/cnr) keeps the detector's member or the group code: enough to tell whether a
   * paragraph switched language, at a fraction of the cost.
   */
  async identify(text: string, script: Script, opts: { resolveGroup?: boolean } = {}): Promise<LanguageGuess> {
    const letters = countLetters(text);
    const candidates = letters >= MIN_DETECTOR_LETTERS ? await this.detect(text) : [];
    const top = candidates[0];
    let guess: LanguageGuess = top
      ? { language: top.code, confidence: round(top.confidence), method: 'detector' }
      : { language: 'und', confidence: 0, method: 'none' };
    if (guess.method === 'none') guess = this.byLetters(text, script);
    if (guess.method === 'none') guess = this.byMarkers(text, script, null, 1) ?? guess; // a headline: one marker is all there is
    // The detector errs on short texts; on a long one it is sure of, the alphabet has nothing to add.
    const sure = top?.reliable && letters >= SURE_LETTERS;
    if (guess.language !== 'und' && !sure) guess = this.checkAlphabet(text, script, guess, candidates);
    if (guess.language !== 'und') guess = this.checkRivals(text, script, guess, top?.reliable ?? false);
    const pack = this.packs.get(guess.language);
    const group = pack?.group ?? (this.groups.has(guess.language) ? guess.language : null);
    if (group && opts.resolveGroup !== false) guess = this.withinGroup(text, script, group, guess);
    return guess;
  }

  /** Whether two codes are the same language or members of one group (`sr` and `hr`, `bs` and `sh`). */
  related(a: string, b: string): boolean {
    const g = (c: string) => this.packs.get(c)?.group ?? c;
    return g(a) === g(b);
  }

  /** CLD2's ranked languages, mapped to pack codes where a pack claims them. */
  private async detect(text: string): Promise<Candidate[]> {
    try {
      const r = cldSync ? cldSync(text, true, '', '', '', '', false) : await cld.detect(text, { isHTML: false });
      if (!r.languages.length) return [];
      return r.languages.map((l) => {
        const pack = this.byDetectorCode.get(l.code.toLowerCase()) ?? this.byDetectorCode.get(l.name.toLowerCase());
        return { code: pack?.code ?? l.code, confidence: (l.percent / 100) * (r.reliable ? 1 : 0.6), reliable: r.reliable };
      });
    } catch {
      return []; // CLD2 refuses texts it cannot judge; the fallbacks decide.
    }
  }

  /** Marker score of every pack of `script` that has markers (each distinct marker run once). */
  private lastScores: { text: string; script: Script; scores: Map<string, number> } | null = null;

  /** Per script: the distinct markers of the packs writing it, split into one-word and multi-word ones. */
  private markerSets = new Map<
    Script,
    { byFirst: Map<string, { marker: LexicalMarker; re: RegExp }[]>; anyFirst: { marker: LexicalMarker; re: RegExp }[]; multi: { marker: LexicalMarker; re: RegExp }[] }
  >();
  /** Word (lower-case) → the one-word markers it is, per script: vocabularies repeat, so each word is tested once per process. */
  private wordMarkers = new Map<string, LexicalMarker[]>();

  private markerSet(script: Script) {
    let set = this.markerSets.get(script);
    if (!set) {
      const markers = [...new Set([...this.packs.values()].filter((p) => p.scripts.includes(script)).flatMap((p) => p.markers ?? []))].filter((m) => m.weight !== 0);
      const isMulti = (m: LexicalMarker) => /\s|\\s/.test(m.pattern);
      // One-word markers are indexed by the letters their alternatives can start with, so a new
      // word is tested against a handful of them, not all.
      const byFirst = new Map<string, { marker: LexicalMarker; re: RegExp }[]>();
      const anyFirst: { marker: LexicalMarker; re: RegExp }[] = [];
      for (const marker of markers.filter((m) => !isMulti(m))) {
        const entry = { marker, re: new RegExp(`^(?:${marker.pattern})$`, 'iu') };
        const firsts = firstLetters(marker.pattern);
        if (!firsts) anyFirst.push(entry);
        else for (const c of firsts) byFirst.set(c, [...(byFirst.get(c) ?? []), entry]);
      }
      set = { byFirst, anyFirst, multi: markers.filter(isMulti).map((marker) => ({ marker, re: compileMarker(marker) })) };
      this.markerSets.set(script, set);
    }
    return set;
  }

  /**
   * Marker score of every pack of `script` that has markers, each marker counted at most
   * MAX_HITS times: one-word markers by looking each word up (memoised per process), the few
   * multi-word ones by a scan of the text.
   */
  private markerScores(text: string, script: Script): Map<string, number> {
    if (this.lastScores && this.lastScores.text === text && this.lastScores.script === script) return this.lastScores.scores;
    const { byFirst, anyFirst, multi } = this.markerSet(script);
    const hits = new Map<LexicalMarker, number>();
    if (byFirst.size || anyFirst.length) {
      for (const m of text.matchAll(WORD)) {
        const w = m[0].toLowerCase();
        const key = `${script}:${w}`;
        let found = this.wordMarkers.get(key);
        if (!found) {
          found = [];
          for (const x of byFirst.get(w[0]!) ?? []) if (x.re.test(w)) found.push(x.marker);
          for (const x of anyFirst) if (x.re.test(w)) found.push(x.marker);
          if (this.wordMarkers.size > MAX_MEMO_WORDS) this.wordMarkers.clear();
          this.wordMarkers.set(key, found);
        }
        for (const mk of found) hits.set(mk, (hits.get(mk) ?? 0) + 1);
      }
    }
    for (const { marker, re } of multi) {
      re.lastIndex = 0;
      let n = 0;
      while (n < MAX_HITS && re.exec(text)) n++;
      if (n) hits.set(marker, n);
    }
    const scores = new Map<string, number>();
    for (const p of this.packs.values()) {
      if (!p.markers?.length || !p.scripts.includes(script)) continue;
      let s = 0;
      for (const mk of p.markers) s += Math.min(MAX_HITS, hits.get(mk) ?? 0) * mk.weight;
      scores.set(p.code, s * (p.markerPrior ?? 1));
    }
    this.lastScores = { text, script, scores };
    return scores;
  }

  /** Tell close relatives apart (sr/bs/hr/cnr) by their lexical markers. */
  private withinGroup(text: string, script: Script, group: string, detector: LanguageGuess): LanguageGuess {
    const scores = this.markerScores(text, script);
    const ranked = this.groups
      .get(group)!
      .map((p) => ({ code: p.code, score: scores.get(p.code) ?? 0 }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = ranked;
    if (!best || best.score < 1) {
      // No lexical evidence: a Cyrillic text goes to the member whose distinctive letters it has
      // (or the first member writing Cyrillic); a Latin text is the group.
      if (script !== 'Latn') {
        const members = this.groups.get(group)!.filter((p) => p.scripts[0] === script);
        const code = members[0]?.code ?? group;
        return { language: code, confidence: round(detector.confidence * 0.8), method: 'markers' };
      }
      return { language: group, confidence: round(detector.confidence), method: 'markers' };
    }
    const margin = (best.score - (second?.score ?? 0)) / best.score;
    return { language: best.code, confidence: round(Math.min(0.99, 0.5 + margin / 2)), method: 'markers' };
  }

  /**
   * A detected language whose alphabet lacks letters of the text (beyond a few borrowed names in
   * a long text) is replaced by the candidate whose alphabet fits best, preferring the detector's
   * own ranking, then the most distinctive letters.
   */
  private checkAlphabet(text: string, script: Script, guess: LanguageGuess, candidates: Candidate[]): LanguageGuess {
    const pack = this.packs.get(guess.language);
    const own = this.alphabets.get(guess.language);
    const supportsScript = !pack || pack.scripts.includes(script);
    if (supportsScript && (!own || own.script !== script)) return guess;
    const hist = letterHistogram(text, script);
    let total = 0;
    for (const n of hist.values()) total += n;
    if (!total) return guess;
    const foreign = (letters: Set<string>) => {
      let n = 0;
      for (const [ch, c] of hist) if (!letters.has(ch)) n += c;
      return n;
    };
    if (supportsScript && own && foreign(own.letters) <= tolerance(total)) return guess;
    const rank = new Map(candidates.map((c, i) => [c.code, i]));
    let best: { code: string; foreign: number; rank: number; distinct: number } | null = null;
    for (const [code, a] of this.alphabets) {
      if (a.script !== script) continue;
      const p = this.packs.get(code)!;
      let distinct = 0;
      for (const ch of p.distinctiveLetters ?? '') distinct += hist.get(ch) ?? 0;
      const c = { code, foreign: foreign(a.letters), rank: rank.get(code) ?? 99, distinct };
      if (!best || c.foreign < best.foreign || (c.foreign === best.foreign && (c.rank < best.rank || (c.rank === best.rank && c.distinct > best.distinct)))) best = c;
    }
    if (!best || best.foreign > tolerance(total)) return guess;
    return { language: best.code, confidence: round(Math.max(0.5, guess.confidence * 0.8)), method: 'alphabet' };
  }

  /**
   * Another language of the same script (outside the detected language's group) whose markers
   * score clearly more than the detected language's own takes over. Only languages with markers of
   * their own are challenged this way, unless the detector itself was unsure.
   */
  private checkRivals(text: string, script: Script, guess: LanguageGuess, reliable: boolean): LanguageGuess {
    const pack = this.packs.get(guess.language);
    const defended = pack ? !!pack.markers?.length : this.groups.has(guess.language);
    if (reliable && !defended) return guess;
    const found = this.byMarkers(text, script, pack?.group ?? pack?.code ?? guess.language);
    return found ?? guess;
  }

  /**
   * The language (or group) whose markers score highest in `script`, when it reaches `minScore`
   * and twice the score of `against` (a language or group code; null: anything).
   */
  private byMarkers(text: string, script: Script, against: string | null, minScore = RIVAL_MIN_SCORE): LanguageGuess | null {
    const scores = this.markerScores(text, script);
    if (!scores.size) return null;
    const key = (code: string) => this.packs.get(code)?.group ?? code;
    const byKey = new Map<string, number>();
    for (const [code, s] of scores) {
      if (code !== against && key(code) !== against && !this.alphabetFits(text, script, code)) continue;
      byKey.set(key(code), Math.max(byKey.get(key(code)) ?? 0, s));
    }
    const own = against ? (byKey.get(against) ?? 0) : 0;
    let best: [string, number] | null = null;
    for (const [k, s] of byKey) if (k !== against && (!best || s > best[1])) best = [k, s];
    if (!best || best[1] < minScore || best[1] < 2 * own) return null;
    return { language: best[0], confidence: round(Math.min(0.9, 0.5 + (best[1] - own) / (4 * best[1]))), method: 'markers' };
  }

  /** Whether a language's alphabet (when it has one for this script) holds the text's letters, up to a few borrowed names. */
  private alphabetFits(text: string, script: Script, code: string): boolean {
    const a = this.alphabets.get(code);
    if (!a || a.script !== script) return true;
    const hist = letterHistogram(text, script);
    let total = 0;
    let foreign = 0;
    for (const [ch, n] of hist) {
      total += n;
      if (!a.letters.has(ch)) foreign += n;
    }
    return foreign <= tolerance(total);
  }

  /** For very short texts: the language whose distinctive letters occur most, within the script. */
  private byLetters(text: string, script: Script): LanguageGuess {
    let best: LanguagePack | null = null;
    let bestN = 0;
    const lower = text.toLowerCase();
    for (const p of this.packs.values()) {
      if (!p.distinctiveLetters || !p.scripts.includes(script)) continue;
      let n = 0;
      for (const ch of lower) if (p.distinctiveLetters.includes(ch)) n++;
      if (n > bestN) {
        best = p;
        bestN = n;
      }
    }
    if (best) return { language: best.code, confidence: 0.3, method: 'letters' };
    return { language: 'und', confidence: 0, method: 'none' };
  }
}

/** A marker as the identifier matches it: case-insensitive, whole words only, every occurrence. */
export function compileMarker(m: LexicalMarker): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${m.pattern})(?![\\p{L}\\p{M}])`, 'giu');
}

/**
 * The lower-case letters a pattern's top-level alternatives can start with, or null when one of
 * them can start with anything (`\\p{L}*…`, a group, a class, an optional first letter).
 */
function firstLetters(pattern: string): Set<string> | null {
  const alternatives: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      cur += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      alternatives.push(cur);
      cur = '';
    } else cur += ch;
  }
  alternatives.push(cur);
  const out = new Set<string>();
  for (const a of alternatives) {
    const c = a[0];
    if (!c || !/\p{L}/u.test(c) || /^[?*{]/.test(a.slice(1))) return null;
    out.add(c.toLowerCase());
  }
  return out;
}

function countLetters(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) n += m[0].length;
  return n;
}

/** Letters outside a language's alphabet tolerated in a text of `total` letters: none in a short text, 0.5% in a long one. */
const tolerance = (total: number) => (total < 200 ? 0 : Math.floor(total * 0.005));

let lastHist: { text: string; script: Script; hist: Map<string, number> } | null = null;

/** Lower-case letters of `script` in the text, with their counts (the last text's histogram is kept). */
function letterHistogram(text: string, script: Script): Map<string, number> {
  if (lastHist && lastHist.text === text && lastHist.script === script) return lastHist.hist;
  const hist = new Map<string, number>();
  const lower = text.toLowerCase();
  const [lo, hi] = script === 'Cyrl' ? [0x430, 0x52f] : script === 'Latn' ? [0x61, 0x24f] : [0, -1];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < lo || c > hi) continue;
    if (script === 'Latn' && c > 0x7a && c < 0xdf) continue; // ASCII punctuation and the Latin-1 signs between the letters
    if (script === 'Cyrl' && c >= 0x482 && c <= 0x489) continue; // Cyrillic signs and combining marks
    const ch = lower[i]!;
    hist.set(ch, (hist.get(ch) ?? 0) + 1);
  }
  if (hi < 0) for (const ch of lower) if (charScript(ch) === script) hist.set(ch, (hist.get(ch) ?? 0) + 1);
  lastHist = { text, script, hist };
  return hist;
}

const round = (x: number) => Math.round(x * 100) / 100;
