import type { NameLexicon } from '../lang/types/names.js';
import type { Token } from '../model/index.js';
import { tokenize } from '../text/segment.js';
import { inflect } from './inflect.js';
import { computeKey, isAcronym, isCapitalised, nameKey } from './key.js';
import type { KbEntity } from './types.js';

/**
 * One matcher over every name variant of the knowledge base: a trie over base-token keys, plus a
 * map from every generated token form (inflected, respelled, alternated) to the base tokens it
 * may stand for. A text is tokenised once and walked once: at each capitalised token the trie is
 * followed through the tokens' possible bases, and the longest path that ends on a name wins.
 * Spans cover whole tokens as written (`NATO-s`, `Kosovën`, `Столтенбергом`).
 */
export interface Hit {
  id: string;
  via: 'full' | 'short';
  /** The languages the name was given in, comma-separated; `*` for acronyms valid in every language. */
  lang: string;
}

interface Node {
  next: Map<string, Node> | null;
  hits: Hit[] | null;
}

export interface RawMatch {
  start: number;
  end: number;
  hits: Hit[];
}

/** The matcher's index as plain JSON, to be cached between processes. */
export interface MatcherState {
  /** Flat pairs: form key, base key(s) joined by a space. */
  forms: string[];
  capsOnly: string[];
  /** Base keys of one-word names that are also common words. */
  commonWords?: string[];
  trie: TrieJson;
}
type TrieJson = Record<string, [Hit[] | 0, TrieJson | 0]>;

export class NameMatcher {
  private readonly root = new Map<string, Node>();
  /** Token form key → the base token key (or keys) it may stand for. */
  private readonly forms = new Map<string, string | string[]>();
  /** Base keys of short acronyms (`UN`, `EU`, `BE`): matched only when written in capitals. */
  private readonly capsOnly = new Set<string>();
  /** Base keys of one-word names that are also common words (`Bor`, `Mali`): not matched alone at a sentence start. */
  private readonly commonWords = new Set<string>();
  /** Token forms already generated, per inflection-rule set (languages sharing rules share the work) and type. */
  private readonly done = new WeakMap<object, Set<string>>();
  private readonly noLexicon = {};
  private readonly wordBases = new Map<string, readonly string[]>();

  /** Adds one name of an entity in one language, with its generated token forms. */
  add(name: string, entity: KbEntity, lang: string, lex: NameLexicon | undefined, via: Hit['via'], hitLang = lang): void {
    const toks = tokenize(name).map((t) => name.slice(t.start, t.end));
    if (toks.length === 0) return;
    const rules: object = lex?.inflections ?? this.noLexicon;
    let done = this.done.get(rules);
    if (!done) this.done.set(rules, (done = new Set()));
    const path: string[] = [];
    for (const tok of toks) {
      const base = computeKey(tok);
      path.push(base);
      if (isAcronym(tok) && tok.length <= 3) this.capsOnly.add(base);
      const memo = `${entity.type}${tok}`;
      if (done.has(memo)) continue;
      done.add(memo);
      for (const form of inflect(tok, lex, entity.type)) this.addForm(computeKey(form), base);
    }
    let level = this.root;
    let node: Node | undefined;
    for (const [i, k] of path.entries()) {
      node = level.get(k);
      if (!node) {
        node = { next: null, hits: null };
        level.set(k, node);
      }
      if (i < path.length - 1) level = node.next ??= new Map();
    }
    const hits = (node!.hits ??= []);
    if (!hits.some((h) => h.id === entity.id && h.via === via && h.lang === hitLang)) hits.push({ id: entity.id, via, lang: hitLang });
  }

  /** Marks a one-word name as a common word too. */
  markCommonWord(name: string): void {
    const toks = tokenize(name);
    if (toks.length === 1) this.commonWords.add(computeKey(name));
  }

  private addForm(form: string, base: string): void {
    const have = this.forms.get(form);
    if (have === undefined) this.forms.set(form, base);
    else if (typeof have === 'string') {
      if (have !== base) this.forms.set(form, [have, base]);
    } else if (!have.includes(base)) have.push(base);
  }

  toState(): MatcherState {
    const trie = (level: Map<string, Node>): TrieJson => {
      const o: TrieJson = {};
      for (const [k, n] of level) o[k] = [n.hits ?? 0, n.next ? trie(n.next) : 0];
      return o;
    };
    const forms: string[] = [];
    for (const [k, v] of this.forms) forms.push(k, typeof v === 'string' ? v : v.join(' '));
    return { forms, capsOnly: [...this.capsOnly], commonWords: [...this.commonWords], trie: trie(this.root) };
  }

