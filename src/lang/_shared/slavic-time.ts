import type { TimeExample, TimeNorm, TimeRule } from '../types/time.js';

/**
 * Time rules shared by the Slavic languages (sr, bs, hr, cnr, mk, bg, uk, ru): their date
 * expressions have one shape (`22. novembra 2023. godine`, `22 листопада 2023 року`,
 * `прошлой неделе`, `пре два дана`, `два дні тому`), so the patterns are written once here and
 * every language fills the words they reference (`%prep`, `%yearWord`, `%agoPre`, …) and gives
 * its own examples. A rule a language has no example for is left out of that language.
 *
 * Words each language defines: prep (prepositions and phrase openers that belong to the
 * expression: `u`, `od`, `за`, `на початку`), yearWord (`godine`, `року`, `г.`), yearsWord
 * (`godina`, `років`), agoPre, agoPost, laterPre, durPre, every, setWord, decadeSuffix,
 * centuryWord, rangeFrom, rangeTo, seasonAdv (`влітку`, `zimi`: a season alone is a time only
 * after a preposition or in its adverbial form).
 */
const SHAPES: Record<string, { norm: TimeNorm; pattern: string }> = {
  isoDate: { norm: 'date', pattern: '(?:%prep\\s+)?(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})' },
  numericDate: {
    norm: 'date',
    pattern: '(?:%prep\\s+)?(?<day>\\d{1,2})[./]\\s?(?<month>\\d{1,2})[./]\\s?(?<year>\\d{4}|\\d{2})\\.?(?:\\s*%yearWord)?',
  },
  dayMonthYear: {
    norm: 'date',
    pattern: '(?:%prep\\s+)?(?:%weekday,?\\s+)?(?<day>\\d{1,2})\\.?(?:-?%ordinal)?\\s+(?<month>%month)\\.?,?\\s+(?<year>\\d{4})\\.?(?:\\s*%yearWord)?',
  },
  dayMonth: { norm: 'date', pattern: '(?:%prep\\s+)?(?:%weekday,?\\s+)?(?<day>\\d{1,2})\\.?(?:-?%ordinal)?\\s+(?<month>%month)\\.?' },
  yearRange: {
    norm: 'yearRange',
    pattern: '(?:%rangeFrom\\s+|%prep\\s+)?(?<year>\\d{4})\\.?\\s*(?:[-–—]|%rangeTo)\\s*(?<year2>\\d{4})\\.?(?:\\s*(?:%yearsWord|%yearWord))?',
  },
  monthYear: { norm: 'date', pattern: '(?:%prep\\s+)?(?<month>%month)\\.?\\s+(?<year>\\d{4})\\.?(?:\\s*%yearWord)?' },
  decade: { norm: 'decade', pattern: '(?:%prep\\s+)?(?<decade>(?:19|20)?\\d0)\\.?\\s?-?(?:%decadeSuffix)(?:\\s+(?:%yearsWord))?' },
  century: { norm: 'century', pattern: '(?:%prep\\s+)?(?<century>%roman|\\d{1,2})\\.?(?:-?%ordinal)?\\s+%centuryWord' },
  seasonYear: { norm: 'season', pattern: '(?:%prep\\s+)?(?<season>%season)\\s+(?<year>\\d{4})\\.?(?:\\s*%yearWord)?' },
  year: { norm: 'year', pattern: '(?:%prep\\s+)?(?<year>\\d{4})\\.?\\s*(?:-?%ordinal\\s+)?%yearWord' },
  agoPre: { norm: 'ago', pattern: '%agoPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)' },
  agoPost: { norm: 'ago', pattern: '(?:(?<num>%number)\\s+)?(?<unit>%unit)\\s+%agoPost' },
  later: { norm: 'later', pattern: '%laterPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)' },
  relUnit: { norm: 'relUnit', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<unit>%unit)' },
  weekdayDir: { norm: 'weekday', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<weekday>%weekday)' },
  weekday: { norm: 'weekday', pattern: '(?:%prep\\s+)?(?<weekday>%weekday)' },
  dayword: { norm: 'relDay', pattern: '(?<dayword>%dayword)' },
  set: { norm: 'set', pattern: '%every\\s+(?<unit>%unit)|(?<unit>%setWord)' },
  duration: { norm: 'duration', pattern: '(?:%durPre\\s+)?(?<num>%number)\\s+(?<unit>%unit)|%durPre\\s+(?<unit>%unit)' },
  month: { norm: 'date', pattern: '(?:%prep\\s+)?(?<month>%monthSafe)' },
  season: { norm: 'season', pattern: '%prep\\s+(?<season>%season)|(?<season>%seasonAdv)' },
  bareYear: { norm: 'year', pattern: '(?:%prep\\s+)?(?<year>(?:19|20)\\d{2})(?![.,/-]\\d)' },
};

export type SlavicRuleName = keyof typeof SHAPES;

/** The shared rules, in the order they are tried, each with the language's examples; rules without examples are left out. */
export function slavicRules(examples: Partial<Record<SlavicRuleName, TimeExample[]>>): TimeRule[] {
  const rules: TimeRule[] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    const ex = examples[name];
    if (ex?.length) rules.push({ name, norm: shape.norm, pattern: shape.pattern, examples: ex });
  }
  return rules;
}
