/**
 * Time knowledge of one language (read by the Time stage, src/nlp/time/). HeidelTime's habit:
 * word lists and sub-patterns are defined once per language and referenced by name (`%month`,
 * `%weekday`, `%yearWord`) inside rules; every rule carries the examples it must match and the
 * value each must normalise to, and one test walks every language and checks them all.
 */

/** Units of time: year, quarter, month, week, day, hour, decade, century. */
export type TimeUnit = 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'DE' | 'CE';

/**
 * How a rule's match becomes a value. The engine reads the rule's named groups:
 * `day`, `month`, `year`, `year2`, `weekday`, `num`, `unit`, `dir`, `dayword`, `season`,
 * `decade`, `century`, `yearAdv` (a one-word year: `торік` → dir -1, unit year), `few` (a vague
 * number, `кілька`, `nekoliko`: a duration `PXY`, no value for `ago`/`later`).
 * - date: day? month year? (a missing year comes from the context) → 2023-11-22 / 2023-11
 * - year: year → 2023;  yearRange: year, year2 → 2015/2020;  decade → 199;  century → 19
 * - season: season year? → 2023-SU;  relDay: dayword → anchor ± n days
 * - weekday: weekday dir? (else tense) → a date;  relUnit: unit dir → 2026-W06, 2025-08, 2025
 * - ago / later: num? unit → anchor ∓ n units;  duration: num? unit → P3Y;  set: unit → P1Y (kind set)
 * - anaphor: unit dir? → the date written last before it, at the unit's precision, moved by dir
 *   units (`того ж дня`, `в том же году`, `наступного дня`); the anchor when none was written
 */
export type TimeNorm =
  | 'date'
  | 'year'
  | 'yearRange'
  | 'decade'
  | 'century'
  | 'season'
  | 'relDay'
  | 'weekday'
  | 'relUnit'
  | 'ago'
  | 'later'
  | 'duration'
  | 'set'
  | 'anaphor';

export interface TimeExample {
  /** Text containing the expression (cue words included when the value depends on tense). */
  text: string;
  /** The value the rule must give, resolved against `anchor`; '' for an expression with no value (`кілька років тому`). */
  value: string;
  /** The article date it is resolved against; default 2023-11-22 (a Wednesday). */
  anchor?: string;
}

export interface TimeRule {
  name: string;
  /** Regular-expression source: `%name` references a sub-pattern; `(?<group>…)` feeds the normaliser. Use `(?:…)` for other groups. */
  pattern: string;
  norm: TimeNorm;
  examples: TimeExample[];
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface TimeLexicon {
  /** Month names in all their forms (and abbreviations) → 1..12; `%month`. */
  months: Record<string, number>;
  /** Month forms that are also ordinary words (`may`, `march`): left out of `%monthSafe`. */
  ambiguousMonths?: string[];
  /** Weekday names in all their forms → ISO weekday 1 (Monday)..7; `%weekday`. */
  weekdays: Record<string, number>;
  /** Weekday forms that are also ordinary words (ru `среды`, environment): a time only after a preposition or direction; left out of `%weekdaySafe`. */
  ambiguousWeekdays?: string[];
  /** Number words in their forms → value; `%number` (digits included). */
  numbers: Record<string, number>;
  /** Unit words in their forms → unit; `%unit`. */
  units: Record<string, TimeUnit>;
  /** Relative day words → offset in days (`dje` → -1); `%dayword`. */
  days: Record<string, number>;
  /** One-word years → offset in years from the article's (`торік` -1, `цьогоріч` 0, `lani` -1, `sivjet` 0); `%yearAdv`. */
  yearAdverbs?: Record<string, number>;
  /**
   * Words after a number of units that count them back or ahead from the date written before
   * (`годом ранее`, `10 років потому`, `dvije godine kasnije`) → -1 or 1; `%shiftWord`, read into `dir`.
   */
  shiftWords?: Record<string, -1 | 1>;
  /** Direction words → -1 (last), 0 (this), 1 (next); `%dir`. */
  directions: Record<string, -1 | 0 | 1>;
  /** Season words → season; `%season`. */
  seasons: Record<string, Season>;
  /** Named word lists: `%name` matches any of them. */
  words: Record<string, string[]>;
  /** Named raw sub-patterns (may reference others): `%name`. */
  patterns?: Record<string, string>;
  /** Rules, tried in order at each position (put longer ones first). */
  rules: TimeRule[];
  /** Whole-token patterns (regex sources, lower case) that mark a past-tense clause. */
  pastCues: string[];
  /** Whole-token patterns that mark a future clause. */
  futureCues: string[];
  /** Words that, right before a number of years, make it an age rather than a time (`в возрасте`, `aged`): regex source. */
  agePrefix?: string;
  /** Words that, right after a number of years, make it an age (`на 85 году жизни`): regex source. */
  ageSuffix?: string;
  /** A pattern with a `(?<year>…)` group: the text looks back on that year (`izvještaj za 2023. godinu`). */
  reportFor?: string;
}
