import type { NameLexicon } from '../types/names.js';

const MK_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', е: 'e', ж: 'zh', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj',
  м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dzh', ш: 'sh',
};

/**
 * Macedonian names: the official romanisation, the Macedonian spelling of Latin names (Serbo-
 * Croatian letters included: `ć` → `ќ`, `đ` → `ѓ`), definite articles on names of places and
 * organisations (`Алијансата`), titles of offices.
 */
const names: NameLexicon = {
  and: 'и',
  suffixes: ['ата', 'ите', 'от', 'та', 'то', 'те', 'ов', 'ова'],
  inflections: [
    { ends: '[^аеиоу]', drop: 0, add: ['от', 'ов', 'ова', 'ови'], types: ['PER', 'ORG'], examples: [['Столтенберг', 'Столтенбергов']] },
    { ends: 'а', drop: 0, add: ['та'], types: ['ORG', 'LOC'], examples: [['Алијанса', 'Алијансата']] },
    { ends: 'а', drop: 1, add: ['ин', 'ина', 'ините'], types: ['PER'] },
  ],
  acronymSuffixes: ['то', 'от', 'та'],
  toLatin: { map: MK_TO_LAT },
  fromLatin: {
    map: {
      dzh: 'џ', dž: 'џ', dz: 'ѕ', gj: 'ѓ', kj: 'ќ', lj: 'љ', nj: 'њ', sh: 'ш', zh: 'ж', ch: 'ч', kh: 'х', ts: 'ц', ph: 'ф', th: 'т',
      ck: 'к', ee: 'и', oo: 'у', ya: 'ја', yu: 'ју', ye: 'је', ja: 'ја', ju: 'ју', je: 'је',
      a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ќ', d: 'д', đ: 'ѓ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м',
      n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'и', z: 'з', ž: 'ж',
      ë: 'е', ç: 'ч', á: 'а', é: 'е', í: 'и', ó: 'о', ú: 'у', ö: 'е', ü: 'ју', ä: 'е', ß: 'сс',
    },
  },
  roleTitles: [
    { role: 'secretary-general', phrases: ['генерален секретар', 'генералниот секретар', 'генералната секретарка'] },
    { role: 'head', phrases: ['шеф', 'шефот', 'лидер', 'лидерот', 'раководител', 'раководителот', 'челник', 'челникот'] },
    { role: 'president', phrases: ['претседател', 'претседателот', 'претседателка', 'претседателката', 'претседателката на'] },
    { role: 'prime-minister', phrases: ['премиер', 'премиерот', 'премиерка', 'премиерката', 'претседател на владата', 'претседателот на владата'] },
    { role: 'foreign-minister', phrases: ['министер за надворешни работи', 'министерот за надворешни работи', 'министерка за надворешни работи', 'шеф на дипломатијата', 'шефот на дипломатијата'] },
    { role: 'defence-minister', phrases: ['министер за одбрана', 'министерот за одбрана', 'министерка за одбрана', 'министерката за одбрана'] },
    { role: 'high-representative', phrases: ['висок претставник', 'високиот претставник', 'висока претставничка'] },
    { role: 'chancellor', phrases: ['канцелар', 'канцеларот', 'канцеларка', 'канцеларката'] },
  ],
  roleLinks: ['на'],
};
export default names;
