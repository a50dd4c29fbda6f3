import type { Article } from '../../model/index.js';
import type { Context } from '../../context.js';
import { findNames } from './annotate.js';
import type { KnownName } from './base-form.js';
import { ArticleLinker, type BasedName } from './link.js';
import { packCode, type EntityResources } from './resources.js';
import { foldKey } from './translit-key.js';
import { kbKnowsBase } from './known-names.js';

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
  const { spans, kb } = findNames(res, doc.view, doc.tokens, doc.sentences, lang);
  const former = res.formers.get(lang);
  const words = new Set<string>();
  for (const t of doc.tokens) words.add(foldKey(doc.view.slice(t.start, t.end)));
  const known: KnownName = (s) => words.has(foldKey(s)) || kbKnowsBase(res.kb, s, lang);
  let si = 0;
  const named: BasedName[] = spans.map((s) => {
    while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= s.start) si++;
    const toks = doc.tokens.slice(s.t0, s.t1);
    const ws = toks.map((t) => doc.view.slice(t.start, t.end));
    const seps = toks.slice(1).map((t, i) => doc.view.slice(toks[i]!.end, t.start));
    const view = doc.view.slice(s.start, s.end);
    const base = former ? former.base(ws, s.type, known, seps) : view;
    return { ...s, text: doc.text.slice(s.start, s.end), view, base, sentence: si };
  });
  const linker = new ArticleLinker(res.kb, lang, kb);
  doc.mentions = linker.link(named);
  doc.entities = [...linker.entities.values()].filter((e) => doc.mentions.some((m) => m.entity === e.id));
}
