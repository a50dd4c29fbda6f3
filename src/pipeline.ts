import type { Article, RawArticle } from './model/index.js';
import type { Context } from './context.js';
import { textLayer } from './text/layer.js';
import { stages } from './nlp/stages.js';

/** A stage adds one layer to the article; stages never do I/O. */
export type Stage = (doc: Article, ctx: Context) => void;

/** The stable id of an article: a hash of its normalised title and text (computed by the text layer). */
export { articleId } from './text/layer.js';

/** analyze(article): the text layer (normalise, script, language, segment), then every stage. */
export async function analyze(raw: RawArticle, ctx: Context): Promise<Article> {
  const doc = await textLayer(raw, ctx);
  for (const stage of stages) stage(doc, ctx);
  return doc;
}

/** The OUTPUT.md object of an article: the contract's fields only, in the contract's order. */
export function toOutput(doc: Article): Record<string, unknown> {
  return {
    id: doc.id,
    source: doc.source.line === undefined ? { kind: doc.source.kind, uri: doc.source.uri, name: doc.source.name, outlet: doc.source.outlet } : doc.source,
    title: doc.title,
    text: doc.text,
    language: doc.language,
    languageConfidence: doc.languageConfidence,
    script: doc.script,
    date: doc.date,
    sentences: doc.sentences,
    entities: doc.entities,
    mentions: doc.mentions,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
    story: doc.story,
    paragraphs: doc.paragraphs,
    repairs: doc.repairs,
  };
}
