import type { NameLexicon } from '../types/names.js';

/**
 * Bulgarian names: the official romanisation (Transliteration Act 2009), the Bulgarian spelling
 * of Latin names, definite articles on names of organisations, titles of offices.
 */
const names: NameLexicon = {
  and: 'и',
  suffixes: ['ът', 'та', 'то', 'те', 'а', 'я'],
  inflections: [
    { ends: '[^аеиоуъюя]', drop: 0, add: ['а', 'ът'], types: ['ORG', 'LOC'], examples: [['Алианс', 'Алианса']] },
    { ends: 'а', drop: 0, add: ['та'], types: ['ORG'] },
  ],
  acronymSuffixes: [],
  toLatin: {
    map: {
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
      п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
    },
  },
  fromLatin: {
    map: {
      sht: 'щ', sch: 'ш', sh: 'ш', ch: 'ч', zh: 'ж', kh: 'х', ts: 'ц', tz: 'ц', ya: 'я', yu: 'ю', ja: 'я', ju: 'ю', ye: 'е', je: 'е',
      ph: 'ф', th: 'т', ck: 'к', qu: 'кв', ee: 'и', oo: 'у', ce: 'це', ci: 'ци', lj: 'л', nj: 'н', dž: 'дж', dj: 'дж', đ: 'дж',
      a: 'а', b: 'б', c: 'к', č: 'ч', ć: 'ч', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н',
      o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', y: 'и', z: 'з', ž: 'ж', ë: 'е', ç: 'ч',
      á: 'а', é: 'е', í: 'и', ó: 'о', ú: 'у', ö: 'ьо', ü: 'ю', ä: 'е', ß: 'с',
    },
  },
  roleTitles: [
    { role: 'secretary-general', phrases: ['генерален секретар', 'генералният секретар', 'генералния секретар'] },
    { role: 'head', phrases: ['шеф', 'шефът', 'шефа', 'лидер', 'лидерът', 'лидера', 'ръководител', 'ръководителят'] },
    { role: 'president', phrases: ['президент', 'президентът', 'президента', 'председател', 'председателят', 'председателя'] },
    { role: 'prime-minister', phrases: ['премиер', 'премиерът', 'премиера', 'министър-председател', 'министър-председателят', 'министър-председателя'] },
    { role: 'foreign-minister', phrases: ['министър на външните работи', 'министърът на външните работи', 'министъра на външните работи', 'външен министър', 'външният министър', 'външния министър'] },
    { role: 'defence-minister', phrases: ['министър на отбраната', 'министърът на отбраната', 'министъра на отбраната'] },
    { role: 'high-representative', phrases: ['върховен представител', 'върховният представител', 'върховния представител'] },
    { role: 'chancellor', phrases: ['канцлер', 'канцлерът', 'канцлера'] },
  ],
  roleLinks: ['на'],
};
export default names;
