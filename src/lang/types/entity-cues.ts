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
  /**
   * Lower-case nouns that end an organisation's name written with a capitalised first word only
   * (`Уставниот суд`, `Државната изборна комисија`): the capitalised word, up to two lower-case
   * words, then one of these.
   */
  orgHeadNouns?: string[];
  /**
   * Lower-case words that start a place's name when capitalised and followed by its name
   * (`Stadiumin Fadil Vokrri`, `Sheshi Skënderbej`, `Kampin Bondsteel`).
   */
  placeHeads?: string[];
  /**
   * Lower-case phrases that continue an organisation's name after its head (`Министерството`
   * [`за надворешни работи`], `Државниот завод` [`за статистика`]).
   */
  orgComplements?: string[];
  /**
   * Capitalised words that continue a title rather than name anyone (`Ministri i` [`Mbrojtjes`],
   * `Përfaqësuesja e` [`Lartë`]): lower case; never a name nor the start of one.
   */
  titleComplements?: string[];
  /**
   * Lower-case words that never join two names into one (`Beogradit` [`dhe`] `Prishtinës`), except
   * inside an organisation's name that starts with a head word (`Ministria e Tregtisë dhe Industrisë`).
   */
  nameBreakers?: string[];
  /**
   * Lower-case conjunctions that join two words of one organisation's name standing in the same case
   * (`Ministria e Tregtisë` [`dhe`] `Industrisë`, `Banka Evropiane për Rindërtim` [`dhe`] `Zhvillim`),
   * and places listed after a verb of visiting (`Shëngjinin` [`dhe`] `Gjadrin`).
   */
  conjunctions?: string[];
  /**
   * Lower-case endings of the genitive (`-ës`, `-së`, `-it`): two words of a name joined by a
   * conjunction both take one, or neither does after a linking preposition (`për Rindërtim dhe Zhvillim`).
   */
  genitiveEndings?: string[];
  /** Lower-case verbs of visiting whose object is a place (`vizitoi`, `посети`): a name right after one is a place, not a person. */
  placeVerbs?: string[];
  /** Lower-case endings of adjectives that may start an organisation's name before it (`Македонски` `Телеком`). */
  orgAdjectiveEndings?: string[];
  /**
   * Lower-case words or phrases written before an organisation's name and no part of it (`klubi`
   * `Ballkani`, `компанијата` `Драекслмајер`, `ракометарите на` `Вардар`): the name after one is an
   * organisation, whatever else it may name (a town, a river).
   */
  orgTitles?: string[];
  /** Words that make a name a place wherever they stand in it (`Evropa` [`Perëndimore`], [`Западна`] `Европа`). */
  placeWords?: string[];
  /** Lower-case words that link the words of an organisation's name (`Kuvendi` [`i`] `Kosovës`, `Владата` [`на`] `Северна Македонија`); none when absent. */
  nameLinks?: string[];
  /** Capitalised words that are not names at the start of a sentence or after a title (`Sot`, `Ai`). */
  notNames?: string[];
  /** Closed-class words, lower case (`megjithëse`, `иако`): a name never starts with one. */
  closedClassWords?: string[];
  /** Examples: sentences with `[[name]]` marked where a cue finds it. */
  examples: string[];
}
