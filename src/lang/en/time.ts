import type { Season, TimeLexicon, TimeUnit } from '../types/time.js';
import { spread } from '../_shared/time-forms.js';

const en: TimeLexicon = {
  months: spread<number>([
    [1, 'january jan'],
    [2, 'february feb'],
    [3, 'march mar'],
    [4, 'april apr'],
    [5, 'may'],
    [6, 'june jun'],
    [7, 'july jul'],
    [8, 'august aug'],
    [9, 'september sep sept'],
    [10, 'october oct'],
    [11, 'november nov'],
    [12, 'december dec'],
  ]),
  ambiguousMonths: ['may', 'march', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  weekdays: spread<number>([
    [1, 'monday'],
    [2, 'tuesday'],
    [3, 'wednesday'],
    [4, 'thursday'],
    [5, 'friday'],
    [6, 'saturday'],
    [7, 'sunday'],
  ]),
  numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, twenty: 20 },
  units: spread<TimeUnit>([
    ['Y', 'year years annually yearly'],
    ['M', 'month months monthly'],
    ['W', 'week weeks weekly'],
    ['D', 'day days daily'],
    ['H', 'hour hours'],
    ['DE', 'decade decades'],
    ['CE', 'century centuries'],
    ['Q', 'quarter quarters'],
  ]),
  days: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 },
  directions: { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 },
  /** `a year earlier`, `two days later`: counted from the date written before. */
  shiftWords: { earlier: -1, later: 1 },
  seasons: spread<Season>([
    ['SP', 'spring'],
    ['SU', 'summer'],
    ['FA', 'autumn fall'],
    ['WI', 'winter'],
  ]),
  words: {
    former: ['former', 'ex', 'then', 'late'],
    prep: ['in', 'on', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'earlier', 'later', 'in early', 'in late', 'by the end of', 'at the end of', 'at the start of', 'at the beginning of'],
    the: ['the'],
    ordinal: ['st', 'nd', 'rd', 'th'],
    every: ['every', 'each'],
    few: ['several', 'a few', 'few', 'a couple of', 'many'],
    same: ['that same', 'the same'],
    periodPart: ['at the end of the', 'by the end of the', 'until the end of the', 'at the start of the', 'at the beginning of the', 'in the middle of the', 'by the middle of the'],
    setWord: ['annually', 'yearly', 'monthly', 'weekly', 'daily'],
    durPre: ['for', 'over', 'within', 'for the past', 'for the last', 'over the past', 'over the last', 'in the past', 'in the last', 'for the next', 'over the next', 'more than', 'nearly', 'almost', 'about'],
    rangeFrom: ['from', 'between'],
    rangeTo: ['to', 'and', 'until', 'through'],
    reportWord: ['report', 'review'],
  },
  agePrefix: 'aged|age of|at the age of|age',
  reportFor: '(?:annual\\s+)?(?:%reportWord)\\s+(?:[\\p{L}]+\\s+){0,2}(?:for|on)\\s+(?<year>\\d{4})',
  pastCues: ['said', 'was', 'were', 'had', 'met', 'held', 'told', 'did', 'went', 'came', 'gave', 'took', 'made', 'left', 'spoke', '\\p{L}{3,}ed'],
  futureCues: ['will', "'ll", 'shall', 'going', 'expected', 'plans', 'scheduled', 'due'],
  rules: [
    { name: 'isoDate', norm: 'date', pattern: '(?:%prep\\s+)?(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})', examples: [{ text: 'updated 2023-11-22', value: '2023-11-22' }] },
    {
      name: 'monthDayYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:%weekday,?\\s+)?(?<month>%month)\\.?\\s+(?<day>\\d{1,2})(?:%ordinal)?,?\\s+(?<year>\\d{4})',
      examples: [{ text: 'on November 22, 2023', value: '2023-11-22' }, { text: 'Wednesday, Nov. 22, 2023', value: '2023-11-22' }],
    },
    {
      name: 'dayMonthYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:%weekday,?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:%ordinal)?\\s+(?:of\\s+)?(?<month>%month)\\.?,?\\s+(?<year>\\d{4})',
      examples: [{ text: 'Meeting, 12 FEB 2026', value: '2026-02-12' }, { text: 'on the 22nd of November 2023', value: '2023-11-22' }],
    },
    {
      // The first day of a range or pair of days in one month (`9-12 March`, `March 9-12, 2024`): its month and year read ahead.
      name: 'dayRangeStart',
      norm: 'date',
      pattern:
        '(?:%rangeFrom\\s+)?(?<day>\\d{1,2})(?:%ordinal)?(?=\\s*(?:[-–]|%rangeTo|or)\\s*\\d{1,2}(?:%ordinal)?\\s+(?:of\\s+)?(?<month>%month)(?:\\.?,?\\s+(?<year>\\d{4}))?(?![\\p{L}\\p{N}]))|(?:%prep\\s+)?(?<month>%month)\\.?\\s+(?<day>\\d{1,2})(?:%ordinal)?(?=\\s*(?:[-–]|%rangeTo|or)\\s*\\d{1,2}(?:%ordinal)?(?:,?\\s+(?<year>\\d{4}))?(?![\\p{L}\\p{N}]))',
      examples: [
        { text: 'from 9 to 12 March', value: '2023-03-09' },
        { text: 'the summit runs March 9-12, 2024', value: '2024-03-09' },
      ],
    },
    {
      // The last day of `March 9-12`: the month is read back.
      name: 'dayRangeEnd',
      norm: 'date',
      pattern: '(?<=(?<month>%month)\\.?\\s+\\d{1,2}(?:%ordinal)?\\s*(?:[-–]|%rangeTo|or)\\s*)(?<day>\\d{1,2})(?:%ordinal)?(?:,?\\s+(?<year>\\d{4}))?',
      examples: [{ text: 'the summit runs March 9-12, 2024', value: '2024-03-12' }],
    },
    {
      name: 'monthDay',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:%weekday,?\\s+)?(?<month>%month)\\.?\\s+(?<day>\\d{1,2})(?:%ordinal)?',
      examples: [{ text: 'on November 22', value: '2023-11-22' }],
    },
    {
      name: 'dayMonth',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:%ordinal)?\\s+(?:of\\s+)?(?<month>%month)',
      examples: [{ text: 'on 22 November', value: '2023-11-22' }],
    },
    {
      name: 'yearRange',
      norm: 'yearRange',
      pattern: '(?:%rangeFrom\\s+)?(?<year>\\d{4})\\s*(?:[-–—]|%rangeTo)\\s*(?<year2>\\d{4})',
      examples: [{ text: 'from 2015 to 2020', value: '2015/2020' }, { text: 'the 1992-1995 war', value: '1992/1995' }],
    },
    {
      name: 'monthYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?<month>%month)\\.?\\s+(?:of\\s+)?(?<year>\\d{4})',
      examples: [{ text: 'in March 2020', value: '2020-03' }],
    },
    {
      name: 'decade',
      norm: 'decade',
      pattern: "(?:%prep\\s+)?(?:the\\s+)?['’]?(?<decade>(?:19|20)?\\d0)['’]?s",
      examples: [{ text: 'in the 1990s', value: '199' }, { text: "the '80s", value: '198' }],
    },
    {
      name: 'century',
      norm: 'century',
      pattern: '(?:%prep\\s+)?(?:the\\s+)?(?<century>\\d{1,2})(?:%ordinal)\\s+century',
      examples: [{ text: 'in the 20th century', value: '19' }],
    },
    {
      name: 'seasonYear',
      norm: 'season',
      pattern: '(?:%prep\\s+)?(?:the\\s+)?(?<season>%season)\\s+(?:of\\s+)?(?<year>\\d{4})',
      examples: [{ text: 'in the summer of 2022', value: '2022-SU' }],
    },
    {
      // A season of the last, this or next year (`last winter`, `this summer`).
      name: 'seasonDir',
      norm: 'season',
      pattern: '(?<dir>%dir)\\s+(?<season>%season)',
      examples: [
        { text: 'last winter', value: '2022-WI' },
        { text: 'next spring', value: '2024-SP' },
        { text: 'this summer was hot', value: '2023-SU' },
      ],
    },
    {
      // A vague number back (`several years ago`): a span, no value.
      name: 'agoFew',
      norm: 'ago',
      pattern: '(?<few>%few)\\s+(?<unit>%unit)\\s+ago',
      examples: [{ text: 'several years ago', value: '' }],
    },
    {
      name: 'ago',
      norm: 'ago',
      pattern: '(?<num>%number)\\s+(?<unit>%unit)\\s+ago',
      examples: [{ text: 'two days ago', value: '2023-11-20' }, { text: 'a year ago', value: '2022' }],
    },
    {
      name: 'later',
      norm: 'later',
      pattern: 'in\\s+(?<num>%number)\\s+(?<unit>%unit)|(?<num>%number)\\s+(?<unit>%unit)\\s+from\\s+now',
      examples: [{ text: 'in three weeks', value: '2023-W50' }],
    },
    {
      name: 'dayword',
      norm: 'relDay',
      pattern: '(?<dayword>%dayword)',
      examples: [{ text: 'today', value: '2023-11-22' }, { text: 'yesterday', value: '2023-11-21' }, { text: 'the day after tomorrow', value: '2023-11-24' }],
    },
    {
      // The day or year of the date written before (`that same day`, `the same year`), the day after it (`the next day`).
      name: 'sameUnit',
      norm: 'anaphor',
      pattern: '(?:on\\s+|in\\s+)?(?:%same\\s+(?<unit>%unit)|that\\s+(?<unit>day|week|month|year))|(?:on\\s+)?the\\s+(?<dir>next|following|previous)\\s+(?<unit>day)',
      examples: [
        { text: 'He was arrested on May 12, 2022 and released that same day', value: '2022-05-12' },
        { text: 'The law was passed in 2019. That year', value: '2019' },
        { text: 'The vote was held on March 4, 2018. The next day', value: '2018-03-05' },
      ],
    },
    {
      // Units counted from the date written before (`a year earlier`, `two days later`).
      name: 'unitShift',
      norm: 'anaphor',
      pattern: '(?<num>%number)\\s+(?<unit>%unit)\\s+(?<dir>%shiftWord)',
      examples: [{ text: 'He became minister in 2015. A year earlier', value: '2014' }],
    },
    {
      // The start, middle or end of the current year, month or week (`by the end of the year`).
      name: 'periodPart',
      norm: 'relUnit',
      pattern: '%periodPart\\s+(?<unit>%unit)',
      examples: [{ text: 'by the end of the year', value: '2023' }, { text: 'at the start of the month', value: '2023-11' }],
    },
    {
      name: 'relUnit',
      norm: 'relUnit',
      pattern: '(?:%prep\\s+)?(?<dir>%dir)\\s+(?<unit>%unit)',
      examples: [
        { text: 'last week', value: '2023-W46' },
        { text: 'earlier this month', value: '2023-11' },
        { text: 'next year', value: '2024' },
      ],
    },
    {
      name: 'weekdayDir',
      norm: 'weekday',
      pattern: '(?<dir>last|next|this)\\s+(?<weekday>%weekday)',
      examples: [{ text: 'next Monday', value: '2023-11-27' }, { text: 'last Friday', value: '2023-11-17' }],
    },
    {
      name: 'weekday',
      norm: 'weekday',
      pattern: '(?:on\\s+)?(?<weekday>%weekday)',
      examples: [{ text: 'he said on Monday', value: '2023-11-20' }, { text: 'will meet on Thursday', value: '2023-11-23' }],
    },
    {
      name: 'set',
      norm: 'set',
      pattern: '%every\\s+(?<unit>%unit)|(?<unit>%setWord)',
      examples: [{ text: 'every year', value: 'P1Y' }, { text: 'meets annually', value: 'P1Y' }],
    },
    {
      name: 'fewDuration',
      norm: 'duration',
      pattern: '(?:%durPre\\s+)?(?<few>%few)\\s+(?<unit>%unit)(?!\\s+ago)',
      examples: [{ text: 'for several months', value: 'PXM' }],
    },
    {
      name: 'duration',
      norm: 'duration',
      pattern: '(?:%durPre\\s+)?(?<num>%number|\\d+)\\s+(?<unit>%unit)',
      examples: [{ text: 'for three years', value: 'P3Y' }, { text: 'over the past two decades', value: 'P20Y' }],
    },
    {
      name: 'monthAfterPrep',
      norm: 'date',
      pattern: '(?:in|since|until|by|during|early|late|mid-?|last|next|this)\\s+(?<month>%month)(?!\\s+\\d)',
      examples: [{ text: 'A new bridge opened in May', value: '2023-05' }, { text: 'elections are due in March', value: '2024-03' }],
    },
    {
      name: 'month',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?<month>%monthSafe)',
      examples: [{ text: 'July was hot', value: '2023-07' }],
    },
    {
      name: 'season',
      norm: 'season',
      pattern: '(?:in|this|last|next)\\s+(?:the\\s+)?(?<season>%season)',
      examples: [{ text: 'in the spring', value: '2023-SP' }],
    },
    {
      name: 'year',
      norm: 'year',
      pattern: '(?:%prep\\s+)?(?<year>(?:19|20)\\d{2})(?![.,/-]\\d)',
      examples: [{ text: 'in 2023', value: '2023' }],
    },
  ],
};
export default en;
