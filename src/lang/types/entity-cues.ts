/**
 * Context cues for recognising names where no trained model exists (Albanian, Macedonian) and to
 * back the model elsewhere: read by src/nlp/entities/cues.ts.
 */
export interface EntityCues {
  /** Lower-case titles and roles written before a person's name (`kryeministri`, `presidenti`); multi-word allowed. */
  personTitles: string[];
  /** Lower-case prepositions after which a capitalised word is usually a place (`në`, `nga`). */
  placePrepositions: string[];
  /** Lower-case words that start organisation names when capitalised (`Ministria`, `Kuvendi`). */
  orgHeads?: string[];
  /** Capitalised words that are not names at the start of a sentence or after a title (`Sot`, `Ai`). */
  notNames?: string[];
  /** Closed-class words, lower case (`megjithëse`, `иако`): a name never starts with one. */
  closedClassWords?: string[];
  /** Examples: sentences with `[[name]]` marked where a cue finds it. */
  examples: string[];
}
