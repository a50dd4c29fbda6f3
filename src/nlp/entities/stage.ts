import type { Article } from '../../model/index.js';
import type { Context } from '../../context.js';
import { findNames } from './annotate.js';
import type { BaseFormer } from './base-form.js';
import type { NameSpan } from './recognise.js';
import type { EntityKb } from './kb-port.js';
import type { Token } from '../../model/index.js';
import { translitKey } from './translit-key.js';
import { ArticleWords, baseForm } from './base-memo.js';
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

/** The keys a word may be a surname by: its own and those of its base-form candidates (memoised per process in `memo`). */
function surnameKeys(w: string, former: BaseFormer | undefined, memo: Map<string, string[]>): readonly string[] {
  let keys = memo.get(w);
  if (!keys) {
    keys = [translitKey(w), ...(former ? former.tokenCandidates(w, 'PER').map((c) => translitKey(c.value)) : [])];
    if (memo.size >= MAX_SURNAME_MEMO) memo.clear();
    memo.set(w, keys);
  }
  return keys;
}
const MAX_SURNAME_MEMO = 50_000;
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
