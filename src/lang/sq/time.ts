import type { Season, TimeLexicon, TimeUnit } from '../types/time.js';
import { spread } from '../_shared/time-forms.js';

/** `[1, 'janar janari …']` → `{ janar: 1, janari: 1, … }`. */
/** Albanian month names with their definite forms (nominative, accusative, genitive/dative). */
const months = spread<number>([
  [1, 'janar janari janarin janarit jan'],
  [2, 'shkurt shkurti shkurtin shkurtit shk'],
  [3, 'mars marsi marsin marsit'],
  [4, 'prill prilli prillin prillit pri'],
  [5, 'maj maji majin majit'],
  [6, 'qershor qershori qershorin qershorit qer'],
  [7, 'korrik korriku korrikun korrikut kor'],
  [8, 'gusht gushti gushtin gushtit gush'],
  [9, 'shtator shtatori shtatorin shtatorit sht'],
  [10, 'tetor tetori tetorin tetorit tet'],
  [11, 'nëntor nëntori nëntorin nëntorit nentor nentori nentorin nentorit nën'],
  [12, 'dhjetor dhjetori dhjetorin dhjetorit dhj'],
]);

const weekdays = spread<number>([
  [1, 'hënë hënën hënës hene henen'],
  [2, 'martë martën martës marte marten'],
  [3, 'mërkurë mërkurën mërkurës merkure merkuren'],
  [4, 'enjte enjten enjtes'],
  [5, 'premte premten premtes'],
  [6, 'shtunë shtunën shtunës shtune shtunen'],
  [7, 'diel dielën dielës dielen'],
]);

const units = spread<TimeUnit>([
  ['Y', 'vit viti vitin vitit vite vitet viteve vitesh vjet vjetë vjetësh'],
  ['M', 'muaj muaji muajin muajit muajsh muajve muajt'],
  ['W', 'javë java javën javës javësh javëve javet jave javen'],
  ['D', 'ditë dita ditën ditës ditësh ditëve ditet dite'],
  ['H', 'orë ora orën orësh orëve'],
  ['DE', 'dekadë dekada dekadën dekadës dekadash'],
  ['CE', 'shekull shekulli shekullin shekullit shekuj'],
]);

