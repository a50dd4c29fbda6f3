/**
 * Words that tell how a year the text names bears on when the article was written (read by
 * src/nlp/time/dating-years.ts). Each list holds lower-case word sequences (a space matches any
 * run of spaces); a trailing `*` lets the last word continue (`планир*` → `планирует`).
 */
export interface DatingCues {
  /** Right before a year or date: the article is later (`since 2010`, `od 2010.`, `с 2010 года`, `që nga viti 2010`). */
  since: string[];
  /** Right before a year or date: a limit the article comes before unless the clause is past (`until 2030`, `deri në vitin 2035`, `до 2022 року`). */
  until: string[];
  /** Words anywhere in the clause before a year that make it planned or expected (`will`, `ще`, `покинет`, `do të`). */
  future: string[];
  /** Words in the clause before a year that make it past when the time tagger read no tense (`бе осъдена`, `u arrestua`). */
  past?: string[];
  /** Words around a number of years that make it an anniversary or an elapsed span (`anniversary`, `годовщина`, `godišnjica`, `vjetori`). */
  anniversary?: string[];
  /** Examples: sentences with the year they put the article in or after, checked by a test. */
  examples: DatingExample[];
}

export interface DatingExample {
  text: string;
  /** How the year bears on the article: `since` (after it), `future` (before or in it), `past`/`open`. */
  kind: 'since' | 'future' | 'past' | 'open' | 'anniversary';
  /** For an anniversary, the year it points to (`20 years since 1999` → 2019). */
  year?: number;
}
