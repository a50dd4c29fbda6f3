import type { Article } from '../../model/index.js';
import type { Context } from '../../context.js';
import { findNames } from './annotate.js';
import type { BaseFormer, KnownName } from './base-form.js';
import type { NameSpan } from './recognise.js';
import type { EntityKb } from './kb-port.js';
import type { Token } from '../../model/index.js';
import { foldKey, foldOnce, translitKey, unitFold } from './translit-key.js';
import { ArticleLinker, type BasedName } from './link.js';
import { packCode, type EntityResources } from './resources.js';
import { kbKnowsBase } from './known-names.js';
import { isCapitalised } from './cues.js';

/** The entity resources loaded once per process (see src/context.ts). */
export function entityResources(ctx: Context): EntityResources {
  return ctx.entities;
}

/**
 * The entities stage: recognise names (model + knowledge base + cues), reduce each to its base
 * form, link it to a knowledge-base entity or an article-local one; fills doc.mentions and
 * doc.entities. Reads doc.view (mixed-script words repaired); mention texts come from doc.text.
 */
export function entitiesStage(doc: Article, ctx: Context): void {
  const res = ctx.entities;
  const lang = packCode(ctx.packs, doc.language);
  const found = findNames(res, doc.view, doc.tokens, doc.sentences, lang);
  const former = res.formers.get(lang);
  const spans = addNested(addShortForms(found.spans, doc.view, doc.tokens, former), res.kb, doc.view, doc.tokens, lang);
  const kb = found.kb;
  const words = new ArticleWords(doc.view, doc.tokens);
  const kbKnows = (s: string) => kbKnowsBase(res.kb, s, lang);
  let si = 0;
  const named: BasedName[] = spans.map((s) => {
    while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= s.start) si++;
    const view = doc.view.slice(s.start, s.end);
    const base = former ? baseForm(former, doc.view, doc.tokens, s, kbKnows, words) : view;
    // (written out: a spread adding properties takes V8's slow path, microseconds a name)
    return { start: s.start, end: s.end, t0: s.t0, t1: s.t1, type: s.type, confidence: s.confidence, via: s.via, text: doc.text.slice(s.start, s.end), view, base, sentence: si };
  });
  const linker = new ArticleLinker(res.kb, lang, kb);
  doc.mentions = linker.link(named);
  const mentioned = new Set(doc.mentions.map((m) => m.entity));
  doc.entities = [...linker.entities.values()].filter((e) => mentioned.has(e.id));
}

/**
 * The article's words, for the question whether a candidate base form is written in it (case and
 * diacritics aside, as foldKey compares). Indexed on the first question, without taking each
 * word: a word whose code units fold one by one (unitFold) is filed by its length and first
 * folded unit and compared unit by unit; only the others are folded whole.
 */
class ArticleWords {
  private byStart: Map<number, number[]> | null = null;
  private folded = new Set<string>();
  constructor(
    private readonly view: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** Is a word written in the article whose fold key (foldKey) is `f`? */
  has(f: string): boolean {
    if (!this.byStart) this.index();
    if (this.folded.has(f)) return true;
    if (!f.length) return false;
    const list = this.byStart!.get(f.length * 0x10000 + f.charCodeAt(0));
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
    const byStart = (this.byStart = new Map());
    const view = this.view;
    this.tokens.forEach((t, i) => {
      let regular = t.end > t.start;
      for (let k = t.start; k < t.end && regular; k++) regular = unitFold(view.charCodeAt(k)) >= 0;
      if (!regular) {
        this.folded.add(foldKey(view.slice(t.start, t.end)));
        return;
      }
      const key = (t.end - t.start) * 0x10000 + unitFold(view.charCodeAt(t.start));
      const list = byStart.get(key);
      if (list) list.push(i);
      else byStart.set(key, [i]);
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
function baseForm(former: BaseFormer, view: string, tokens: readonly Token[], s: NameSpan, kbKnows: (s: string) => boolean, words: ArticleWords): string {
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

/** The keys a word may be a surname by: its own and those of its base-form candidates (memoised per process in `memo`). */
function surnameKeys(w: string, former: BaseFormer | undefined, memo: Map<string, string[]>): readonly string[] {
  let keys = memo.get(w);
  if (!keys) {
    keys = [translitKey(w), ...(former ? former.tokenCandidates(w, 'PER').map((c) => translitKey(c.value)) : [])];
    if (memo.size >= MAX_BASE_MEMO) memo.clear();
    memo.set(w, keys);
  }
  return keys;
}
const keyMemo = new WeakMap<BaseFormer, Map<string, string[]>>();
const plainKeys = new Map<string, string[]>();
const surnameMemo = (former: BaseFormer | undefined) => (former ? (keyMemo.get(former) ?? keyMemo.set(former, new Map()).get(former)!) : plainKeys);

/**
 * Later short forms of people met earlier in the article (`Vučić` at the start of a sentence,
 * `Stoltenbergut`): a capitalised word outside any name whose base (or the word itself) is the
 * surname of a person named in full is a mention of that person.
 */
function addShortForms(spans: NameSpan[], view: string, tokens: readonly Token[], former: BaseFormer | undefined): NameSpan[] {
  const memo = surnameMemo(former);
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.t1 - s.t0 < 2) continue;
    const last = tokens[s.t1 - 1]!;
    for (const k of surnameKeys(view.slice(last.start, last.end), former, memo)) surnames.add(k);
  }
  if (!surnames.size) return spans;
  const owned = new Uint8Array(tokens.length);
  for (const s of spans) owned.fill(1, s.t0, s.t1);
  const extra: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (owned[i]) continue;
    const t = tokens[i]!;
    if (t.end - t.start < 3 || !isCapitalised(view.charAt(t.start))) continue;
    const keys = surnameKeys(view.slice(t.start, t.end), former, memo);
    let known = false;
    for (let k = 0; k < keys.length && !known; k++) known = surnames.has(keys[k]!);
    if (known) extra.push({ start: t.start, end: t.end, t0: i, t1: i + 1, type: 'PER', confidence: 0.6, via: 'model' });
  }
  return extra.length ? [...spans, ...extra].sort((a, b) => a.start - b.start) : spans;
}

/**
 * Places and people named inside a longer organisation name (`Vojnom kancelarijom Alijanse za vezu
 * u Beogradu` names Belgrade too): knowledge-base matches nested in a name of three or more words
 * become mentions of their own, after the name that contains them.
 */
function addNested(spans: NameSpan[], kb: EntityKb | null, view: string, tokens: readonly Token[], lang: string): NameSpan[] {
  if (!kb) return spans;
  const inner: NameSpan[] = [];
  for (const s of spans) {
    if (s.t1 - s.t0 < 3 || s.type !== 'ORG') continue;
    for (const m of kb.match(view.slice(s.start, s.end), lang, { all: true })) {
      const best = m.candidates[0];
      if (!best || best.type === 'ORG' || m.end - m.start === s.end - s.start) continue;
      const start = s.start + m.start;
      const end = s.start + m.end;
      let t0 = s.t0;
      while (t0 < s.t1 && tokens[t0]!.start < start) t0++;
      let t1 = t0;
      while (t1 < s.t1 && tokens[t1]!.end <= end) t1++;
      if (t1 > t0 && tokens[t0]!.start === start && tokens[t1 - 1]!.end === end) inner.push({ start, end, t0, t1, type: best.type, confidence: 0.8, via: 'kb' });
    }
  }
  return inner.length ? [...spans, ...inner].sort((a, b) => a.start - b.start || b.end - a.end) : spans;
}
