import type { BaseFormRules } from '../types/base-forms.js';

/** Macedonian base forms: names barely inflect; definite articles are dropped (`Вардарот` → `Вардар`). */
const mkBaseForms: BaseFormRules = {
  rules: [
    { form: 'от', base: '', minStem: 3, types: ['LOC', 'ORG'], examples: [['Вардарот', 'Вардар']] },
    { form: 'ата', base: 'а', minStem: 3, types: ['LOC', 'ORG'] },
    { form: 'ов', base: '', minStem: 4, types: ['PER'], onlyIfKnown: true },
  ],
  hyphenSuffixes: ['от', 'та', 'то', 'а'],
};
export default mkBaseForms;
