import type { Span } from '../../model/index.js';
import type { KbMatch } from '../../kb/types.js';
import type { GazetteerTags } from './features.js';
import type { NerType } from './gold/types.js';
import type { EntityKb } from './kb-port.js';

/** A knowledge-base match over tokens [t0, t1), with the type of its best candidate. */
export interface KbTokenSpan {
  t0: number;
  t1: number;
  type: NerType;
  match: KbMatch;
}

/** One knowledge-base pass over a text, its matches as token ranges (longest first where they overlap). */
export function kbTokenSpans(kb: EntityKb, text: string, tokens: readonly Span[], lang: string): KbTokenSpan[] {
  const matches = kb.match(text, lang).filter((m) => m.candidates.length > 0);
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: KbTokenSpan[] = [];
  let ti = 0;
  let lastEnd = -1;
  for (const m of matches) {
    if (m.start < lastEnd) continue;
    while (ti < tokens.length && tokens[ti]!.end <= m.start) ti++;
    let k = ti;
    while (k < tokens.length && tokens[k]!.start < m.end) k++;
    if (k === ti) continue;
    const best = m.candidates.reduce((a, b) => (b.score > a.score ? b : a));
    out.push({ t0: ti, t1: k, type: best.type, match: m });
    lastEnd = m.end;
  }
  return out;
}

/** BIO gazetteer tags from knowledge-base token spans: the sequence model's gazetteer features. */
export function gazetteerTags(n: number, spans: readonly KbTokenSpan[]): GazetteerTags {
  const tags: GazetteerTags = new Array(n).fill(null);
  for (const s of spans) for (let k = s.t0; k < s.t1; k++) tags[k] = `${k === s.t0 ? 'B' : 'I'}-${s.type}`;
  return tags;
}

/** Pre-tokenised words as a text joined by single spaces, with each word's span. */
export function wordsAsText(words: readonly string[]): { text: string; tokens: Span[] } {
  const tokens: Span[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + w.length });
    text += w;
  }
  return { text, tokens };
}
