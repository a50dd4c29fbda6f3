/**
 * Serbian/Bosnian/Montenegrin Latin → Cyrillic, letter for letter (Vuk's alphabet and Gaj's are
 * one-to-one, with the digraphs lj, nj, dž). Used to write each lexical marker once, in Latin,
 * and match it in both scripts. Regular-expression syntax (`\p{L}`, `[...]`, `|`, `*`) passes
 * through untouched, so it can transliterate a marker's pattern as well as its examples.
 */
/** The Serbian Cyrillic alphabet and its Latin letters: the one table both directions derive from. */
export const SERBIAN_CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

const LETTERS: Record<string, string> = {};
const DIGRAPHS: Record<string, string> = {};
for (const [cyr, lat] of Object.entries(SERBIAN_CYR_TO_LAT)) {
  if (lat.length === 1) LETTERS[lat] = cyr;
  else {
    const upper = cyr.toUpperCase();
    DIGRAPHS[lat] = cyr;
    DIGRAPHS[lat[0]!.toUpperCase() + lat.slice(1)] = upper; // Lj, Nj, Dž
    DIGRAPHS[lat.toUpperCase()] = upper; // LJ, NJ, DŽ
  }
}

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
