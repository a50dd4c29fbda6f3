/**
 * How a language reduces an inflected name to its base (dictionary) form: read by the entities
 * stage (src/nlp/entities/base-form.ts). Owned by issue 3's recogniser; the knowledge base's
 * generative inflection rules live in `names.ts`.
 */
import type { EntityType } from '../../model/index.js';

/** A suffix rewrite: a token ending in `form` becomes stem + `base`. */
export interface BaseFormRule {
  form: string;
  base: string;
  /** Entity types it applies to (all when absent). */
  types?: EntityType[];
  /** The shortest stem left after removing `form` (default 2). */
  minStem?: number;
  /** A character class the stem must end in (`[^aeiou]`: only consonant stems, so `Genoa` stays). */
  stemEnds?: string;
  /** Only a candidate: taken when the knowledge base or the article knows the result, never by default. */
  onlyIfKnown?: boolean;
  /**
   * With `onlyIfKnown`: only the knowledge base or the article can confirm it, not a dictionary
   * (`Trumpova` → `Trump`, but `Kosova` is no `Kos`).
   */
  onlyIfNamed?: boolean;
  /** The ending is always an inflection: the word as written is never its own base (`-ата` in Bulgarian). */
  sure?: boolean;
  /** Only for a word followed by another word of the name (a modifier: `Европейския съюз`). */
  beforeAnother?: boolean;
  /** Not for words of foreign spelling (`foreignSpelling`): `Google` is no `Googla`. */
  nativeOnly?: boolean;
  /** `word → base` pairs the rule must produce (checked by a test). */
  examples?: [string, string][];
}

export interface BaseFormRules {
  /**
   * Rules, tried longest `form` first; among rules of equal length, in the order listed. The first
   * candidate is the default; a candidate known to the knowledge base or seen in the article wins.
   */
  rules: BaseFormRule[];
  /** Endings of words that are already base forms (`ija` in Serbian): such words are kept as written. */
  keep?: string[];
  /**
   * Letters and letter groups the language's own words never have (a pattern, case ignored:
   * `w`, `ck`, doubled letters in Croatian): a word with one is a foreign name, whose `keep`
   * endings and `nativeOnly` rules do not apply (`Facebooka` → `Facebook`, `Apple` stays).
   */
  foreignSpelling?: string;
  /** Words that are base forms as written (given names the rules would change: `Sali`, `Agron`). */
  asWritten?: readonly string[];
  /** Suffixes after an acronym and a hyphen, dropped (`NATO-së` → `NATO`, `UN-a` → `UN`). */
  hyphenSuffixes: string[];
  /**
   * Linking words inside multi-word names (`i`, `e`, `të`, `së` in `Malit të Zi`), mapped to the
   * form they take in the base form (`të` → `i`). Words not listed after the first lower-case word
   * are left as written (`Savjeta bezbednosti UN` → `Savjet bezbednosti UN`).
   */
  links?: Record<string, string>;
  /**
   * Endings of adjectives in names (`Верховного`, `Sjevernoj`): a lower-case word after such a
   * word agrees with it and is reduced too (`Верховного суда` → `Верховный суд`).
   */
  adjectiveEndings?: string[];
  /**
   * Endings that make two spellings one base form for scoring (Albanian indefinite and definite
   * nominative, `Evropë`/`Evropa`): `[written, alsoAccepted]`.
   */
  equivalentEndings?: [string, string][];
  /**
   * npm packages of hunspell dictionaries (`dictionary-ru`): a candidate written as one of their
   * words is preferred (`Брюсселя` → `Брюссель`, not `Брюссел`; `Москва` stays).
   */
  lexicons?: string[];
  /** Other spellings of a word to look up in the dictionaries (Serbian Latin ↔ Cyrillic). */
  lexiconSpellings?: (word: string) => string[];
  /**
   * Types of names whose words after the head noun are a complement, kept as written: the head is
   * the first word that is not an adjective (`Верховного суда Пакистана` → `Верховный суд
   * Пакистана`, `Ministarstva kulture` → `Ministarstvo kulture`). A linking word (`i`) starts a
   * new head (`Bosnu i Hercegovinu`).
   */
  complementAfterHead?: EntityType[];
  /**
   * Agreement of adjectives with the head noun they precede (`Балтийского моря` → `Балтийское
   * море`, not `Балтийский`): the noun's base form tells its gender/number (`nouns`: a pattern of
   * its ending and the gender it shows, first match wins), and the adjective's base takes that
   * gender's ending from the first row of `adjectives` one of whose endings it has.
   */
  agreement?: {
    nouns: [pattern: string, gender: string][];
    adjectives: Record<string, string>[];
  };
  /**
   * The surname shows the case of a person's name (its words share their case, and surnames
   * decline): a surname the rules reduce makes the given names before it inflected (`Colina
   * Powella` → `Colin Powell`), one as written makes a dictionary word before it a nominative
   * (`Danijela Damjanović`). Not where foreign surnames are indeclinable (`Терези Мей`).
   */
  nameCaseFromSurname?: boolean;
  /**
   * Adjectives before a noun of a place or organisation that the dictionaries (`lexicons`) know
   * as adjectives by their paradigm: a word with a case ending (`endings`) whose stem plus an
   * entry ending (`entryEndings`) is such an entry takes `base` (`Velike` → `Veliki`, then
   * `Velika` by agreement with `Britanija`), and a lower-case word after it is declined too.
   */
  lexiconAdjectives?: {
    /** Endings only adjectives' paradigms add (`og|eg`: either; `oj`): entries declined with all are adjectives. */
    marks: string[];
    endings: string[];
    entryEndings: string[];
    base: string;
    /** Other endings of the base, taken only when the knowledge base knows the name so (plurals: `Sjedinjene`). */
    otherBases?: string[];
    /** The genders (of `agreement.nouns`) a case ending allows the noun after it (`om`: `mn`). */
    genders?: Record<string, string>;
  };
  /** Only the first word of a name changes (Bulgarian: the article is on the first word only). */
  firstWordOnly?: boolean;
}
