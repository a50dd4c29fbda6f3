import type { Article } from '../../model/index.js';
import { packFor, type Context } from '../../context.js';
import { EventText } from './context.js';
import { compileEventLexicon } from './lexicon.js';
import { compileLexicon } from '../quotes/lexicon.js';
import { inheritPlaces, mergeEvents } from './merge.js';
import { placeRank } from './places.js';
import { readEvent, triggersIn, type Found } from './read.js';

/**
 * The Events stage: who met whom, visited, held a summit or a press conference, made a statement,
 * deployed troops or committed to something, where and when (`doc.events`). Rule-based, one
 * sentence at a time: a trigger word of the language's event lexicon, the people and
 * organisations of its sentence (and the quotation's speaker), a place after a locative
 * preposition, the nearest date, modality from future and negation words, a quantity with its unit.
 */
export function eventsStage(doc: Article, ctx: Context): void {
  doc.events = [];
  const pack = packFor(ctx, doc.language);
  const lexicon = pack?.events;
  if (!lexicon || !doc.sentences.length || !doc.tokens.length) return;
  const lex = compileEventLexicon(lexicon);
  const quotes = pack?.quotes ? compileLexicon(pack.quotes, pack.time) : null;
  const t = new EventText(doc, quotes?.verbs ?? null);
  const pronouns = quotes?.pronouns ?? new Map<string, null>();
  const found: Found[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const [from, to] = t.tokenRange(doc.sentences[si]!);
    const triggers = triggersIn(lex, t, from, to);
    for (const trig of triggers) {
      const e = readEvent(lex, t, ctx.kb, doc.sentences, si, trig, pronouns, triggers);
      if (e) found.push(e);
    }
  }
  // merged first, so that an occasion told twice lends its most specific place; merged again after
  const rank = (id: string) => placeRank(ctx.kb, id);
  doc.events = mergeEvents(inheritPlaces(mergeEvents(found, rank), rank), rank).map((f) => f.event);
}
