import type { BaseFormRules } from '../types/base-forms.js';
import { alternatives } from '../_shared/base-form-alternatives.js';

/** Consonant-final stems. */
const C = '[бвгґджзйклмнпрстфхцчшщь]';

/** Ukrainian base forms of names (nominative singular); person names are checked against `shevchenko`. */
const ukBaseForms: BaseFormRules = {
  rules: [
    // -ія nouns: Македонії, Македонію, Македонією → Македонія
    { form: 'ії', base: 'ія', examples: [['Македонії', 'Македонія'], ['Греції', 'Греція']] },
    { form: 'ію', base: 'ія' },
    { form: 'ією', base: 'ія' },
    // feminine adjectives: Північної, Північній, Північну → Північна
    { form: 'ної', base: 'на', examples: [['Північної', 'Північна']] },
    { form: 'ній', base: 'на', types: ['LOC', 'ORG'], examples: [['Північній', 'Північна']] },
    { form: 'ною', base: 'на' },
    { form: 'ської', base: 'ська' },
    { form: 'ській', base: 'ська', types: ['LOC', 'ORG'] },
    { form: 'ську', base: 'ська' },
    // adjectives plural: Західних → Західні
    { form: 'их', base: 'і', types: ['LOC', 'ORG'], examples: [['Західних', 'Західні']] },
    // masculine adjectives / surnames in -ський: Зеленського → Зеленський
    { form: 'ського', base: 'ський', examples: [['Зеленського', 'Зеленський']] },
    { form: 'ському', base: 'ський' },
    { form: 'ським', base: 'ський' },
    { form: 'ого', base: 'ий' },
    // feminine -а nouns: України, Україні, Україну, Україною → Україна
    { form: 'ою', base: 'а', examples: [['Кароліною', 'Кароліна']] },
    { form: 'ею', base: 'я' },
    { form: 'и', base: 'а', minStem: 3, examples: [['Європи', 'Європа'], ['України', 'Україна']] },
    { form: 'їні', base: 'їна', examples: [['Україні', 'Україна']] },
    { form: 'ні', base: 'на', onlyIfKnown: true },
    { form: 'їну', base: 'їна', examples: [['Україну', 'Україна']] },
    { form: 'тину', base: 'тина', examples: [['Приштину', 'Приштина']] },
    { form: 'ю', base: 'я', minStem: 2 },
    // masculine consonant stems: Столтенберга, Столтенбергу, Столтенбергом, Столтенбергові → Столтенберг
    { form: 'ові', base: '', minStem: 3, stemEnds: C, examples: [['Столтенбергові', 'Столтенберг']] },
    { form: 'ом', base: '', minStem: 3, stemEnds: C, examples: [['Столтенбергом', 'Столтенберг']] },
    { form: 'ем', base: '', minStem: 3, stemEnds: C },
    { form: 'а', base: '', minStem: 3, stemEnds: C, types: ['PER'], examples: [['Тараса', 'Тарас']] },
    { form: 'у', base: '', minStem: 3, stemEnds: C, examples: [['Альянсу', 'Альянс'], ['Укрінформу', 'Укрінформ']] },
    { form: 'а', base: '', minStem: 3, stemEnds: C, types: ['LOC', 'ORG'] },
    { form: 'і', base: '', minStem: 3, types: ['LOC'], onlyIfKnown: true },
    { form: 'і', base: 'о', minStem: 3, types: ['LOC'], onlyIfKnown: true, examples: [['Косові', 'Косово']] },
    // velar alternation: Америці → Америка, Страсбурзі → Страсбург
    { form: 'ці', base: 'ка', minStem: 3, types: ['LOC', 'ORG'], examples: [['Америці', 'Америка']] },
    { form: 'зі', base: 'г', minStem: 3, types: ['LOC', 'ORG'], onlyIfKnown: true },
    { form: 'зі', base: 'га', minStem: 3, types: ['LOC', 'ORG'], onlyIfKnown: true },
    { form: 'сі', base: 'ха', minStem: 3, types: ['LOC', 'ORG'], onlyIfKnown: true },
    { form: 'і', base: 'а', minStem: 3 },
    { form: 'ія', base: 'ій', types: ['PER'], examples: [['Андрія', 'Андрій']] },
    { form: 'ця', base: 'ець', types: ['PER'], examples: [['Дочинця', 'Дочинець']] },
    { form: 'ся', base: 'сь', types: ['PER'], examples: [['Михася', 'Михась']] },
    { form: 'ла', base: 'ло', types: ['PER'], onlyIfKnown: true },
    { form: 'ним', base: 'ний' },
    // adjectives before a noun: Великої, Великій, Велику Британії → Велика; Вищим судом → Вищий суд
    { form: 'ої', base: 'а', beforeAnother: true, examples: [['Великої', 'Велика']] },
    { form: 'ій', base: 'а', beforeAnother: true, types: ['LOC', 'ORG'] },
    { form: 'у', base: 'а', beforeAnother: true, stemEnds: '[кнгрл]', types: ['LOC', 'ORG'] },
    { form: 'ого', base: 'ий', beforeAnother: true },
    { form: 'ому', base: 'ий', beforeAnother: true },
    { form: 'им', base: 'ий', beforeAnother: true },
    { form: 'ім', base: 'ий', beforeAnother: true },
    { form: 'их', base: 'ий', beforeAnother: true },
    { form: 'ими', base: 'ий', beforeAnother: true },
    { form: 'е', base: 'ий', beforeAnother: true, stemEnds: '[нвтлрк]', types: ['LOC', 'ORG'] },
    { form: 'і', base: 'ий', beforeAnother: true, stemEnds: '[нвтлрк]', types: ['LOC', 'ORG'] },
    // other nouns of the paradigms, settled by the dictionary: Брюсселем → Брюссель, Нідерландах → Нідерланди
    // (hard stems and soft ones: Брюсселем is `Брюссель`, not `Брюссел`)
    ...alternatives(['а', 'у', 'ом', 'і', 'и', 'ою', 'ові'], ['', 'а', 'о']),
    ...alternatives(['я', 'ю', 'ем', 'і', 'ею', 'еві', 'єві', 'ей'], ['ь', 'й', 'я', 'е']),
    ...alternatives(['ах', 'ів', 'ам', 'ами', 'ях', 'ям', 'ями', 'їв'], ['и', 'і']),
    // і/о, і/е alternation in closed syllables: Львова, Києва → Львів, Київ
    ...alternatives(['ова', 'ову', 'ові', 'овом', 'ева', 'еві', 'евом', 'єва', 'єві', 'євом'], ['ів', 'їв'], { minStem: 2 }),
    ...alternatives(['ра', 'рі', 'ру', 'ром'], ['ер', 'ар', 'ор']),
  ],
  keep: ['ія', 'ська', 'ний', 'ський'],
  adjectiveEndings: ['ого', 'ому', 'им', 'ої', 'ій', 'ою', 'у', 'а', 'ий', 'их', 'ими', 'е', 'і'],
  hyphenSuffixes: ['у', 'а', 'ом', 'і'],
  lexicons: ['dictionary-uk'],
  complementAfterHead: ['ORG'],
  agreement: {
    nouns: [['[оеє]', 'n'], ['[ая]', 'f'], ['[иі]', 'pl'], ['[бвгґджзклмнпрстфхцчшщй]', 'm']],
    adjectives: [
      { m: 'ський', f: 'ська', n: 'ське', pl: 'ські' },
      { m: 'ній', f: 'ня', n: 'нє', pl: 'ні' },
      { m: 'ий', f: 'а', n: 'е', pl: 'і' },
    ],
  },
};
export default ukBaseForms;
