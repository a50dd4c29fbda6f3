/**
 * Quotation knowledge of one language (read by the Quotes stage, src/nlp/quotes/). Every list is
 * plain lower-case words or word sequences (separated by single spaces), matched token by token
 * case-insensitively; the engine never names a language.
 */
export type Gender = 'm' | 'f' | 'n' | 'pl';

export interface QuoteLexicon {
  /**
   * Reporting verbs in all their inflected and periphrastic forms (`tha`, `ka thënë`, `bëri të
   * ditur`; `rekao je`, `je rekao`; `заявив`). A form may end in `*` to match any ending
   * (`izjavi*`). Gender may follow after `:` where the form shows it (`rekla je:f`, `заявила:f`).
   */
  reportingVerbs: string[];
  /** Words that open reported content after a reporting verb: `se`, `që`; `da`; `що`; `that`. */
  complementizers: string[];
  /** Subject pronouns with their gender: `ai:m`, `ajo:f`, `ata:pl`; `він:m`. */
  pronouns: string[];
  /** Possessive forms that point back to the last speaker in source cues (`njegovim`, `його`, `his`). */
  possessives: string[];
  /**
   * Heads of unnamed-source phrases, any case and number (`zyrtar`, `zyrtari`, `zyrtarët`,
   * `zyrtarëve`; `zvaničnik`, `izvor`; `джерело`; `official`, `source`). The organisation, when
   * named, follows through `orgLinks` or stands before the head (`NATO official`).
   */
  unnamedSources: string[];
  /** Words between an unnamed head (or a role) and its organisation: `i`, `e`, `të`, `së`; `iz`; `of`, `at`. */
  orgLinks: string[];
  /** Words that precede an unnamed-source head: `një`, `disa`; `jedan`, `neimenovani`; `a`, `an`, `one`. */
  unnamedDeterminers: string[];
  /**
   * Role heads that name a person by office (`kreu`, `shefi`, `sekretari`, `kryeministri`;
   * `predsjednik`, `premijer`; `генсек`, `керівник`; `secretary-general`). A role phrase is the
   * head with its adjectives and genitive complement; the knowledge base resolves it on the date.
   */
  roles: string[];
  /** Source cues that put the speaker after them: `sipas`, `prema riječima`, `за словами`, `по словам`, `according to`. */
  accordingTo: string[];
  /**
   * Cues that name the outlet, not the speaker: `shkruan`, `raporton`; `javila je agencija`,
   * `prenosi`; `передає кореспондент`; `reports`. The outlet name follows the cue.
   */
  outletCues: string[];
  /** Nouns that may stand between an outlet cue and the outlet's name: `agencija`, `portal`, `кореспондент`. */
  outletNouns: string[];
}
