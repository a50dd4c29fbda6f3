import { createHash } from 'node:crypto';
import type { Article, RawArticle } from '../model/index.js';
import { packFor, type Context } from '../context.js';
import { normalise } from './normalise.js';
import { detectScript } from './script.js';
import { identifyParagraphs } from './paragraphs.js';
import { splitSentences, tokenize } from './segment.js';

/** The stable id of an article: a hash of its normalised title and text. */
export function articleId(title: string | null, text: string): string {
  return createHash('sha256').update(`${title ?? ''}\n${text}`).digest('hex').slice(0, 16);
}

/**
 * The text layer of an article: normalise (with homoglyph repair), script, language of the article
 * and of each paragraph, tokens and sentences. Every later layer is left empty for the stages.
 */
export async function textLayer(raw: RawArticle, ctx: Context): Promise<Article> {
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
  return doc;
}
