import type { NameLexicon } from '../types/names.js';

/**
 * Albanian names: definite and case suffixes of proper nouns, the Albanian spelling of Slavic
 * names (ć→q, č→ç, đ→gj, dž→xh, š→sh, ž→zh, lj→ll), hyphenated suffixes after acronyms and
 * the titles of offices.
 */
const names: NameLexicon = {
  and: 'e',
  suffixes: ['-së', '-në', '-ve', '-ja', '-it', '-ut', '-in', '-un', '-s', '-n', '-t', '-i', '-u', '-a', 'ës', 'ën', 'isë', 'inë', 'së', 'në', 've', 'ja', 'it', 'ut', 'in', 'un', 'ës', 'ën', 'ë', 'i', 'u', 'a', 's', 'n'],
  inflections: [
    // Feminine in -ë: Kosovë → Kosova, Kosovën, Kosovës; Ukrainë, Prishtinë, Francë.
    { ends: 'ë', drop: 1, add: ['ë', 'a', 'ën', 'ës', 'e', 'ave'], examples: [['Kosovë', 'Kosovën'], ['Prishtinë', 'Prishtinës']] },
    // Definite feminine in -a: Evropa → Evropë, Evropës; Haga → Hagës; Aleanca → Aleancës; Rama → Ramës.
    { ends: '[^i]a', drop: 1, add: ['ë', 'ës', 'ën', 'a', 'e'], examples: [['Haga', 'Hagës'], ['Aleanca', 'Aleancës']] },
    { ends: '[^i]a', drop: 0, add: ['s', 'n', 'së', 'në', 'ja'], types: ['LOC', 'ORG'] },
    // -ia: Kroacia → Kroacisë, Kroacinë, Kroaci; Britania → Britanisë.
    { ends: 'ia', drop: 1, add: ['', 'së', 'në', 'e', 'a'], examples: [['Britania', 'Britanisë']] },
    // -i, feminine (Turqi → Turqia, Turqisë) and masculine definite (Kurti → Kurtit, Mali → Malit).
    { ends: 'i', drop: 0, add: ['a', 'së', 'në', 'e', 't', 'n', 'u'], examples: [['Shqipëri', 'Shqipërisë'], ['Mali', 'Malit'], ['Rusi', 'Rusinë']] },
    // Masculine in a consonant: Beograd → Beogradi, Beogradit, Beogradin; Bruksel → Brukseli.
    { ends: '[^aeiouyëkgh]', drop: 0, add: ['i', 'it', 'in', 'e', 'ët', 'ëve'], examples: [['Beograd', 'Beogradit'], ['Ballkan', 'Ballkanin']] },
    // After k, g, h: Stoltenberg → Stoltenbergu, Stoltenbergut, Stoltenbergun.
    { ends: '[kgh]', drop: 0, add: ['u', 'ut', 'un', 'e', 'u'], examples: [['Stoltenberg', 'Stoltenbergut']] },
    // Vowel-final foreign names: Rutte → Ruttes, Rutten; Kiev(o) → Kievit is covered above.
    { ends: '[eouy]', drop: 0, add: ['s', 'n', 'ja', 'së', 'në', 't', 'ut', 'u', 'ja', 'në'], examples: [['Rutte', 'Ruttes'], ['Kosovo', 'Kosovos']] },
    // Definite plural: Shtetet → Shteteve; Bashkuara stays.
    { ends: '[ae]t', drop: 0, add: ['ve'], examples: [['Shtetet', 'Shtetetve']] },
    { ends: 'et', drop: 1, add: ['ve'], examples: [['Shtetet', 'Shteteve']] },
    // Connective articles agree with the noun's case: Mali i Zi → Malit të Zi; Britania e Madhe → Britanisë së Madhe.
    { ends: '^[ie]', drop: 1, add: ['të', 'së', 'e', 'i'], examples: [['i', 'të'], ['e', 'së']] },
  ],
  acronymSuffixes: ['s', 'së', 'në', 'n', 'ja', 'ja', 've', 'it', 'in', 'i', 'u', 'ut', 'un', 'a', 'ës', 'ën', 'ë', 'të', 'ës'],
  fromLatin: {
    map: { ć: 'q', č: 'ç', đ: 'gj', dž: 'xh', š: 'sh', ž: 'zh', lj: ['lj', 'l'], l: ['l', 'll'], ll: 'll', w: 'v' },
  },
  roleTitles: [
    { role: 'secretary-general', phrases: ['sekretari i përgjithshëm', 'sekretarit të përgjithshëm', 'sekretar i përgjithshëm', 'sekretari gjeneral', 'sekretarit gjeneral', 'sekretar gjeneral'] },
    { role: 'head', phrases: ['kreu', 'kreut', 'shefi', 'shefit', 'shef', 'udhëheqësi', 'udhëheqësit', 'lideri', 'liderit', 'drejtuesi', 'drejtuesit'] },
    { role: 'president', phrases: ['presidenti', 'presidentit', 'president', 'presidentja', 'presidentes', 'presidente', 'kryetari', 'kryetarit', 'kryetarja'] },
    { role: 'prime-minister', phrases: ['kryeministri', 'kryeministrit', 'kryeministër', 'kryeministrja', 'kryeministres', 'kryeministre'] },
    { role: 'foreign-minister', phrases: ['ministri i jashtëm', 'ministri i punëve të jashtme', 'ministrit të jashtëm', 'ministrit të punëve të jashtme', 'ministrja e jashtme', 'ministrja e punëve të jashtme', 'shefi i diplomacisë', 'shefja e diplomacisë'] },
    { role: 'defence-minister', phrases: ['ministri i mbrojtjes', 'ministrit të mbrojtjes', 'ministrja e mbrojtjes', 'ministres së mbrojtjes'] },
    { role: 'high-representative', phrases: ['përfaqësuesi i lartë', 'përfaqësuesit të lartë', 'përfaqësuesja e lartë', 'shefja e diplomacisë', 'shefi i politikës së jashtme'] },
    { role: 'chancellor', phrases: ['kancelari', 'kancelarit', 'kancelarja', 'kancelares'] },
    { role: 'commander', phrases: ['komandanti', 'komandantit'] },
  ],
  roleLinks: ['i', 'e', 'të', 'së', 'së'],
};
export default names;
