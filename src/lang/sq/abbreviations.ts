/** Albanian abbreviations after which a full stop does not end a sentence. */
export default [
  'p.sh.', 'sh.', 'nr.', 'dr.', 'prof.', 'z.', 'znj.', 'zj.', 'etj.', 'vol.', 'f.', 'fq.', 'shek.', 'p.e.s.', 'e.s.', 'mr.', 'sh.a.', 'sh.p.k.', 'shpk.', 'rr.', 'lagj.', 'kap.', 'neni.', 'gjen.', 'kol.', 'mjr.', 'ing.', 'av.', 'psh.', 'etj.',
  // initials written with a digraph letter: Xh. Hoxha, Gj. Fishta
  'dh.', 'gj.', 'll.', 'nj.', 'rr.', 'th.', 'xh.', 'zh.',
];
