import type { NameLexicon } from '../lang/types/names.js';
import { tokenize } from '../text/segment.js';
import { inflect } from './inflect.js';
import { isAcronym, isCapitalised, nameKey } from './key.js';
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
  /** The language the name was given in; `*` for acronyms valid in every language. */
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

export class NameMatcher {
  private readonly root = new Map<string, Node>();
  /** Token form key → base token keys. */
  private readonly forms = new Map<string, string[]>();
  /** Base keys of short acronyms (`UN`, `EU`, `BE`): matched only when written in capitals. */
  private readonly capsOnly = new Set<string>();
  private readonly done = new Set<string>();

  /** Adds one name of an entity in one language, with its generated token forms. */
  add(name: string, entity: KbEntity, lang: string, lex: NameLexicon | undefined, via: Hit['via'], hitLang = lang): void {
    const toks = tokenize(name).map((t) => name.slice(t.start, t.end));
    if (toks.length === 0) return;
    const path: string[] = [];
    for (const tok of toks) {
      const base = nameKey(tok);
      path.push(base);
      if (isAcronym(tok) && tok.length <= 3) this.capsOnly.add(base);
      const memo = `${lang}\u0000${entity.type}\u0000${tok}`;
      if (this.done.has(memo)) continue;
      this.done.add(memo);
      for (const form of inflect(tok, lex, entity.type)) this.addForm(nameKey(form), base);
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

  private addForm(form: string, base: string): void {
    const list = this.forms.get(form);
    if (!list) this.forms.set(form, [base]);
    else if (!list.includes(base)) list.push(base);
  }

  get size(): { forms: number; firstTokens: number } {
    return { forms: this.forms.size, firstTokens: this.root.size };
  }

  /** Base token keys a token key may stand for. */
  basesOf(key: string): readonly string[] {
    return this.forms.get(key) ?? [];
  }

  /**
   * Scans a text once. `all`: every match at every start; otherwise the longest match at each
   * start, left to right, without overlaps.
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
      const found: RawMatch[] = [];
      this.walk(i, this.root, words, keyAt, found, tokens);
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
    from = i,
  ): void {
    if (i >= words.length) return;
    const bases = this.forms.get(keyAt(i));
    if (!bases) return;
    for (const b of bases) {
      const node = level.get(b);
      if (!node) continue;
      if (this.capsOnly.has(b) && !isAcronym(words[i]!.split(/[-‐]/)[0]!)) continue;
      if (node.hits) found.push({ start: tokens[from]!.start, end: tokens[i]!.end, from, to: i + 1, hits: node.hits });
      if (node.next) this.walk(i + 1, node.next, words, keyAt, found, tokens, from);
    }
  }
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
