import type { Span, Token } from '../../model/index.js';
import { isCapitalised, startsWithLowerCase, type CueFinder } from './cues.js';
import type { GazetteerTags } from './features.js';
import { bioToSpans, type NerType, type WordSpan } from './gold/types.js';
import type { PerceptronTagger } from './perceptron.js';
import { documentCodes } from './doc-context.js';

/** A recognised name over tokens [t0, t1) of the text. */
export interface NameSpan extends Span {
  t0: number;
  t1: number;
  type: NerType;
  confidence: number;
  via: 'model' | 'kb' | 'cue';
}

/** What recognition reads: the model, the knowledge base's matches, a language's cues. */
export interface RecogniseInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  tagger: PerceptronTagger | null;
  /** Gazetteer tags of every token (from one knowledge-base pass over the text), or null. */
  gazetteer: GazetteerTags | null;
  /** Knowledge-base matches as token ranges with their best type. */
  kbSpans: { t0: number; t1: number; type: NerType }[];
  /**
   * Whether every knowledge-base name the model left alone is a name (the multilingual fallback).
   * Where the model was trained on the language's own gold it read the same matches as features
   * and weighed them in context: a single word at a sentence's start it left alone stays alone.
   */
  kbFillsGaps: boolean;
  cues: CueFinder | null;
}

