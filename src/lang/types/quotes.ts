/** Quotation knowledge of one language (filled by the Quotes stage, issue 5). */
export interface QuoteLexicon {
  /** Reporting verbs in all their inflected and periphrastic forms. */
  reportingVerbs: string[];
}