const sq: TimeLexicon = {
  months,
  ambiguousMonths: ['shkurt', 'jan', 'shk', 'pri', 'qer', 'kor', 'gush', 'sht', 'tet', 'nën', 'dhj', 'mars'],
  weekdays,
  numbers: { një: 1, nje: 1, dy: 2, tre: 3, tri: 3, katër: 4, pesë: 5, gjashtë: 6, shtatë: 7, tetë: 8, nëntë: 9, dhjetë: 10, njëzet: 20, tridhjetë: 30 },
  units,
  // `sivjet` this year, `parvjet` the year before last (`vjet`, last year, is also the plural of `vit`: left out).
  yearAdverbs: { sivjet: 0, parvjet: -2 },
  days: { sot: 0, sonte: 0, dje: -1, mbrëmë: -1, pardje: -2, nesër: 1, neser: 1, pasnesër: 2, 'pas ditës së nesërme': 2 },
  directions: {
    'e kaluar': -1, 'të kaluar': -1, 'të kaluarën': -1, 'e shkuar': -1, 'të shkuar': -1, 'që kaloi': -1,
    'e ardhshme': 1, 'të ardhshme': 1, 'e ardhshëm': 1, 'të ardhshëm': 1, 'që vjen': 1, 'tjetër': 1,
    këtë: 0, këtij: 0, kësaj: 0, 'e këtij': 0,
  },
  seasons: spread<Season>([
    ['SP', 'pranverë pranvera pranverën pranverës'],
    ['SU', 'verë vera verën verës'],
    ['FA', 'vjeshtë vjeshta vjeshtën vjeshtës'],
    ['WI', 'dimër dimri dimrin dimrit'],
  ]),
  words: {
    former: ['ish'],
    prep: ['në', 'më', 'nga', 'që nga', 'deri në', 'deri më', 'deri', 'gjatë', 'për', 'prej', 'para', 'pas', 'në fillim të', 'në fund të', 'në mes të', 'fillim të', 'në fillimin e', 'në fundin e', 'rreth'],
    yearPre: ['vitin', 'vitit', 'viti', 'vitet', 'vitin e', 'e vitit', 'të vitit'],
    yearsPre: ['vitet', 'viteve', 'viteve të', 'vitet e'],
    decadeSuffix: ['ta', 'të', "'"],
    centuryWord: ['shekullin', 'shekullit', 'shekulli', 'shekull'],
    article: ['të', 'e', 'i', 'së'],
    agoPre: ['para', 'përpara'],
    agoPost: ['më parë', 'më herët', 'përpara'],
    laterPre: ['pas', 'brenda'],
    durPre: ['për', 'gjatë', 'brenda', 'prej'],
    every: ['çdo', 'cdo'],
    few: ['disa', 'ca'],
    rangeFrom: ['nga', 'prej', 'nga viti', 'prej vitit'],
    rangeTo: ['deri në', 'deri më', 'deri', 'në'],
    reportWord: ['raportin', 'raporti', 'raportit', 'raport', 'bilanci', 'bilancin'],
  },
  agePrefix: 'në moshën|moshën|mosha|moshë|i moshës|e moshës',
  reportFor: '(?:%reportWord)\\s+(?:[\\p{L}]+\\s+){0,3}(?:për|të)\\s+(?:vitin\\s+|vitit\\s+)?(?<year>\\d{4})',
  pastCues: [
    'tha', 'thanë', 'ishte', 'ishin', 'kishte', 'kishin', 'pati', 'patën', 'ra', 'erdhi', 'vdiq', 'bëri', 'mbajti', 'mori', 'dha', 'doli', 'hyri', 'u',
    '\\p{L}{2,}oi', '\\p{L}{2,}uan', '\\p{L}{2,}uar', '\\p{L}{2,}ua', 'ndodhi', 'humbi', 'fitoi', 'kaloi',
  ],
  futureCues: ['do', 'pritet', 'planifikon', 'planifikohet', 'parashikohet'],
  rules: [
    { name: 'isoDate', norm: 'date', pattern: '(?:%prep\\s+)?(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})', examples: [{ text: 'publikuar 2023-11-22', value: '2023-11-22' }] },
    {
      name: 'numericDate',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?<day>\\d{1,2})[./]\\s?(?<month>\\d{1,2})[./]\\s?(?<year>\\d{4}|\\d{2})',
      examples: [
        { text: 'më 22.11.2023', value: '2023-11-22' },
        { text: 'data 22/11/2023', value: '2023-11-22' },
      ],
    },
    {
      // The first day of a range or pair of days in one month (`nga 9 deri më 12 dhjetor`): its month and year read ahead.
      name: 'dayRangeStart',
      norm: 'date',
      pattern: '(?:%rangeFrom\\s+|%prep\\s+)?(?<day>\\d{1,2})\\.?(?=\\s*(?:[-–—]|%rangeTo|dhe|ose)\\s*\\d{1,2}\\.?\\s+(?<month>%month)(?:\\.?,?\\s+(?<year>\\d{4}))?(?![\\p{L}\\p{N}]))',
      examples: [
        { text: 'nga 9 deri më 12 dhjetor', value: '2023-12-09' },
        { text: 'më 19 dhe 20 maj 2024', value: '2024-05-19' },
      ],
    },
    {
      name: 'dayMonthYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:(?:të\\s+|e\\s+)?%weekday,?\\s+)?(?<day>\\d{1,2})\\.?\\s+(?<month>%month)\\.?,?\\s+(?:të\\s+vitit\\s+|e\\s+vitit\\s+)?(?<year>\\d{4})',
      examples: [
        { text: 'më 22 nëntor 2023', value: '2023-11-22' },
        { text: 'të mërkurën, 22 nëntor 2023', value: '2023-11-22' },
        { text: 'më 12 shkurt të vitit 2026', value: '2026-02-12' },
      ],
    },
    {
      // A month of the last, this or next year (`në mars të vitit të kaluar`, `në janar të këtij viti`).
      name: 'monthRelYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:(?<day>\\d{1,2})\\.?\\s+)?(?<month>%month)\\s+(?:(?:të|e)\\s+vitit\\s+(?<dir>%dir)|(?:të\\s+)?(?<dir>%dir)\\s+viti)',
      examples: [
        { text: 'në mars të vitit të kaluar', value: '2022-03' },
        { text: 'në janar të këtij viti', value: '2023-01' },
        { text: '12 maj të vitit të ardhshëm', value: '2024-05-12' },
      ],
    },
    {
      name: 'dayMonth',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?:(?:të\\s+|e\\s+)?%weekday,?\\s+)?(?<day>\\d{1,2})\\.?\\s+(?<month>%month)',
      examples: [
        { text: 'midis 26 shkurtit dhe 19 prillit', value: '2023-04-19' },
        { text: 'më 31 shkurt', value: '2023-02' },
      ],
    },
    {
      name: 'yearRange',
      norm: 'yearRange',
      pattern: '(?:%rangeFrom\\s+)?(?<year>\\d{4})\\s*(?:[-–—]|%rangeTo)\\s*(?:vitin\\s+)?(?<year2>\\d{4})',
      examples: [
        { text: 'nga viti 2015 deri në vitin 2020', value: '2015/2020' },
        { text: 'periudha 1998-1999', value: '1998/1999' },
      ],
    },
    {
      name: 'monthYear',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?<month>%month)\\s+(?:të\\s+vitit\\s+|e\\s+vitit\\s+)?(?<year>\\d{4})',
      examples: [
        { text: 'në korrik 2020', value: '2020-07' },
        { text: 'në mars të vitit 2019', value: '2019-03' },
      ],
    },
    {
      name: 'decade',
      norm: 'decade',
      pattern: "(?:%prep\\s+)?(?:%yearsPre)\\s+['’]?(?<decade>(?:19|20)?\\d0)(?:-?(?:%decadeSuffix))?",
      examples: [
        { text: "në vitet '90", value: '199' },
        { text: 'gjatë viteve 1980', value: '198' },
      ],
    },
    {
      name: 'century',
      norm: 'century',
      pattern: '(?:%prep\\s+)?(?:%centuryWord)\\s+(?:(?:%article)\\s+)?(?<century>%roman|\\d{1,2})(?:-?(?:të|ta))?',
      examples: [
        { text: 'në shekullin XX', value: '19' },
        { text: 'shekulli i 21-të', value: '20' },
      ],
    },
    {
      name: 'seasonYear',
      norm: 'season',
      pattern: '(?:%prep\\s+)?(?<season>%season)\\s+(?:(?:e|të)\\s+vitit\\s+)?(?<year>\\d{4})',
      examples: [{ text: 'në verën e vitit 2023', value: '2023-SU' }],
    },
    {
      name: 'year',
      norm: 'year',
      pattern: '(?:%prep\\s+)?(?:%yearPre)\\s+(?<year>\\d{4})',
      examples: [
        { text: 'deri në vitin 2035', value: '2035' },
        { text: 'ngjarjet në Banjskë të vitit 2023', value: '2023' },
        { text: 'viti 2020 ishte i vështirë', value: '2020' },
      ],
    },
    {
      name: 'agoPre',
      norm: 'ago',
      pattern: '%agoPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)',
      examples: [
        { text: 'para dy ditësh', value: '2023-11-20' },
        { text: 'para tri vjetësh', value: '2020' },
      ],
    },
    {
      name: 'agoPost',
      norm: 'ago',
      pattern: '(?:(?<num>%number)\\s+)?(?<unit>%unit)\\s+%agoPost',
      examples: [{ text: 'dy javë më parë', value: '2023-W45' }],
    },
    {
      // A vague number back (`para disa ditësh`, `disa vite më parë`): a span, no value.
      name: 'agoFew',
      norm: 'ago',
      pattern: '%agoPre\\s+(?<few>%few)\\s+(?<unit>%unit)|(?<few>%few)\\s+(?<unit>%unit)\\s+%agoPost',
      examples: [
        { text: 'para disa ditësh', value: '' },
        { text: 'disa vite më parë', value: '' },
      ],
    },
    {
      name: 'dayword',
      norm: 'relDay',
      pattern: '(?<dayword>%dayword)',
      examples: [
        { text: 'janë mbledhur sot', value: '2023-11-22' },
        { text: 'ka deklaruar dje', value: '2023-11-21' },
        { text: 'Pres që nesër', value: '2023-11-23' },
        { text: 'pas ditës së nesërme', value: '2023-11-24' },
      ],
    },
    {
      name: 'later',
      norm: 'later',
      pattern: '%laterPre\\s+(?:(?<num>%number)\\s+)?(?<unit>%unit)',
      examples: [{ text: 'pas tri javësh', value: '2023-W50' }],
    },
    {
      name: 'yearAdverb',
      norm: 'relUnit',
      pattern: '(?<yearAdv>%yearAdv)',
      examples: [
        { text: 'sivjet u rrit eksporti', value: '2023' },
        { text: 'parvjet', value: '2021' },
      ],
    },
    {
      // The day or year of the date written before (`po atë ditë`, `në të njëjtin vit`).
      name: 'sameUnit',
      norm: 'anaphor',
      pattern: '(?:%prep\\s+)?(?:të\\s+njëjtën|të\\s+njëjtin|të\\s+njëjtit|po\\s+atë|po\\s+atij|atë)\\s+(?<unit>%unit)',
      examples: [
        { text: 'U arrestua më 12 maj 2022, por po atë ditë u lirua', value: '2022-05-12' },
        { text: 'Në vitin 2015 u zgjodh deputet. Në të njëjtin vit', value: '2015' },
      ],
    },
    {
      name: 'relUnit',
      norm: 'relUnit',
      pattern: '(?:%prep\\s+)?(?<unit>%unit)\\s+(?<dir>%dir)|(?:%prep\\s+)?(?<dir>%dir)\\s+(?<unit>%unit)(?!\\s+(?:%dir))',
      examples: [
        { text: 'javën e kaluar', value: '2023-W46', anchor: '2023-11-22' },
        { text: 'Vetëm javën e kaluar', value: '2026-W06', anchor: '2026-02-12' },
        { text: 'muajin e kaluar', value: '2023-10' },
        { text: 'vitin e kaluar', value: '2022' },
        { text: 'vitin e ardhshëm', value: '2024' },
        { text: 'këtë javë', value: '2023-W47' },
        { text: 'në fillim të këtij muaji', value: '2023-11' },
        { text: 'u zotua për këtë muajin e kaluar', value: '2023-10' },
      ],
    },
    {
      name: 'weekdayDir',
      norm: 'weekday',
      pattern: '(?:%prep\\s+)?(?:të\\s+|e\\s+)?(?<weekday>%weekday)\\s+(?<dir>%dir)',
      examples: [
        { text: 'të hënën e ardhshme', value: '2023-11-27' },
        { text: 'të premten e kaluar', value: '2023-11-17' },
      ],
    },
    {
      name: 'weekday',
      norm: 'weekday',
      pattern: '(?:%prep\\s+)?(?:ditën\\s+e\\s+|të\\s+|e\\s+)?(?<weekday>%weekday)',
      examples: [
        { text: 'ku qëndroi të hënën', value: '2023-11-20' },
        { text: 'Rama tha të mërkurën', value: '2023-11-22' },
        { text: 'do ta organizojnë të enjten', value: '2023-11-23' },
        { text: 'një samit të enjten', value: '2023-11-23' },
        { text: 'Ai tha të premten', value: '2023-11-17' },
      ],
    },
    {
      name: 'set',
      norm: 'set',
      pattern: '%every\\s+(?<unit>%unit)',
      examples: [{ text: 'çdo vit', value: 'P1Y' }],
    },
    {
      name: 'duration',
      norm: 'duration',
      pattern: '(?:%durPre\\s+)?(?<num>%number)\\s+(?<unit>%unit)',
      examples: [
        { text: 'tri vjet', value: 'P3Y' },
        { text: 'për dy javë', value: 'P2W' },
        { text: 'gjatë 24 orëve', value: 'PT24H' },
      ],
    },
    {
      name: 'fewDuration',
      norm: 'duration',
      pattern: '(?:%durPre\\s+)?(?<few>%few)\\s+(?<unit>%unit)(?!\\s+(?:%agoPost))',
      examples: [{ text: 'për disa muaj', value: 'PXM' }],
    },
    {
      name: 'month',
      norm: 'date',
      pattern: '(?:%prep\\s+)?(?<month>%monthSafe)',
      examples: [
        { text: 'në Turqi në korrik', value: '2026-07', anchor: '2026-02-12' },
        { text: 'në qershor u mbajt', value: '2023-06' },
      ],
    },
    {
      name: 'season',
      norm: 'season',
      pattern: '(?:%prep\\s+)?(?<season>%season)',
      examples: [{ text: 'në pranverë', value: '2023-SP' }],
    },
    {
      name: 'bareYear',
      norm: 'year',
      pattern: '(?:%prep\\s+)?(?<year>(?:19|20)\\d{2})(?![.,/-]\\d)',
      examples: [{ text: 'që nga 1999', value: '1999' }],
    },
  ],
};
export default sq;