  static fromState(state: MatcherState): NameMatcher {
    const m = new NameMatcher();
    const f = state.forms;
    for (let i = 0; i + 1 < f.length; i += 2) {
      const v = f[i + 1]!;
      m.forms.set(f[i]!, v.includes(' ') ? v.split(' ') : v);
    }
    for (const k of state.capsOnly) m.capsOnly.add(k);
    for (const k of state.commonWords ?? []) m.commonWords.add(k);
    const fill = (level: Map<string, Node>, o: TrieJson): void => {
      for (const [k, [hits, next]] of Object.entries(o)) {
        const node: Node = { hits: hits || null, next: null };
        if (next) fill((node.next = new Map()), next);
        level.set(k, node);
      }
    };
    fill(m.root, state.trie);
    return m;
  }

  get size(): { forms: number; firstTokens: number } {
    return { forms: this.forms.size, firstTokens: this.root.size };
  }

  /** Base token keys a token key may stand for. */
  basesOf(key: string): readonly string[] {
    const b = this.forms.get(key);
    return b === undefined ? [] : typeof b === 'string' ? [b] : b;
  }

  /**
   * Scans a text once. `all`: every match at every start; otherwise the longest match at each
   * start, left to right, without overlaps. `anyCase`: names may start in lower case and short
   * acronyms need not be in capitals (for a name the caller already knows to be one). Without
   * `anyCase` a name starts at a capital, so only the stretches of text around capitals are
   * tokenised (text between white space tokenises on its own).
   */
  scan(text: string, opts: { all?: boolean; anyCase?: boolean } = {}): RawMatch[] {
    const anyCase = opts.anyCase ?? false;
    const out: RawMatch[] = [];
    const all = opts.all ?? false;
    if (anyCase) {
      const tokens = new TokenRun(this, text, 0);
      tokens.takeAll();
      for (let i = 0; tokens.at(i); ) i = this.takeAt(text, tokens, i, all, anyCase, out);
      return out;
    }
    // where a match may start next (after the last match when not `all`)
    let resume = 0;
    const caps = capitals();
    caps.lastIndex = 0;
    const run = new TokenRun(this, text, 0);
    let ti = 0;
    for (let m = caps.exec(text); m !== null; m = caps.exec(text)) {
      const p = m.index;
      if (p < resume) {
        caps.lastIndex = resume;
        continue;
      }
      if (p >= run.covered) {
        run.restart(chunkStart(text, p));
        ti = 0;
      }
      while (run.at(ti)!.end <= p) ti++;
      const tok = run.at(ti)!;
      // a capital inside a token (`McDonald`) starts nothing
      caps.lastIndex = tok.end;
      if (tok.start !== p) continue;
      const next = this.takeAt(text, run, ti, all, false, out);
      if (next > ti + 1) {
        resume = run.at(next - 1)!.end;
        caps.lastIndex = resume;
      }
    }
    return out;
  }

  /** Takes the matches starting at token i into `out`; returns the token to go on from. */
  private takeAt(text: string, tokens: TokenRun, i: number, all: boolean, anyCase: boolean, out: RawMatch[]): number {
    const found = this.matchesAt(text, tokens, i, anyCase);
    if (found.length === 0) return i + 1;
    if (all) {
      for (const f of mergeByEnd(found)) out.push(toRaw(f));
      return i + 1;
    }
    const to = Math.max(...found.map((f) => f.to));
    out.push(toRaw(mergeByEnd(found.filter((f) => f.to === to))[0]!));
    return to;
  }

  /** The names starting at token i: every path through the trie ending on a name. */
  private matchesAt(text: string, tokens: TokenRun, i: number, anyCase: boolean): Found[] {
    const first = tokens.bases(i);
    if (first.length === 0) return [];
    const found: Found[] = [];
    this.walk(i, this.root, tokens, found, i, anyCase);
    // a one-word name that is also a common word says nothing at a sentence start (`Mali broj ...`)
    if (this.commonWords.size && !anyCase && found.length && sentenceStart(text, tokens.at(i)!.start)) {
      return found.filter((f) => f.to > i + 1 || !first.some((b) => this.commonWords.has(b)));
    }
    return found;
  }

  /** Base token keys a word as written may stand for (memoised per process). */
  basesOfWord(word: string): readonly string[] {
    let b = this.wordBases.get(word);
    if (b === undefined) {
      b = this.basesOf(nameKey(word));
      if (this.wordBases.size >= 200_000) this.wordBases.clear();
      this.wordBases.set(word, b);
    }
    return b;
  }

