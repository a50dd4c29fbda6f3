/** English abbreviations after which a full stop does not end a sentence. */
export default [
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'jr.', 'sr.', 'inc.', 'ltd.', 'co.', 'corp.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'gov.', 'sen.', 'rep.', 'u.s.', 'u.k.', 'u.n.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'no.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'approx.', 'dept.', 'est.', 'fig.', 'lt.', 'maj.', 'adm.', 'gov.', 'pres.', 'rev.', 'a.m.', 'p.m.'
];