const MAX_SENTENCE = 400;
/** Punctuation after which a capital says nothing (an opening quote, a colon, a dash). */
const OPENERS = /^[„“”"«»‘’'(:–—-]$/;

/** A lower-case word of one or two letters (a preposition, a conjunction); not a short name (`Ли Харрис`, `Ар Келли`). */
const isShortLowerWord = (w: string) => w.length <= 2 && startsWithLowerCase(w);

/**
 * Names in a text: the sequence model per sentence (with gazetteer features), then knowledge-base
 * names the model missed, then context cues (a title before a person overrides the model's type).
 * Spans never overlap; each covers whole tokens.
 */
export function recognise(input: RecogniseInput): NameSpan[] {
  const { text, tokens, tagger, gazetteer } = input;
  const n = tokens.length;
  // token-level owner: index into `spans` or -1
  const spans: (NameSpan | null)[] = [];
  const owner = new Int32Array(n).fill(-1);
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const put = (t0: number, t1: number, type: NerType, confidence: number, via: NameSpan['via']) => {
    for (let k = t0; k < t1; k++) {
      const o = owner[k]!;
      if (o >= 0 && spans[o]) {
        const s = spans[o]!;
        for (let q = s.t0; q < s.t1; q++) owner[q] = -1;
        spans[o] = null;
      }
    }
    spans.push({ start: tokens[t0]!.start, end: tokens[t1 - 1]!.end, t0, t1, type, confidence, via });
    for (let k = t0; k < t1; k++) owner[k] = spans.length - 1;
  };
  const free = (t0: number, t1: number) => {
    for (let k = t0; k < t1; k++) if (owner[k]! >= 0) return false;
    return true;
  };

  /**
   * An organisation (or place) named by its head word (`Ministria e Punëve të Jashtme e Kosovës`,
   * `Stadiumin Fadil Vokrri`) replaces the names found inside it; a head word alone (`Qeverinë`) is
   * an organisation where it is not the sentence's first word (a capital there says nothing), and
   * retypes a name found over it.
   */
  const headCue = (t0: number, t1: number, type: NerType, initial: boolean) => {
    // a known person is no part of an organisation's name: its leader (`Владата на Мицкоски`)
    // or the next name (`Владата Христијан Мицкоски`)
    const alone = t1 - t0 === 1;
    let cut = false;
    for (const k of input.kbSpans) {
      if (k.type !== 'PER' || k.t0 <= t0 || k.t0 >= t1) continue;
      t1 = k.t0;
      cut = true;
      while (t1 > t0 + 1 && !isCapitalised(words[t1 - 1]!)) t1--;
      break;
    }
    const inside: NameSpan[] = [];
    for (let k = t0; k < t1; k++) {
      const o = owner[k]!;
      const sp = o >= 0 ? spans[o]! : null;
      if (!sp) continue;
      // a name that starts inside and runs on into lower-case words (`Policia bëri`) or into the
      // known person that cut the organisation short (`Qeveria Hoti`) gives way; others win
      if (sp.t0 < t0 || (sp.t1 > t1 && !(cut && sp.t0 === t0) && words.slice(t1, sp.t1).some(isCapitalised))) return;
      if (!inside.includes(sp)) inside.push(sp);
    }
    if (inside.length === 1 && inside[0]!.t0 === t0 && inside[0]!.t1 === t1) { inside[0]!.type = type; return; }
    if (alone && initial && !inside.length) return;
    put(t0, t1, type, 0.75, 'cue');
  };

  // 1. the model, sentence by sentence (long "sentences" are cut into windows)
  const ranges = sentenceRanges(tokens, input.sentences);
  const starts = new Set(ranges.map(([f]) => f));
  if (tagger) {
    const windows: [number, number][] = [];
    for (const [first, end] of ranges) for (let a = first; a < end; a += MAX_SENTENCE) windows.push([a, Math.min(end, a + MAX_SENTENCE)]);
    // the document features: what the whole text says of each capitalised word
    const doc = tagger.usesDocument ? documentCodes(windows.map(([a, b]) => words.slice(a, b))) : null;
    for (let wi = 0; wi < windows.length; wi++) {
      const [a, b] = windows[wi]!;
      const w = words.slice(a, b);
      const { tags, margins } = tagger.tag(w, gazetteer ? gazetteer.slice(a, b) : undefined, doc?.[wi]);
      for (const sp of splitAtBreakers(bioToSpans(tags), w, input.cues)) {
        // a preposition or conjunction at a name's edge is not part of it (`у Косові`)
        while (sp.start < sp.end && isShortLowerWord(w[sp.start]!)) sp.start++;
        while (sp.end > sp.start && isShortLowerWord(w[sp.end - 1]!)) sp.end--;
        // a capitalised title (`Sekretari i Përgjithshëm`) or a sentence-initial closed-class word
        // (`Megjithëse`, `Tutje`) is no part of a name, nor a name alone
        while (sp.start < sp.end && (input.cues?.cannotStartName(w[sp.start]!) || isShortLowerWord(w[sp.start]!))) sp.start++;
        // where a language has cues, a name never starts with a lower-case word (`[здравство] Азир Алиу`)
        while (input.cues && sp.start < sp.end && startsWithLowerCase(w[sp.start]!)) sp.start++;
        balanceQuotes(sp, w);
        if (sp.start >= sp.end) continue;
        // a name has at least one word with a capital letter
        let cap = false;
        let m = 0;
        for (let k = sp.start; k < sp.end; k++) { if (isCapitalised(w[k]!)) cap = true; m += margins[k]!; }
        if (!cap) continue;
        const conf = 1 / (1 + Math.exp(-m / (sp.end - sp.start) / 2));
        put(a + sp.start, a + sp.end, sp.type, Number(conf.toFixed(3)), 'model');
      }
    }
  }
  // 2. knowledge-base names: fill gaps, and widen a model span the KB name contains
  for (const k of input.kbSpans) {
    if (!words.slice(k.t0, k.t1).some(isCapitalised)) continue;
    if (free(k.t0, k.t1)) {
      // where the model knows the language, one word at a sentence's start it left alone stays
      // alone: its capital says nothing, and a name's case form is often a common word's
      // (`Hrvatski ministar`, `Turski pisac`, `Visoki predstavnik`)
      const initial = k.t0 === 0 || starts.has(k.t0) || OPENERS.test(words[k.t0 - 1]!);
      if (input.kbFillsGaps || !tagger || !(initial && k.t1 - k.t0 === 1)) put(k.t0, k.t1, k.type, 0.8, 'kb');
      continue;
    }
    // the KB name wins unless a name found by the model contains it whole with more words
    // (`Vojnom kancelarijom Alijanse`); a preposition the model took in (`ndaj Ukrainës`) does not count
    let contained = false;
    for (let q = k.t0; q < k.t1; q++) {
      const o = owner[q]!;
      const sp = o >= 0 ? spans[o]! : null;
      if (!sp || sp.t0 > k.t0 || sp.t1 < k.t1 || sp.t1 - sp.t0 === k.t1 - k.t0) continue;
      for (let r = sp.t0; r < sp.t1; r++) if ((r < k.t0 || r >= k.t1) && !input.cues?.isPreposition(words[r]!)) contained = true;
    }
    if (!contained) put(k.t0, k.t1, k.type, 0.85, 'kb');
  }
  // 3. context cues
  const kbPerson = (t0: number, t1: number) => input.kbSpans.some((k) => k.type === 'PER' && k.t0 < t1 && k.t1 > t0);
  /** A name after a verb of visiting is a place: free, or typed a person by the model alone. */
  const visitCue = (t0: number, t1: number) => {
    if (kbPerson(t0, t1)) return;
    if (free(t0, t1)) { put(t0, t1, 'LOC', 0.6, 'cue'); return; }
    const o = owner[t0]!;
    const s = o >= 0 ? spans[o]! : null;
    if (s && s.via === 'model' && s.type === 'PER' && s.t0 >= t0 && s.t1 <= t1) put(t0, t1, 'LOC', s.confidence, 'model');
  };
  /** A name after a word that introduces organisations (`klubi` `Ballkani`) is one, whatever it was typed. */
  const orgTitleCue = (t0: number, t1: number) => {
    if (kbPerson(t0, t1)) return;
    if (free(t0, t1)) { put(t0, t1, 'ORG', 0.7, 'cue'); return; }
    const o = owner[t0]!;
    const s = o >= 0 ? spans[o]! : null;
    if (s && s.t0 === t0 && s.t1 === t1) s.type = 'ORG';
    // (or took in the word before it, capitalised at a sentence's start: `Klubi Ballkani`)
    else if (s && s.t0 >= t0 - 1 && s.t1 <= t1) put(t0, t1, 'ORG', 0.7, 'cue');
  };
  if (input.cues) {
    for (const [first, end] of ranges) {
      for (const c of input.cues.find(words.slice(first, end))) {
        const t0 = first + c.t0;
        const t1 = first + c.t1;
        if (c.kind === 'org' || c.kind === 'facility') { headCue(t0, t1, c.type, t0 === first || OPENERS.test(words[t0 - 1]!)); continue; }
        if (c.kind === 'visit') { visitCue(t0, t1); continue; }
        if (c.kind === 'orgTitle') { orgTitleCue(t0, t1); continue; }
        // an acronym or a title's organisation (`пратеникот на` [`Левица`]) nothing else names
        if (c.kind === 'affiliation' || c.kind === 'acronym') {
          if (free(t0, t1) && !input.kbSpans.some((k) => k.t0 < t1 && k.t1 > t0)) put(t0, t1, 'ORG', 0.55, 'cue');
          continue;
        }
        if (free(t0, t1)) put(t0, t1, c.type, c.strong ? 0.7 : 0.5, 'cue');
        else if (c.strong) {
          const o = owner[t0]!;
          const s0 = o >= 0 ? spans[o]! : null;
          // a title before a person: the model's span starting here becomes a person
          if (s0 && s0.t0 === t0 && s0.via === 'model' && c.type === 'PER') {
            // the person ends before a lower-case word the model ran on into (`Sveçla vizituan Zubin Potokun`)
            if (s0.t1 > t1 && startsWithLowerCase(words[t1]!) && !input.cues.isLink(words[t1]!)) put(t0, t1, 'PER', s0.confidence, 'model');
            else s0.type = 'PER';
          }
          // a model span that took the title in (`Kryeministri Albin Kurti`): the title is no part of the name
          else if (s0 && s0.t0 < t0 && s0.t1 >= t1 && s0.via === 'model' && c.type === 'PER') put(t0, s0.t1, 'PER', s0.confidence, 'model');
        }
      }
    }
    // knowledge-base names a cue set free again (`Владата` [`Христијан Мицкоски`])
    for (const k of input.kbSpans) if (free(k.t0, k.t1) && words.slice(k.t0, k.t1).some(isCapitalised)) put(k.t0, k.t1, k.type, 0.8, 'kb');
    joinOrganisations(input.cues);
  }
  return spans.filter((s): s is NameSpan => s !== null).sort((a, b) => a.start - b.start);

  /**
   * Organisations completed by their neighbours: the place they belong to after a link (`Kryqi i Kuq`
   * [`i Kosovës`]), an adjective before them (`Македонски` `Телеком`); names made only of words
   * that never start one (`Sipas` at a sentence's start) dropped; a person with a compass word a place.
   */
  function joinOrganisations(cues: CueFinder): void {
    // a capitalised adjective of the kind that starts organisations' names before capitalised words
    // nothing else named is one (`Македонски Телеком`, whatever the model made of it)
    for (let a = 0; a + 1 < n; a++) {
      if (owner[a] !== -1 || !cues.isOrgAdjective(words[a]!) || !isCapitalised(words[a + 1]!)) continue;
      let b = a + 1;
      while (b < n && owner[b] === -1 && isCapitalised(words[b]!) && !cues.isOrgAdjective(words[b]!)) b++;
      if (b > a + 1 && (b === n || owner[b] === -1)) put(a, b, 'ORG', 0.55, 'cue');
    }
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      if (!s) continue;
      let w = s.t0;
      while (w < s.t1 && cues.cannotStartName(words[w]!)) w++;
      if (w === s.t1) { for (let q = s.t0; q < s.t1; q++) owner[q] = -1; spans[i] = null; continue; }
      // a person's name never holds a compass word (`Evropës Perëndimore`): the model's guess is a place
      if (s.type === 'PER' && s.via === 'model' && words.slice(s.t0, s.t1).some((x) => cues.isPlaceWord(x))) s.type = 'LOC';
      if (s.type !== 'ORG') continue;
      // (a one-word organisation of the model's alone is too weak a guess to take a place: `Vendet e Ballkanit`)
      const weak = s.via === 'model' && s.t1 - s.t0 === 1;
      const next = !weak && s.t1 + 1 < n && owner[s.t1] === -1 && cues.isLink(words[s.t1]!) ? spans[owner[s.t1 + 1]!] : null;
      if (next && next.t0 === s.t1 + 1 && next.type === 'LOC') { put(s.t0, next.t1, 'ORG', s.confidence, s.via); continue; }
      const a = s.t0 - 1;
      const before = a >= 0 && owner[a]! >= 0 ? spans[owner[a]!]! : null;
      if (a >= 0 && cues.isOrgAdjective(words[a]!) && (!before || (before.t0 === a && before.t1 === s.t0))) put(a, s.t1, 'ORG', s.confidence, s.via);
    }
  }
}