  private walk(i: number, level: Map<string, Node>, tokens: TokenRun, found: Found[], from: number, anyCase: boolean): void {
    const tok = tokens.at(i);
    if (!tok) return;
    const bases = tokens.bases(i);
    for (const b of bases) {
      const node = level.get(b);
      if (!node) continue;
      if (!anyCase && this.capsOnly.has(b) && !isAcronym(tokens.word(i).split(/[-‐]/)[0]!)) continue;
      if (node.hits) found.push({ start: tokens.at(from)!.start, end: tok.end, to: i + 1, hits: node.hits });
      if (node.next) this.walk(i + 1, node.next, tokens, found, from, anyCase);
    }
  }
}

/** A match while scanning: `to` is one past its last token in the scan's token run. */
interface Found extends RawMatch {
  to: number;
}

const toRaw = (f: Found): RawMatch => ({ start: f.start, end: f.end, hits: f.hits });

/**
 * A text's tokens from a chunk start on (a position after white space), tokenised a chunk at a
 * time as they are asked for, with their words and the base keys they may stand for taken once.
 */
class TokenRun {
  private tokens: Token[] = [];
  private words: string[] = [];
  private baseKeys: (readonly string[])[] = [];
  /** Tokens starting before this offset (white space or the text's end) are in `tokens`. */
  covered: number;

  constructor(
    private readonly matcher: NameMatcher,
    private readonly text: string,
    start: number,
  ) {
    this.covered = start;
  }

  /** Tokenises the rest of the text at once (where every token is wanted). */
  takeAll(): void {
    for (const t of tokenize(this.text, this.covered)) this.tokens.push(t);
    this.covered = this.text.length;
  }

  /** Starts again from another chunk start, forgetting the tokens taken so far. */
  restart(start: number): void {
    this.tokens = [];
    this.words = [];
    this.baseKeys = [];
    this.covered = start;
  }

  at(i: number): Token | undefined {
    while (i >= this.tokens.length && this.covered < this.text.length) {
      const end = chunkEnd(this.text, this.covered);
      for (const t of tokenize(this.text, this.covered, end)) this.tokens.push(t);
      this.covered = end;
    }
    return this.tokens[i];
  }

  word(i: number): string {
    return (this.words[i] ??= this.text.slice(this.tokens[i]!.start, this.tokens[i]!.end));
  }

  /** The base token keys token i may stand for. */
  bases(i: number): readonly string[] {
    return (this.baseKeys[i] ??= this.matcher.basesOfWord(this.word(i)));
  }
}

const SPACE = /\s/;
const NEXT_SPACE = /\s/g;

/** Whether the code unit at k is white space (what the tokeniser's `\S` leaves out). */
function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[k]!);
}

/** The start of the chunk of non-space text around `p`. */
function chunkStart(text: string, p: number): number {
  let k = p;
  while (k > 0 && !isSpace(text, k - 1)) k--;
  return k;
}

/** The end of the first chunk of non-space text at or after `from` (white space or the text's end). */
function chunkEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && isSpace(text, k)) k++;
  NEXT_SPACE.lastIndex = k;
  const m = NEXT_SPACE.exec(text);
  return m ? m.index : text.length;
}

let capitalsRe: RegExp | null = null;

/** Code units a capitalised word starts with (isCapitalised: an upper-case letter or a digit), as one regex built on first use. */
function capitals(): RegExp {
  if (capitalsRe) return capitalsRe;
  let cls = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!isCapitalised(String.fromCharCode(c))) continue;
    let e = c;
    while (e + 1 < 0x10000 && isCapitalised(String.fromCharCode(e + 1))) e++;
    const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
    cls += e > c ? `${hex(c)}-${hex(e)}` : hex(c);
    c = e;
  }
  return (capitalsRe = new RegExp(`[${cls}]`, 'g'));
}

/** Whether a token starting at `start` begins a sentence: nothing but spaces, quotes and brackets since the text's start or a sentence's end. */
function sentenceStart(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '…') return true;
    if (!/[\s"'“”„«»‘’()\[\]—–-]/.test(c)) return false;
  }
  return true;
}

function mergeByEnd(found: Found[]): Found[] {
  const byEnd = new Map<number, Found>();
  for (const f of found) {
    const m = byEnd.get(f.to);
    if (!m) byEnd.set(f.to, { ...f, hits: [...f.hits] });
    else for (const h of f.hits) if (!m.hits.some((x) => x.id === h.id && x.via === h.via)) m.hits.push(h);
  }
  return [...byEnd.values()].sort((a, b) => b.to - a.to);
}
