/**
 * Letters that look the same in the Latin and Cyrillic scripts. A word written mostly in one
 * script with a few look-alike letters of the other (the Cyrillic `Е` in a Latin `ЕU`) is a typo
 * that breaks search and matching; normalise repairs it and records the repair.
 * This is script knowledge shared by every language, not a language's own.
 */
export const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԛ: 'q', ԝ: 'w', һ: 'h', ԁ: 'd',
};

export const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У',
  S: 'Ѕ', I: 'І', J: 'Ј',
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', i: 'і', j: 'ј',
};
