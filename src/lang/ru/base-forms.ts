import type { BaseFormRules } from '../types/base-forms.js';
import { alternatives } from '../_shared/base-form-alternatives.js';

/** Consonant-final stems. */
const C = '[бвгджзйклмнпрстфхцчшщь]';

/** Russian base forms of names (nominative singular). */
const ruBaseForms: BaseFormRules = {
  rules: [
    { form: 'ии', base: 'ия', examples: [['России', 'Россия'], ['Македонии', 'Македония']] },
    { form: 'ию', base: 'ия' },
    { form: 'ией', base: 'ия' },
    { form: 'ской', base: 'ская', types: ['LOC', 'ORG'] },
    { form: 'скую', base: 'ская' },
    { form: 'ного', base: 'ный' },
    { form: 'ского', base: 'ский', examples: [['Зеленского', 'Зеленский']] },
    { form: 'скому', base: 'ский' },
    { form: 'ским', base: 'ский', types: ['PER'] },
    { form: 'ской', base: 'ская', types: ['PER'] },
    { form: 'ной', base: 'ная', types: ['LOC', 'ORG'], examples: [['Северной', 'Северная']] },
    { form: 'ных', base: 'ные', types: ['LOC', 'ORG'] },
    { form: 'ого', base: 'ый' },
    { form: 'ым', base: 'ый', examples: [['Верховным', 'Верховный']] },
    { form: 'ому', base: 'ый' },
    { form: 'ова', base: 'ов', minStem: 2, types: ['PER', 'LOC'], examples: [['Иванова', 'Иванов'], ['Харькова', 'Харьков']] },
    { form: 'ева', base: 'ев', minStem: 2, types: ['PER', 'LOC'] },
    { form: 'ина', base: 'ин', minStem: 2, types: ['PER'], examples: [['Пунина', 'Пунин']] },
    { form: 'ши', base: 'ша', examples: [['Польши', 'Польша']] },
    { form: 'ги', base: 'га', examples: [['Праги', 'Прага']] },
    { form: 'ки', base: 'ка', types: ['LOC', 'ORG'], examples: [['Америки', 'Америка']] },
    { form: 'ке', base: 'ка', types: ['LOC'], examples: [['Америке', 'Америка']] },
    { form: 'ея', base: 'ей', types: ['PER'], examples: [['Андрея', 'Андрей']] },
    { form: 'ия', base: 'ий', types: ['PER'], onlyIfKnown: true },
    { form: 'ой', base: 'а', minStem: 3, types: ['LOC', 'ORG'] },
    { form: 'ой', base: 'а', minStem: 3, types: ['PER'] },
    { form: 'ою', base: 'а' },
    { form: 'ы', base: 'а', minStem: 3, examples: [['Москвы', 'Москва']] },
    { form: 'ове', base: '', minStem: 3, types: ['PER'] },
    { form: 'ом', base: '', minStem: 3, stemEnds: C, examples: [['Столтенбергом', 'Столтенберг']] },
    { form: 'ем', base: '', minStem: 3, stemEnds: C },
    { form: 'а', base: '', minStem: 3, stemEnds: C, types: ['PER'], examples: [['Трампа', 'Трамп'], ['Дональда', 'Дональд']] },
    { form: 'у', base: '', minStem: 3, stemEnds: C, types: ['PER'] },
    { form: 'е', base: '', minStem: 3, types: ['PER'] },
    { form: 'е', base: '', minStem: 3, types: ['LOC'], examples: [['Берлине', 'Берлин']] },
    { form: 'е', base: 'а', minStem: 3, types: ['LOC'], onlyIfKnown: true },
    { form: 'у', base: 'а', minStem: 3, types: ['LOC'] },
    { form: 'а', base: '', minStem: 3, stemEnds: C, types: ['LOC', 'ORG'] },
    { form: 'е', base: '', minStem: 3, types: ['ORG'] },
    { form: 'у', base: '', minStem: 3, stemEnds: C, types: ['ORG'] },
    { form: 'ю', base: 'я', minStem: 3, types: ['LOC'] },
    { form: 'и', base: 'а', minStem: 3, onlyIfKnown: true },
    // other nouns of the paradigms, settled by the dictionary: Брюсселе → Брюссель, Нидерландах → Нидерланды
    ...alternatives(['а', 'у', 'ом', 'е', 'ы', 'и', 'ой', 'ю', 'ем', 'ей', 'ью', 'я', 'ею'], ['', 'а', 'я', 'ь', 'й', 'о', 'е']),
    ...alternatives(['ах', 'ов', 'ам', 'ами', 'ях', 'ей', 'ям', 'ями', 'ев'], ['ы', 'и']),
  ],
  keep: ['ия', 'ская', 'ский', 'ная'],
  adjectiveEndings: ['ого', 'ому', 'ым', 'им', 'ой', 'ом', 'ей', 'ую', 'ая', 'ий', 'ый', 'ых', 'ыми', 'ими', 'ее', 'ое', 'ие', 'ые'],
  hyphenSuffixes: ['а', 'у', 'ом', 'е'],
  lexicons: ['dictionary-ru'],
  complementAfterHead: ['ORG'],
};
export default ruBaseForms;
