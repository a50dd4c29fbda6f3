import type { BaseFormRules } from '../types/base-forms.js';

/** English base forms: the possessive is dropped (`Trump's` → `Trump`). */
const enBaseForms: BaseFormRules = {
  rules: [],
  hyphenSuffixes: ["s", "'s", '’s'],
};
export default enBaseForms;
