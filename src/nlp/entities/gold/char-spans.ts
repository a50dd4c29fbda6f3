import { splitSentences, tokenize } from '../../../text/segment.js';
import type { GoldSentence, NerType, WordSpan } from './types.js';

export interface CharEntity {
  start: number;
  end: number;
  type: NerType;
}

/**
 * Turns a text with (possibly nested) character-offset entities into tokenised sentences with
 * flat word spans: the outermost entity wins (longest first), entity edges snap to whole tokens,
 * as UNER/CoNLL annotate (`NATO-s` is one token). Tokens and sentences come from Kronika's own
 * segmenter, so training sees what the pipeline sees.
 */
export function charEntitiesToSentences(text: string, entities: CharEntity[], lang?: string): GoldSentence[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { abbreviations: new Set() });
  // outermost first: earlier start, then longer
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const flat: CharEntity[] = [];
  for (const e of sorted) {
    const last = flat[flat.length - 1];
    if (last && e.start < last.end) continue;
    flat.push(e);
  }
  const out: GoldSentence[] = [];
  let ti = 0;
  let ei = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    const first = ti;
    const words: string[] = [];
    while (ti < tokens.length && tokens[ti]!.end <= s.end) words.push(text.slice(tokens[ti]!.start, tokens[ti++]!.end));
    const spans: WordSpan[] = [];
    while (ei < flat.length && flat[ei]!.start < s.end) {
      const e = flat[ei++]!;
      let a = -1;
      let b = -1;
      for (let k = first; k < ti; k++) {
        const t = tokens[k]!;
        if (t.end > e.start && t.start < e.end) {
          if (a < 0) a = k - first;
          b = k - first + 1;
        }
      }
      if (a >= 0) spans.push({ start: a, end: b, type: e.type });
    }
    if (words.length) out.push({ words, spans, ...(lang ? { lang } : {}) });
  }
  return out;
}
