import type { BaseFormRules } from '../types/base-forms.js';

/**
 * Bulgarian base forms: names have no cases; the definite article, written on the first word of
 * a name only, is dropped (`Парламентът` → `Парламент`, `Европейската комисия` → `Европейска
 * комисия`, `Съда на ЕС` → `Съд на ЕС`). Ambiguous endings (`-а` is the short article of
 * masculine nouns and the nominative of feminine ones) are settled by the dictionary.
 */
const bgBaseForms: BaseFormRules = {
  rules: [
    // masculine nouns: full and short article
    { form: 'ът', sure: true, base: '', minStem: 3, examples: [['Парламентът', 'Парламент']] },
    { form: 'ят', base: 'й', minStem: 3, onlyIfKnown: true },
    { form: 'ят', base: '', minStem: 3, onlyIfKnown: true },
    { form: 'а', base: '', minStem: 3, types: ['LOC'], onlyIfKnown: true },
    { form: 'а', base: '', minStem: 3, types: ['ORG'], stemEnds: '[бгджзлмпрстфхцчшщ]', examples: [['Съда', 'Съд'], ['Евросъюза', 'Евросъюз']] },
    // masculine adjectives before a noun: Европейския, Европейският → Европейски; Върховния → Върховен
    { form: 'ия', base: 'и', minStem: 3, beforeAnother: true, examples: [['Европейския', 'Европейски']] },
    { form: 'ият', sure: true, base: 'и', minStem: 3, examples: [['Европейският', 'Европейски']] },
    { form: 'ския', base: 'ски', minStem: 2, beforeAnother: true },
    { form: 'ният', sure: true, base: 'ен', minStem: 3, examples: [['Върховният', 'Върховен']] },
    { form: 'ния', base: 'ен', minStem: 3, beforeAnother: true, examples: [['Държавния', 'Държавен']] },
    { form: 'ският', sure: true, base: 'ски', minStem: 2 },
    { form: 'ия', base: 'ия', minStem: 3 },
    // feminine and neuter: Европейската → Европейска, Еврокомисията → Еврокомисия, Обединеното → Обединено
    { form: 'ата', sure: true, base: 'а', minStem: 2, examples: [['Европейската', 'Европейска'], ['Камарата', 'Камара']] },
    { form: 'ята', sure: true, base: 'я', minStem: 2, examples: [['Еврокомисията', 'Еврокомисия']] },
    { form: 'ото', sure: true, base: 'о', minStem: 2, examples: [['Обединеното', 'Обединено']] },
    { form: 'ето', sure: true, base: 'е', minStem: 2 },
    // plural: британците → британци, Западните → Западни
    { form: 'ите', sure: true, base: 'и', minStem: 3, examples: [['британците', 'британци'], ['Балканите', 'Балкани']] },
    { form: 'та', base: '', minStem: 4, types: ['ORG'], onlyIfKnown: true },
  ],
  hyphenSuffixes: ['ът', 'а', 'то', 'та'],
  lexicons: ['dictionary-bg'],
  complementAfterHead: ['ORG'],
  firstWordOnly: true,
};
export default bgBaseForms;