/** Opening quotation marks and the closing marks each may pair with. */
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '»': '«', '„': '“”', '“': '”', '‘': '’', '‹': '›', '"': '"' };
const CLOSERS = new Set(['»', '«', '“', '”', '’', '›', '"']);

/** The closing marks a quotation opened in w[a, b) and not closed there waits for, or null. */
function openQuote(w: readonly string[], a: number, b: number): string | null {
  let open: string | null = null;
  for (let k = a; k < b; k++) {
    if (open !== null) { if (open.includes(w[k]!)) open = null; }
    else if (QUOTE_PAIRS[w[k]!] !== undefined) open = QUOTE_PAIRS[w[k]!]!;
  }
  return open;
}

/**
 * A name's quotation marks balanced, as the corpora mark them (`компанія « Інреко А / С »`: the
 * name inside; `ТОВ « Ріаліз Ойл »`: the quotation is part of the name): a name never starts with
 * a quotation mark; a closing mark at its end without its opening mark inside is dropped; a name
 * that opens a quotation inside takes the closing mark right after it.
 */
function balanceQuotes(sp: WordSpan, w: readonly string[]): void {
  while (sp.end - sp.start > 1 && QUOTE_PAIRS[w[sp.start]!] !== undefined) sp.start++;
  if (sp.end - sp.start > 1 && CLOSERS.has(w[sp.end - 1]!) && openQuote(w, sp.start, sp.end - 1) === null) sp.end--;
  const open = openQuote(w, sp.start, sp.end);
  if (open !== null && sp.end < w.length && open.includes(w[sp.end]!)) sp.end++;
}

