/**
 * Base forms of name spans memoised per process (names come back within and across articles),
 * and the article's words the base former asks about.
 */
import type { Token } from '../../model/index.js';
import type { BaseFormer, KnownName } from './base-form.js';
import type { NameSpan } from './recognise.js';
import { foldKey, foldOnce, unitFold } from './translit-key.js';

/**
 * The article's words, for the question whether a candidate base form is written in it (case and
 * diacritics aside, as foldKey compares). Indexed on the first question, without taking each
 * word: a word whose code units fold one by one (unitFold) is filed by its length and first
 * folded unit and compared unit by unit; only the others are folded whole.
 */
export class ArticleWords {
  /** Words whose units fold one by one, by length and first folded unit (token indexes). */
  private filed: Map<number, number[]> | null = null;
  /** The fold keys of the other words. */
  private readonly foldedWhole = new Set<string>();
  constructor(
    private readonly view: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** Is a word written in the article whose fold key (foldKey) is `f`? */
  has(f: string): boolean {
    if (!this.filed) this.index();
    if (this.foldedWhole.has(f)) return true;
    if (!f.length) return false;
    const list = this.filed!.get(f.length * 0x10000 + f.charCodeAt(0));
    if (!list) return false;
    const view = this.view;
    next: for (const ti of list) {
      const start = this.tokens[ti]!.start;
      for (let k = 1; k < f.length; k++) if (unitFold(view.charCodeAt(start + k)) !== f.charCodeAt(k)) continue next;
      return true;
    }
    return false;
  }

  private index(): void {
    const filed = (this.filed = new Map<number, number[]>());
    const view = this.view;
    this.tokens.forEach((t, i) => {
      let regular = t.end > t.start;
      for (let k = t.start; k < t.end && regular; k++) regular = unitFold(view.charCodeAt(k)) >= 0;
      if (!regular) {
        this.foldedWhole.add(foldKey(view.slice(t.start, t.end)));
        return;
      }
      const key = (t.end - t.start) * 0x10000 + unitFold(view.charCodeAt(t.start));
      const list = filed.get(key);
      if (list) list.push(i);
      else filed.set(key, [i]);
    });
  }
}

/** A memoised base form: the result and the article-dependent answers it rested on. */
interface BaseMemo {
  base: string;
  /** The fold keys of the candidates asked about (is it written in the article?) and the answers, in order. */
  asked: string[];
  answers: boolean[];
}
const MAX_BASE_MEMO = 50_000;
const baseMemo = new WeakMap<BaseFormer, Map<string, BaseMemo>>();

/**
 * The base form of a name span, memoised per process: the base former is a pure function of the
 * span's words and separators (the span's text determines its tokens), its type and the answers
 * of `known`; the knowledge base's answers never change, the article's are replayed, so a
 * remembered base form is reused only when the article answers its questions the same way.
 */
export function baseForm(former: BaseFormer, view: string, tokens: readonly Token[], s: NameSpan, kbKnows: (s: string) => boolean, words: ArticleWords): string {
  const inner = s.t1 > s.t0 ? view.slice(tokens[s.t0]!.start, tokens[s.t1 - 1]!.end) : '';
  const key = `${s.type}\u0000${inner}`;
  let memo = baseMemo.get(former);
  if (!memo) baseMemo.set(former, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.asked.every((q, i) => words.has(q) === hit.answers[i])) return hit.base;
  const ws: string[] = [];
  const seps: string[] = [];
  for (let t = s.t0; t < s.t1; t++) {
    ws.push(view.slice(tokens[t]!.start, tokens[t]!.end));
    if (t > s.t0) seps.push(view.slice(tokens[t - 1]!.end, tokens[t]!.start));
  }
  const asked: string[] = [];
  const answers: boolean[] = [];
  const known: KnownName = {
    kb: kbKnows,
    seen: (q) => {
      const f = foldOnce(q);
      const a = words.has(f);
      asked.push(f);
      answers.push(a);
      return a;
    },
  };
  const base = former.base(ws, s.type, known, seps);
  if (memo.size >= MAX_BASE_MEMO) memo.clear();
  memo.set(key, { base, asked, answers });
  return base;
}
