import type { Article, Quote, Span } from '../../model/index.js';
import { packFor, type Context } from '../../context.js';
import { attribute, sentenceAround, type Attribution } from './attribute.js';
import { classify } from './classify.js';
import { findReported, type Reported } from './indirect.js';
import { quoteKb } from './kb.js';
import { compileLexicon, EMPTY_LEXICON } from './lexicon.js';
import { findQuotations, type Quotation } from './marks.js';
import { findOutlet } from './outlet.js';
import { parseSpeaker } from './speaker.js';
import { SpeakerResolver, type Speaker } from './resolve.js';
import { Words } from './words.js';

const WHERE_FACTOR: Record<Attribution['where'], number> = { after: 1, before: 0.95, previous: 0.85, context: 0.7, none: 0.4 };
/** A quotation with no cue of its own continues the previous one's speaker within this many paragraphs. */
const CONTEXT_PARAGRAPHS = 2;

type Item = { pos: number; q: Quotation; r?: undefined } | { pos: number; r: Reported; q?: undefined };

/**
 * The Quotes stage: direct, partial and reported quotations with their speakers (`doc.quotes`),
 * and the outlet the text names as its source (`doc.source.outlet` when the source did not say).
 */
export function quotesStage(doc: Article, ctx: Context): void {
  const pack = packFor(ctx, doc.language);
  const lexicon = pack?.quotes ?? EMPTY_LEXICON;
  const lex = compileLexicon(lexicon, pack?.time);
  const w = new Words(doc);
  if (!doc.source.outlet) doc.source.outlet = findOutlet(w, lex);
  const resolver = new SpeakerResolver(doc, w, lex, quoteKb(ctx));
  for (let i = 0; i < w.length; i++) {
    if (!lex.roles.match(w.lower, i)) continue;
    const ph = parseSpeaker(w, lex, i, w.length);
    if (ph?.kind === 'name') resolver.noteHolder(ph);
  }
  const quotations = findQuotations(doc.view, doc.paragraphs);
  const reported = findReported(w, lex, doc.sentences, quotations);
  const items: Item[] = [
    ...quotations.map((q) => ({ pos: q.open, q })),
    ...reported.map((r) => ({ pos: Math.min(w.tokens[r.cue[0]]!.start, r.start), r })),
  ].sort((a, b) => a.pos - b.pos);
  const date = doc.date?.value ?? null;
  const out: Quote[] = [];
  let prev = null as { para: number; speaker: Speaker | null } | null;

  for (const it of items) {
    if (it.r) {
      const s = resolver.resolve(it.r.phrase, it.pos, doc.language, date);
      if (!s) continue;
      resolver.remember(s, it.pos);
      if (!it.r.content) continue;
      out.push(quote(doc, it.r, 'indirect', s, cueSpan(w, it.r.cue), s.confidence * 0.9));
      continue;
    }
    const q = it.q;
    const para = paragraphIndex(doc.paragraphs, q.open);
    let a = attribute(w, lex, q, doc.sentences);
    if (a.where === 'none' && prev && para - prev.para <= CONTEXT_PARAGRAPHS && prev.speaker) a = { ...a, where: 'context' };
    const [sStart] = sentenceAround(w, doc.sentences, q.open);
    const kind = classify(w, q, a, sStart);
    if (!kind) continue;
    let s: Speaker | null = null;
    const gender = a.gender ?? null;
    if (a.phrase) s = resolver.resolve(gender && !a.phrase.gender ? { ...a.phrase, gender } : a.phrase, it.pos, doc.language, date);
    else if (a.where === 'context') s = prev?.speaker ? { ...prev.speaker, via: 'context', confidence: 0.7 } : null;
    else if (a.where !== 'none') {
      // a verb without a subject (`tha të mërkurën`, `rekao je`): the speaker carries over
      const last = resolver.lastSpeaker(it.pos, gender);
      s = last ? { ...last, via: 'context', confidence: 0.7 } : null;
    }
    if (s) resolver.remember(s, it.pos);
    const confidence = (s?.confidence ?? 0.5) * WHERE_FACTOR[a.where] * (q.closed ? 1 : 0.7);
    out.push(quote(doc, q, kind, s, a.cue ? cueSpan(w, a.cue) : null, confidence));
    prev = { para, speaker: s };
  }
  doc.quotes = out;
}

function quote(doc: Article, span: Span, kind: Quote['kind'], s: Speaker | null, cue: Span | null, confidence: number): Quote {
  const cueOut = cue ? { start: cue.start, end: cue.end, text: doc.text.slice(cue.start, cue.end) } : null;
  return {
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    kind,
    speaker: s
      ? { entity: s.entity, name: s.name, named: s.named, org: s.org, via: s.via }
      : { entity: null, name: null, named: false, org: null, via: null },
    cue: cueOut,
    confidence: Math.round(confidence * 100) / 100,
  };
}

function cueSpan(w: Words, [from, to]: [number, number]): Span {
  return { start: w.tokens[from]!.start, end: w.tokens[Math.max(from, to - 1)]!.end };
}

function paragraphIndex(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
