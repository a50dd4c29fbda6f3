import type { Span, Token } from '../../model/index.js';
import { gazetteerTags, kbTokenSpans, type KbTokenSpan } from './gazetteer.js';
import { recognise, type NameSpan } from './recognise.js';
import { hasOwnTagger, taggerFor, type EntityResources } from './resources.js';

/**
 * Recognition over a text in one language: one knowledge-base pass (matches and gazetteer
 * features), the model, the cues. Shared by the pipeline stage and `kronika eval ner`.
 */
export function findNames(res: EntityResources, text: string, tokens: readonly Token[], sentences: readonly Span[], lang: string): { spans: NameSpan[]; kb: KbTokenSpan[] } {
  const kb = res.kb ? kbTokenSpans(res.kb, text, tokens, lang) : [];
  const tagger = taggerFor(res, lang);
  const spans = recognise({
    text,
    tokens,
    sentences,
    tagger,
    gazetteer: tagger?.usesGazetteer ? gazetteerTags(tokens.length, kb) : null,
    kbSpans: kb,
    kbFillsGaps: !hasOwnTagger(res, lang),
    cues: res.cues.get(lang) ?? null,
  });
  return { spans, kb };
}
