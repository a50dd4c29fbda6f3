/**
 * Serbian/Bosnian/Montenegrin Latin → Cyrillic, letter for letter (Vuk's alphabet and Gaj's are
 * one-to-one, with the digraphs lj, nj, dž). Used to write each lexical marker once, in Latin,
 * and match it in both scripts. Regular-expression syntax (`\p{L}`, `[...]`, `|`, `*`) passes
 * through untouched, so it can transliterate a marker's pattern as well as its examples.
 */
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ', Lj: 'Љ', Nj: 'Њ', Dž: 'Џ', LJ: 'Љ', NJ: 'Њ', DŽ: 'Џ' };
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};

export function latinToCyrillic(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\') {
      // an escape: `\p{L}`, `\s`, `\b` ... copied as is
      const m = /^\\[pP]\{[^}]*\}|^\\./.exec(s.slice(i));
      out += m![0];
      i += m![0].length - 1;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (DIGRAPHS[two]) {
      out += DIGRAPHS[two];
      i++;
      continue;
    }
    const lower = ch.toLowerCase();
    const c = LETTERS[lower];
    out += c ? (lower === ch ? c : c.toUpperCase()) : ch;
  }
  return out;
}
