import type { LexicalMarker } from '../types.js';

/**
 * Macedonian words that Serbian and Bulgarian Cyrillic do not write: the copula `е`, the
 * prepositions `во` and `со`, the clitics `ги`/`го`, the future `ќе`, demonstratives and
 * possessives. They tell a short Macedonian text from Serbian when the detector confuses them.
 */
/** Definite articles (`-от`, `-та`, `-те`) are frequent but also end Serbian words (`живот`, `врата`): weighed low. */
const m = (pattern: string, weight: number, ...examples: string[]): LexicalMarker => ({ pattern, weight, examples });

export default [
  m('е', 1.5, 'Тој е претседател'),
  m('во|со', 1.5, 'во Скопје', 'средба со министерот'),
  m('ги|го', 1, 'ги критикувам', 'го рече'),
  m('ќе', 2, 'ќе дојде'),
  m('\\p{L}*[ќѓѕ]\\p{L}*', 2, 'меѓу', 'ѕвезда', 'одговорноста кон ќерката'),
  m('тој|таа|тие|овој|оваа|ова|оние', 1, 'тие рекоа', 'оваа година'),
  m('сум|сме|нивн\\p{L}*|нејзин\\p{L}*|неговиот|неговата', 1, 'јас сум', 'нивната влада'),
  m('беше|беа|била|биле', 0.5, 'беше испорачано'),
  m('што', 0.3, 'што не сте'),
  m('дека|уште|сите|денес|неколку|бидејќи', 1.5, 'изјави дека', 'уште еднаш', 'сите граѓани', 'денес во Скопје'),
  m('кон|каде|кога|кои|многу|сега|подоцна|секогаш', 1, 'кон Брисел', 'каде што', 'кои се', 'многу луѓе'),
  m('\\p{L}{3,}(?:ите|ата|ото|от)', 0.5, 'шефот', 'министерот', 'граѓаните', 'владата'),
] satisfies LexicalMarker[];
