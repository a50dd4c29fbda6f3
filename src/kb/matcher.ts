import type { NameLexicon } from '../lang/types/names.js';
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
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
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
   * acronyms need not be in capitals (for a name the caller already knows to be one).
   */
  scan(text: string, opts: { all?: boolean; anyCase?: boolean } = {}): RawMatch[] {
    const tokens = tokenize(text);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    const keys: (string | undefined)[] = new Array(tokens.length);
    const keyAt = (i: number): string => (keys[i] ??= nameKey(words[i]!));
    const out: RawMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!opts.anyCase && !isCapitalised(words[i]!)) continue;
      if (!this.forms.has(keyAt(i))) continue;
      let found: RawMatch[] = [];
      this.walk(i, this.root, words, keyAt, found, tokens, i, opts.anyCase ?? false);
      // a one-word name that is also a common word says nothing at a sentence start (`Mali broj ...`)
      if (this.commonWords.size && !opts.anyCase && sentenceStart(text, tokens[i]!.start)) {
        found = found.filter((f) => f.to > i + 1 || !this.basesOf(keyAt(i)).some((b) => this.commonWords.has(b)));
      }
      if (found.length === 0) continue;
      if (opts.all) {
        out.push(...mergeByEnd(found));
        continue;
      }
      const to = Math.max(...found.map((f) => f.to));
      const best = mergeByEnd(found.filter((f) => f.to === to));
      out.push(best[0]!);
      i = to - 1;
    }
    return out;
  }

  private walk(
    i: number,
    level: Map<string, Node>,
    words: string[],
    keyAt: (i: number) => string,
    found: RawMatch[],
    tokens: { start: number; end: number }[],
    from: number,
    anyCase: boolean,
  ): void {
    if (i >= words.length) return;
    const bases = this.basesOf(keyAt(i));
    for (const b of bases) {
      const node = level.get(b);
      if (!node) continue;
      if (!anyCase && this.capsOnly.has(b) && !isAcronym(words[i]!.split(/[-‐]/)[0]!)) continue;
      if (node.hits) found.push({ start: tokens[from]!.start, end: tokens[i]!.end, from, to: i + 1, hits: node.hits });
      if (node.next) this.walk(i + 1, node.next, words, keyAt, found, tokens, from, anyCase);
    }
  }
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

function mergeByEnd(found: RawMatch[]): RawMatch[] {
  const byEnd = new Map<number, RawMatch>();
  for (const f of found) {
    const m = byEnd.get(f.to);
    if (!m) byEnd.set(f.to, { ...f, hits: [...f.hits] });
    else for (const h of f.hits) if (!m.hits.some((x) => x.id === h.id && x.via === h.via)) m.hits.push(h);
  }
  return [...byEnd.values()].sort((a, b) => b.to - a.to);
}
