/** Bulgarian abbreviations after which a full stop does not end a sentence. */
export default [
  'г.', 'гр.', 'с.', 'т.нар.', 'напр.', 'проф.', 'д-р.', 'ул.', 'бр.', 'млн.', 'млрд.', 'хил.', 'т.е.', 'вж.', 'ген.', 'стр.', 'лв.', 'чл.', 'ал.', 'св.', 'т.н.'
];
