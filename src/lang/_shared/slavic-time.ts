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
 * after a preposition or in its adverbial form); for the rules that use them: and (`і`, `и`, `i`:
 * `19 і 20 травня`, `21 або 22 грудня`), few (vague numbers: `кілька`, `несколько`, `nekoliko`), periodPart (`на
 * початку`, `в конце`, `krajem`: a part of the current year, month or week), recent (`останні`,
 * `последние`, `ближайшие`: the last or next few units), same (`того ж`, `тот же`, `istog`: the
 * date written before), dayUnit (`дня`, `день`, `dana`: the day forms after a direction).
 */
const DAY_LEAD = '(?:(?:%weekday|%dayword)(?:,|\\s+[—–-])?\\s+)?';

const SHAPES: Record<string, { norm: TimeNorm; pattern: string }> = {
  isoDate: { norm: 'date', pattern: '(?:%prep\\s+)?(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})' },
  numericDate: {
    norm: 'date',
    pattern: '(?:%prep\\s+)?(?<day>\\d{1,2})[./]\\s?(?<month>\\d{1,2})[./]\\s?(?<year>\\d{4}|\\d{2})\\.?(?:\\s*%yearWord)?',
  },
  // The first day of a range or pair of days in one month (`14-21 лютого`, `з 6 до 12 червня`, `19 и 20 мая`):
  // a date of its own, its month and year read ahead.
  dayRangeStart: {
    norm: 'date',
    pattern:
      '(?:%rangeFrom\\s+)?(?<![\\p{N}][.:])(?<day>\\d{1,2})\\.?(?:-?%ordinal)?(?=\\s*(?:[-–—]|%rangeTo|%and)\\s*\\d{1,2}\\.?(?:-?%ordinal)?\\s+(?<month>%month)(?:\\.?,?\\s+(?<year>\\d{4}))?(?![\\p{L}\\p{N}]))',
  },
  // A weekday or a day word set before the date (`у середу, 22 листопада`, `в субботу — 26 января`, `Вчера, 7 мая`) is part of it.
  dayMonthYear: {
    norm: 'date',
    pattern: '(?:%prep\\s+)?' + DAY_LEAD + '(?<day>\\d{1,2})\\.?(?:-?%ordinal)?\\s+(?<month>%month)\\.?,?\\s+(?<year>\\d{4})(?:-%ordinal)?\\.?(?:\\s*%yearWord)?',
  },
  // A month of the last, this or next year (`у березні минулого року`, `24 грудня минулого року`).
  monthRelYear: {
    norm: 'date',
    pattern: '(?:%prep\\s+)?(?:(?<day>\\d{1,2})\\.?(?:-?%ordinal)?\\s+)?(?<month>%month)\\.?\\s+(?<dir>%dir)\\s+%yearWord',
  },
  dayMonth: { norm: 'date', pattern: '(?:%prep\\s+)?' + DAY_LEAD + '(?<day>\\d{1,2})\\.?(?:-?%ordinal)?\\s+(?<month>%month)\\.?' },
  // The first month of a range of months with a year (`у травні-жовтні 2015 року`, `с марта по июнь 2014 года`): its year read ahead.
  monthRangeStart: {
    norm: 'date',
    pattern: '(?:%rangeFrom\\s+|%prep\\s+)?(?<month>%month)(?=\\s*(?:[-–—]|%rangeTo|%and)\\s*(?:%prep\\s+)?%month\\.?\\s+(?<year>\\d{4})(?![\\p{L}\\p{N}]))',
  },
  yearRange: {
    norm: 'yearRange',
    pattern: '(?:%rangeFrom\\s+|%prep\\s+)?(?<year>\\d{4})\\.?\\s*(?:[-–—]|%rangeTo)\\s*(?<year2>\\d{4})\\.?(?:\\s*(?:%yearsWord|%yearWord))?',
  },
  monthYear: { norm: 'date', pattern: '(?:%prep\\s+)?(?<month>%month)\\.?\\s+(?<year>\\d{4})(?:-%ordinal)?\\.?(?:\\s*%yearWord)?' },
  decade: { norm: 'decade', pattern: '(?:%prep\\s+)?(?<decade>(?:19|20)?\\d0)\\.?\\s?-?(?:%decadeSuffix)(?:\\s+(?:%yearsWord))?' },
  // Not a statute's article (`ч. 2 ст. 364`): no number follows.
  century: { norm: 'century', pattern: '(?:%prep\\s+)?(?<century>%roman|\\d{1,2})\\.?(?:-?%ordinal)?\\s+%centuryWord(?!\\s*\\d)' },
  seasonYear: { norm: 'season', pattern: '(?:%prep\\s+)?(?<season>%season)\\s+(?<year>\\d{4})(?:-%ordinal)?\\.?(?:\\s*%yearWord)?' },
  // A season of the last, this or next year (`минулого літа`, `этой зимой`, `prošlog leta`).
  seasonDir: { norm: 'season', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<season>%season)' },
  year: { norm: 'year', pattern: '(?:%prep\\s+)?(?<year>\\d{4})(?:\\.?\\s*(?:-?%ordinal\\s+)?%yearWord|-%ordinal)' },
  agoPre: { norm: 'ago', pattern: '%agoPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)' },
  agoPost: { norm: 'ago', pattern: '(?:(?<num>%number)\\s+)?(?<unit>%unit)\\s+%agoPost' },
  // A vague number back (`кілька років тому`, `pre nekoliko dana`): a span, no value.
  agoFew: { norm: 'ago', pattern: '%agoPre\\s+(?<few>%few)\\s+(?<unit>%unit)|(?<few>%few)\\s+(?<unit>%unit)\\s+%agoPost' },
  // An approximate number put after its unit (`років десять тому`, `лет пять назад`).
  agoApprox: { norm: 'ago', pattern: '(?<unit>%unit)\\s+(?<num>%number)\\s+%agoPost' },
  later: { norm: 'later', pattern: '%laterPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)' },
  // A vague number ahead (`через кілька днів`, `за nekoliko dana`): a span, no value.
  laterFew: { norm: 'later', pattern: '%laterPre\\s+(?<few>%few)\\s+(?<unit>%unit)' },
  yearAdverb: { norm: 'relUnit', pattern: '(?<yearAdv>%yearAdv)' },
  // The day, month or year of the date written before (`того ж дня`, `в том же году`, `iste godine`).
  sameUnit: { norm: 'anaphor', pattern: '(?:%prep\\s+)?%same\\s+(?<unit>%unit)' },
  // The day after (or of) the date written before (`наступного дня`, `на следующий день`, `sledećeg dana`).
  nextDay: { norm: 'anaphor', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<unit>%dayUnit)' },
  // Units counted from the date written before (`годом ранее`, `10 років потому`, `dvije godine kasnije`).
  unitShift: { norm: 'anaphor', pattern: '(?:(?<num>%number)\\s+)?(?<unit>%unit)\\s+(?<dir>%shiftWord)' },
  relUnit: { norm: 'relUnit', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<unit>%unit)' },
  // The start, middle or end of the current year, month or week (`наприкінці року`, `в начале недели`, `krajem godine`).
  periodPart: { norm: 'relUnit', pattern: '%periodPart\\s+(?<unit>%unit)' },
  weekdayDir: { norm: 'weekday', pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<weekday>%weekday)' },
  weekday: { norm: 'weekday', pattern: '%prep\\s+(?<weekday>%weekday)|(?<weekday>%weekdaySafe)' },
  dayword: { norm: 'relDay', pattern: '(?<dayword>%dayword)' },
  set: { norm: 'set', pattern: '%every\\s+(?<unit>%unit)|(?<unit>%setWord)' },
  // The last or next few units (`в последние годы`, `найближчими днями`, `poslednjih meseci`): a vague duration.
  recentDuration: { norm: 'duration', pattern: '(?:%prep\\s+)?(?<few>%recent)\\s+(?<unit>%unit)(?!\\s+(?:%agoPost))' },
  // Not the first part of `15 років тому` (`понад 15 років тому`): that is a time back, read from the number.
  duration: { norm: 'duration', pattern: '(?:(?:%durPre\\s+)?(?<num>%number)\\s+(?<unit>%unit)|%durPre\\s+(?<unit>%unit))(?!\\s+(?:%agoPost))' },
  fewDuration: { norm: 'duration', pattern: '(?:%durPre\\s+)?(?<few>%few)\\s+(?<unit>%unit)(?!\\s+(?:%agoPost))' },
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
