import type { EventLexicon } from '../types/events.js';
import { latinToCyrillic } from '../_shared/sh-translit.js';

/**
 * Event knowledge shared by the Serbian, Bosnian, Croatian and Montenegrin packs, written once in
 * Latin (ijekavian and ekavian forms) and matched in both scripts.
 */
const latin: EventLexicon = {
  triggers: {
    meeting: [
      'sastan*', 'sastank*', 'sastao', 'sastala', 'sastali', 'sastale', 'sastaje', 'sastaju', 'sastati', 'sastat će', 'susret*',
      'sreo', 'srela', 'sreli', 'sresti', 'sjednic*', 'sednic*', 'razgovor*', 'pregovor*',
    ],
    visit: ['posjet*', 'poset*', 'boravio u', 'boravila u', 'boravi u', 'boraviće u', 'boravit će u', 'turnej*', 'obišao', 'obišla'],
    summit: ['samit*'],
    press_conference: [
      'konferencija za novinare', 'konferenciji za novinare', 'konferenciju za novinare', 'konferencije za novinare',
      'konferencija za medije', 'konferenciji za medije', 'konferenciju za medije', 'konferencije za medije',
      'konferencija za štampu', 'konferenciji za štampu', 'konferenciju za štampu', 'konferencije za štampu',
      'pres konferencij*', 'press konferencij*', 'pres-konferencij*', 'konferencija za tisak', 'konferenciji za tisak', 'konferenciju za tisak', 'konferencije za tisak', 'brifing*',
    ],
    statement: ['govor', 'govoru', 'govora', 'obraćanje', 'obraćanju', 'obratio se', 'obratila se', 'izjava', 'izjavu', 'saopćenje', 'saopćenju', 'saopštenje', 'saopštenju', 'priopćenje', 'priopćenju'],
    deployment: ['rasporedi*', 'raspoređ*', 'razmjest*', 'razmest*', 'razmješt*', 'razmešt*', 'stacionir*'],
    commitment: [
      'obavezal*', 'obavezao se', 'obavezala se', 'obavezali su se', 'obvezal*', 'obvezao se', 'obvezala se', 'složili su se',
      'složile su se', 'dogovorili su', 'usaglasili su', 'obećao', 'obećala', 'obećali', 'obećanje', 'preuzeli obavezu', 'preuzela obavezu', 'preuzeo obavezu',
    ],
  },
  locatives: ['u', 'na'],
  missionNouns: ['misij*'],
  relativeWhere: ['gdje', 'gde', 'gdje će', 'gde će'],
  capitalNouns: ['glavnom gradu', 'glavni grad', 'prijestolnici', 'prestonici', 'metropoli'],
  future: ['će', 'ćemo', 'ćete', 'ću', 'ćeš', 'biće', 'bit će', 'planira', 'planiraju', 'planirano', 'planiran', 'planirani', 'predstojeći', 'predstojećem', 'naredni', 'narednom', 'sljedeći', 'sledeći', 'sljedećem', 'sledećem', 'trebalo bi', 'treba da'],
  negation: ['ne', 'nije', 'nisu', 'neće', 'nikada'],
  approximate: ['oko', 'približno', 'gotovo', 'skoro', 'nekih', 'više od', 'preko', 'do'],
  units: {
    troops: ['vojnik*', 'pripadnik*', 'snag*', 'trupa', 'trupe', 'vojnih lica', 'vojnica'],
    EUR: ['eur*', 'evra', 'evro', 'eura'],
    USD: ['dolar*'],
  },
  gdp: ['bdp*', 'bruto domaćeg proizvoda'],
  numbers: { 'hiljadu': 1000, 'hiljade': 1000, 'hiljada': 1000, 'tisuću': 1000, 'tisuće': 1000, 'tisuća': 1000, 'milion*': 1e6, 'milijun*': 1e6, 'milijard*': 1e9, 'milijarad*': 1e9 },
};

const both = (xs: readonly string[]) => [...new Set([...xs, ...xs.map(latinToCyrillic)])];
const eachList = <K extends string>(r: Partial<Record<K, string[]>>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, both(v as string[])])) as Record<K, string[]>;

export const shEvents: EventLexicon = {
  triggers: eachList(latin.triggers),
  locatives: both(latin.locatives),
  missionNouns: both(latin.missionNouns),
  relativeWhere: both(latin.relativeWhere),
  capitalNouns: both(latin.capitalNouns),
  future: both(latin.future),
  negation: both(latin.negation),
  approximate: both(latin.approximate),
  units: eachList(latin.units),
  gdp: both(latin.gdp),
  numbers: Object.fromEntries(Object.entries(latin.numbers).flatMap(([k, v]) => [[k, v], [latinToCyrillic(k), v]])),
};
export default shEvents;
