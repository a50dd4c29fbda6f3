/** Name knowledge of one language (filled by the Entities stage, issue 3). */
export interface NameLexicon {
  /** Case and definite suffixes stripped to find a name's base form, longest first. */
  suffixes: string[];
}