/** Each sentence's tokens as [first, end) (tokens outside every sentence are in none). */
function sentenceRanges(tokens: readonly Token[], sentences: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.end <= s.end) ti++;
    out.push([first, ti]);
  }
  return out;
}

/**
 * Model spans cut at words that never join two names (`Beogradit` [`dhe`] `Prishtinës`), unless the
 * span starts with an organisation's head word (`Ministria e Tregtisë dhe Industrisë`) and no other
 * head word follows the breaker (`Qeveria dhe Kuvendi i Kosovës`).
 */
function splitAtBreakers(spans: WordSpan[], w: readonly string[], cues: CueFinder | null): WordSpan[] {
  if (!cues) return spans;
  const out: WordSpan[] = [];
  for (const sp of spans) {
    // inside an organisation's name only another head word after the breaker starts a new name (`Qeveria` [`dhe`] `Kuvendi`)
    const head = cues.isOrgHead(w[sp.start]!);
    let a = sp.start;
    for (let k = sp.start; k < sp.end; k++) {
      if (!cues.breaksNames(w[k]!) || (head && !cues.isOrgHead(w[k + 1] ?? ''))) continue;
      if (k > a) out.push({ start: a, end: k, type: sp.type });
      a = k + 1;
    }
    if (sp.end > a) out.push({ start: a, end: sp.end, type: sp.type });
  }
  return out;
}
