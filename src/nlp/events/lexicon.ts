import type { EventLexicon, EventType } from '../../lang/types/events.js';
import { PhraseSet } from '../quotes/lexicon.js';

/** A language's event knowledge compiled for lookups: phrase sets matched token by token. */
export interface CompiledEventLexicon {
  triggers: [EventType, PhraseSet][];
  locatives: Set<string>;
  relativeWhere: PhraseSet;
  missionNouns: PhraseSet;
  capitalNouns: PhraseSet;
  future: PhraseSet;
  negation: PhraseSet;
  approximate: PhraseSet;
  units: [string, PhraseSet][];
  gdp: PhraseSet;
  /** Number words by value (`hiljadu` → 1000; after a figure they multiply it: `5 hiljada`). */
  numbers: [number, PhraseSet][];
}

/** A form ending in `*` matches its stem alone too (`samit*` → `samit`, `samiti`, `samitin`). */
const expand = (xs: readonly string[]) => xs.flatMap((x) => (x.endsWith('*') ? [x, x.slice(0, -1)] : [x])).map(normalise);
const set = (xs: readonly string[]) => new PhraseSet(expand(xs));

/** Lower case, one apostrophe (`зобов’язалися` and `зобов'язалися` are one word). */
export function normalise(w: string): string {
  return w.toLowerCase().replace(/[’ʼ`]/g, "'");
}

const cache = new WeakMap<EventLexicon, CompiledEventLexicon>();

export function compileEventLexicon(lex: EventLexicon): CompiledEventLexicon {
  let c = cache.get(lex);
  if (c) return c;
  const byValue = new Map<number, string[]>();
  for (const [w, v] of Object.entries(lex.numbers)) byValue.set(v, [...(byValue.get(v) ?? []), w]);
  c = {
    triggers: Object.entries(lex.triggers).map(([t, xs]) => [t as EventType, set(xs ?? [])]),
    locatives: new Set(lex.locatives.map(normalise)),
    relativeWhere: set(lex.relativeWhere),
    missionNouns: set(lex.missionNouns),
    capitalNouns: set(lex.capitalNouns),
    future: set(lex.future),
    negation: set(lex.negation),
    approximate: set(lex.approximate),
    units: Object.entries(lex.units).map(([u, xs]) => [u, set(xs)]),
    gdp: set(lex.gdp),
    numbers: [...byValue].map(([v, xs]) => [v, set(xs)]),
  };
  cache.set(lex, c);
  return c;
}
