import type { Paragraph } from '../model/index.js';
import type { LanguageGuess, LanguageIdentifier } from './language.js';
import { detectScript } from './script.js';

/** Paragraphs shorter than this (in UTF-16 units) keep the article's language: too little text to judge. */
const MIN_PARAGRAPH_CHARS = 60;
/** A paragraph is marked as another language only when identified with at least this confidence. */
const MIN_SWITCH_CONFIDENCE = 0.7;

/**
 * The paragraphs of a normalised text (one per non-empty line), each with its script and
 * language. A paragraph keeps the article's language unless it is long enough to judge and is
 * confidently in another language that is not a close relative (a Serbian paragraph in a
 * Bosnian article is not a switch of language; an English quotation in an Albanian one is).
 * `view` is the repaired text (same offsets) that identification reads.
 */
export async function identifyParagraphs(text: string, view: string, article: LanguageGuess, id: LanguageIdentifier): Promise<Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const script = detectScript(text, start, end);
    let language = article.language;
    let confidence = article.confidence;
    // A paragraph that is (nearly) the whole text is what the article was identified on.
    if (m[0].length >= MIN_PARAGRAPH_CHARS && m[0].length < 0.9 * text.length) {
      const g = await id.identify(view.slice(start, end), script, { resolveGroup: false });
      if (g.language !== 'und' && g.confidence >= MIN_SWITCH_CONFIDENCE && !id.related(g.language, article.language)) {
        language = g.language;
        confidence = g.confidence;
      }
    }
    paragraphs.push({ start, end, language, confidence, script });
  }
  return paragraphs;
}
