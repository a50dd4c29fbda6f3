/** Macedonian abbreviations after which a full stop does not end a sentence. */
export default [
  'г.', 'год.', 'проф.', 'д-р.', 'м-р.', 'бр.', 'ул.', 'сп.', 'итн.', 'т.е.', 'т.н.', 'мил.', 'млрд.', 'ден.', 'стр.', 'с.', 'чл.', 'ген.', 'св.', 'вол.', 'англ.', 'пр.', 'сл.'
];
