/**
 * Event knowledge of one language (read by the Events stage, src/nlp/events/). Every list is plain
 * lower-case words or word sequences (separated by single spaces), matched token by token; a form
 * may end in `*` to match any ending (`takim*`, `зустр*`). The engine never names a language.
 */

/** The event types Kronika extracts (the gold format's `type`). */
export type EventType = 'meeting' | 'visit' | 'summit' | 'press_conference' | 'statement' | 'deployment' | 'commitment';

export interface EventLexicon {
  /**
   * Words and phrases that make a sentence report an event of a type: nouns and verbs in their
   * inflected forms (`takim*`, `u takua`, `takohet`; `sastan*`, `sastao se`; `зустр*`; `met`, `meeting*`).
   * `statement` triggers are speech nouns (`fjalim`, `govor`, `виступ*`, `speech`): a quotation
   * with a named speaker yields a statement of its own.
   */
  triggers: Partial<Record<EventType, string[]>>;
  /** Prepositions that put a place in the locative: `në`, `u`, `у`, `в`, `in`, `at`. */
  locatives: string[];
  /** Nouns for a mission (`misij*`, `місі*`, `mission*`): they stand for the peace mission the article named last. */
  missionNouns: string[];
  /** Relative words that put a clause at the place just named: `ku`, `gdje`, `gde`, `де`, `где`, `каде`, `where`. */
  relativeWhere: string[];
  /** Nouns between a locative preposition and a country that mean its capital: `kryeqytetin`, `glavnom gradu`, `столиці`. */
  capitalNouns: string[];
  /** Words that make an event planned rather than reported: future auxiliaries, `will`, `planned`, `upcoming`. */
  future: string[];
  /** Negation words that make an event denied: `nuk`, `ne`, `не`, `not`. */
  negation: string[];
  /** Words that make a quantity approximate: `rreth`, `oko`, `близько`, `about`. */
  approximate: string[];
  /** Unit nouns by canonical unit (`troops`: `ushtarë`, `vojnik*`, `військовослужбов*`, `troops`). */
  units: Record<string, string[]>;
  /** Words after a percentage that make it a share of GDP: `pbb*`, `bdp*`, `ввп`, `gdp`. */
  gdp: string[];
  /** Number words with their value: `një mijë`: 1000, `hiljadu`: 1000, `тисяч*`: 1000 (multipliers after a figure too). */
  numbers: Record<string, number>;
}
