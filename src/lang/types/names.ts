/**
 * Name knowledge of one language (issue 3): how names inflect, how they are spelled in this
 * language's script, and which titles name an office. Read by the knowledge base (src/kb) to
 * generate name variants and resolve role phrases, and by the entities stage for base forms.
 */

/**
 * One inflection rule for a name token: when the lower-case base token ends with `ends`
 * (a regular-expression source anchored at the end, e.g. `ija` or `[^aeiouë]`), drop `drop`
 * characters and add each of `add` to get its inflected forms.
 */
export interface InflectionRule {
  ends: string;
  drop: number;
  add: string[];
  /** Entity types this rule applies to (all when absent). */
  types?: ('PER' | 'ORG' | 'LOC')[];
  /** Examples `base → form` the rule must produce (checked by a test). */
  examples?: [string, string][];
}

/** Letter-sequence rewriting, longest key first: a transliteration or a respelling. */
export interface SpellingTable {
  /** Sequence → replacement(s); several replacements generate several variants. */
  map: Record<string, string | string[]>;
  /** Replacements used at the start of a word (Ukrainian `Є` → `Ye`), tried before `map`. */
  initial?: Record<string, string | string[]>;
}

/** A title naming an office (`sekretari i përgjithshëm` → `secretary-general`). */
export interface RoleTitle {
  /** Role id shared by all languages: `secretary-general`, `president`, `prime-minister`, `head`, ... */
  role: string;
  /** Lower-case title phrases as written in running text, inflected forms included. */
  phrases: string[];
}

export interface NameLexicon {
  /** Case and definite suffixes stripped to find a name's base form, longest first. */
  suffixes: string[];
  /** Rules generating inflected forms of name tokens. */
  inflections?: InflectionRule[];
  /** Suffixes written after an acronym with a hyphen (`NATO-s`, `BE-së`, `NATO-a`). */
  acronymSuffixes?: string[];
  /** Writing this language's names in Latin (its national standard), for Cyrillic languages. */
  toLatin?: SpellingTable;
  /** Writing Latin names in this language's script/spelling (`Stoltenberg` → `Столтенберг`, `Spajić` → `Spajiq`). */
  fromLatin?: SpellingTable;
  /** The language's word for "and" in a name (`Bosnia & Herzegovina` → `Bosna i Hercegovina`). */
  and?: string;
  /** Variant spellings within the language (ijekavian `bezbjednosti` → ekavian `bezbednosti`). */
  alternations?: SpellingTable;
  /** Titles of offices. */
  roleTitles?: RoleTitle[];
  /** Words between a title and its organisation (`i`, `e`, `të`, `së` in `kreu i NATO-s`). */
  roleLinks?: string[];
}
