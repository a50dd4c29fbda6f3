import { createHash } from 'node:crypto';
import type { Article, RawArticle } from './model/index.js';
import { packFor, type Context } from './context.js';
import { normalise } from './text/normalise.js';
import { detectScript } from './text/script.js';
import { identifyParagraphs } from './text/paragraphs.js';
import { splitSentences, tokenize } from './text/segment.js';
import { stages } from './nlp/stages.js';

/** A stage adds one layer to the article; stages never do I/O. */
export type Stage = (doc: Article, ctx: Context) => void;


/** The stable id of an article: a hash of its normalised title and text. */
export function articleId(title: string | null, text: string): string {
  return createHash('sha256').update(`${title ?? ''}\n${text}`).digest('hex').slice(0, 16);
}

/** analyze(article): the text layer (normalise, script, language, segment), then every stage. */
export async function analyze(raw: RawArticle, ctx: Context): Promise<Article> {
  const { text, repaired: view, repairs } = normalise(raw.body);
  const title = raw.title ? normalise(raw.title).text : null;
  const script = detectScript(text);
  const guess = await ctx.languageId.identify(title ? `${title}\n${view}` : view, script);
  const language = guess.language === 'und' && raw.declaredLanguage ? raw.declaredLanguage : guess.language;

  const paragraphs = await identifyParagraphs(text, view, { ...guess, language }, ctx.languageId);

  const pack = packFor(ctx, language);
  const tokens = tokenize(view);
  const sentences = splitSentences(view, tokens, { abbreviations: ctx.abbreviations.get(pack?.code ?? '') ?? new Set() });

  const doc: Article = {
    id: articleId(title, text),
    source: raw.source,
    title,
    text,
    language,
    languageConfidence: guess.confidence,
    script,
    date: raw.date,
    sentences,
    entities: [],
    mentions: [],
    times: [],
    quotes: [],
    events: [],
    story: null,
    paragraphs,
    tokens,
    repairs,
    view,
  };
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
