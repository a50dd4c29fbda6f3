import type { BaseFormRules } from '../types/base-forms.js';

/** Bulgarian base forms: definite articles are dropped (`Парламентът` → `Парламент`). */
const bgBaseForms: BaseFormRules = {
  rules: [
    { form: 'ът', base: '', minStem: 3, examples: [['Парламентът', 'Парламент']] },
    { form: 'ия', base: 'ия', minStem: 3 },
    { form: 'та', base: '', minStem: 4, types: ['ORG'], onlyIfKnown: true },
  ],
  hyphenSuffixes: ['ът', 'а', 'то', 'та'],
  lexicons: ['dictionary-bg'],
  complementAfterHead: ['ORG'],
};
export default bgBaseForms;
