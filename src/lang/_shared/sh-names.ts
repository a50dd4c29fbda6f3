import type { NameLexicon, SpellingTable } from '../types/names.js';
import { SERBIAN_CYR_TO_LAT } from './sh-translit.js';

/**
 * Names in Serbian, Croatian, Bosnian and Montenegrin (Latin spelling; the Cyrillic spelling is
 * an exact transliteration, see SERBIAN_CYRILLIC below): case endings of nouns, surnames and
 * adjectives in names, possessive adjectives (`Stoltenbergovom`), hyphenated endings after
 * acronyms (`NATO-a`), the ijekavian→ekavian alternation and titles of offices.
 */
export const shNames: NameLexicon = {
  and: 'i',
  suffixes: ['ovima', 'ovom', 'ovog', 'ijom', 'ama', 'ima', 'om', 'em', 'oj', 'og', 'a', 'e', 'i', 'u'],
  inflections: [
    // Masculine consonant-final: Beograd → Beograda, Beogradu; Kfor → Kfora; Stoltenberg → Stoltenbergom, Stoltenbergovom.
    {
      ends: '[^aeiou]',
      drop: 0,
      add: ['a', 'u', 'om', 'em', 'e', 'i', 'ima', 'ov', 'ova', 'ove', 'ovo', 'ovu', 'ovi', 'ovog', 'ovoga', 'ovom', 'ovome', 'ovim', 'ovih', 'ovoj', 'ev', 'eva', 'evog', 'evom', 'evoj', 'evu', 'evi'],
      examples: [['Beograd', 'Beogradu'], ['Stoltenberg', 'Stoltenbergovom'], ['Kfor', 'Kfora']],
    },
    // Fleeting a: Aleksandar → Aleksandra, Aleksandrom; Kragujevac → Kragujevcu; Bihać stays.
    { ends: '[^aeiou]ar', drop: 2, add: ['ra', 'ru', 'rom', 're', 'rov', 'rova', 'rovog', 'rovom'], examples: [['Aleksandar', 'Aleksandrom']] },
    { ends: '[^aeiou]ac', drop: 2, add: ['ca', 'cu', 'cem', 'ce'], examples: [['Kragujevac', 'Kragujevcu']] },
    { ends: '[^aeiou]ak', drop: 2, add: ['ka', 'ku', 'kom', 'ke'] },
    // Feminine -a (nouns, names, adjectives): Srbija → Srbije, Srbiju, Srbijom; Sjeverna → Sjevernoj; Alijansa → Alijanse.
    {
      ends: 'a',
      drop: 1,
      add: ['a', 'e', 'i', 'u', 'om', 'oj', 'in', 'ina', 'inog', 'inom', 'inoj', 'inu', 'ine'],
      examples: [['Srbija', 'Srbijom'], ['Sjeverna', 'Sjevernoj'], ['Alijansa', 'Alijansom'], ['Priština', 'Prištine']],
    },
    // Neuter and masculine -o: Kosovo → Kosova, Kosovu; Marko → Markom.
    { ends: 'o', drop: 1, add: ['a', 'u', 'om', 'e', 'ov', 'ova', 'ovom', 'ovog'], examples: [['Kosovo', 'Kosovu']] },
    // Names in -e and -i (Rutte, Kurti, Osmani): Ruttea, Kurtija, Kurtijem.
    { ends: '[ei]', drop: 0, add: ['a', 'u', 'om', 'ja', 'ju', 'jem', 'jev', 'jevog', 'jevom', 'jeva'], examples: [['Kurti', 'Kurtija'], ['Rutte', 'Ruttea']] },
    // Masculine adjectives in names: Vojni → Vojnog, Vojnom; Crni → Crnog.
    { ends: 'i', drop: 1, add: ['og', 'oga', 'om', 'ome', 'im', 'ih', 'e'], examples: [['Vojni', 'Vojnom']] },
    // Adjective in -ski/-ška/-sko and masculine -ski surnames: Zelenski → Zelenskog.
    { ends: 'ski', drop: 1, add: ['og', 'om', 'ov'] },
  ],
  acronymSuffixes: ['a', 'u', 'om', 'e', 'i', 'ovi', 'ov', 'ova', 'ovog', 'ovom', 'ovim', 'ovih', 'ove', 'ovoj', 'ovu', 'ovih'],
  alternations: {
    // Ijekavian → ekavian: Sjeverna → Severna, bezbjednosti → bezbednosti, vijeće → veće.
    map: { ije: ['ije', 'e'], je: ['je', 'e'] },
  },
  roleTitles: [
    { role: 'secretary-general', phrases: ['generalni sekretar', 'generalnog sekretara', 'generalnom sekretaru', 'generalna sekretarka', 'glavni tajnik', 'glavnog tajnika', 'glavni sekretar', 'generalni tajnik', 'generalnog tajnika'] },
    { role: 'head', phrases: ['šef', 'šefa', 'šefu', 'šefom', 'čelnik', 'čelnika', 'čelniku', 'lider', 'lidera', 'vođa', 'vođe', 'prvi čovjek', 'prvi čovek'] },
    { role: 'president', phrases: ['predsjednik', 'predsjednika', 'predsjedniku', 'predsjednikom', 'predsednik', 'predsednika', 'predsedniku', 'predsednikom', 'predsjednica', 'predsjednice', 'predsednica', 'predsednice'] },
    { role: 'prime-minister', phrases: ['premijer', 'premijera', 'premijeru', 'premijerom', 'premijerka', 'premijerke', 'predsjednik vlade', 'predsednik vlade', 'predsjednica vlade', 'predsednica vlade'] },
    { role: 'foreign-minister', phrases: ['ministar vanjskih poslova', 'ministra vanjskih poslova', 'ministar spoljnih poslova', 'ministra spoljnih poslova', 'ministar inostranih poslova', 'ministarka vanjskih poslova', 'ministarka spoljnih poslova', 'šef diplomatije', 'šef diplomacije', 'šefica diplomatije', 'šefica diplomacije'] },
    { role: 'defence-minister', phrases: ['ministar odbrane', 'ministra odbrane', 'ministar obrane', 'ministra obrane', 'ministarka odbrane', 'ministarka obrane'] },
    { role: 'high-representative', phrases: ['visoki predstavnik', 'visokog predstavnika', 'visoka predstavnica', 'visoke predstavnice'] },
    { role: 'chancellor', phrases: ['kancelar', 'kancelara', 'kancelarka', 'kancelarke'] },
    { role: 'commander', phrases: ['komandant', 'komandanta', 'zapovjednik', 'zapovjednika'] },
  ],
  roleLinks: [],
};

function withCapitals(m: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...m };
  for (const [k, v] of Object.entries(m)) out[k.toUpperCase()] = v.charAt(0).toUpperCase() + v.slice(1);
  return out;
}
function inverse(m: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) out[v] = k;
  return out;
}
/** Serbian (and Montenegrin, Bosnian) Cyrillic ↔ Latin: exact, letter for letter (the alphabet of ./sh-translit.ts). */
export const SERBIAN_CYRILLIC: { toLatin: SpellingTable; fromLatin: SpellingTable } = {
  toLatin: { map: withCapitals(SERBIAN_CYR_TO_LAT) },
  fromLatin: { map: { ...withCapitals(inverse(SERBIAN_CYR_TO_LAT)), LJ: 'Љ', NJ: 'Њ', DŽ: 'Џ', q: 'к', w: 'в', x: 'кс', y: 'ј', Q: 'К', W: 'В', X: 'Кс', Y: 'Ј' } },
};
export { withCapitals, inverse };
