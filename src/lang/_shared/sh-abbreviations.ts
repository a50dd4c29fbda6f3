/**
 * Abbreviations shared by Serbian, Bosnian, Croatian and Montenegrin (Latin and Cyrillic):
 * the languages' folders import this list and add their own.
 */
export default [
  'dr.', 'prof.', 'mr.', 'tzv.', 'npr.', 'itd.', 'sl.', 'tj.', 'br.', 'god.', 'st.', 'ul.', 'gosp.', 'gđa.', 'gđ.', 'g.', 'mil.', 'mlrd.', 'min.', 'sv.', 'v.d.', 'pr.', 'n.e.', 'p.n.e.', 'str.', 'čl.', 'al.', 'doc.', 'ing.', 'gen.', 'pukov.', 'red.', 'ur.', 'tel.', 'pok.', 'br.', 'prim.', 'odn.', 'mn.', 'itd.', 'i sl.', 'dipl.', 'mag.', 'akad.',
  // initials written with a digraph letter: Dž. Bajden, Lj. Popović
  'dž.', 'lj.', 'nj.', 'џ.', 'љ.', 'њ.',
  'др.', 'проф.', 'мр.', 'тзв.', 'нпр.', 'итд.', 'сл.', 'тј.', 'бр.', 'год.', 'ст.', 'ул.', 'госп.', 'г.', 'мил.', 'млрд.', 'мин.', 'св.', 'в.д.', 'пр.', 'н.е.', 'п.н.е.', 'стр.', 'чл.', 'ген.', 'ред.', 'прим.', 'одн.', 'дипл.', 'акад.',
];
