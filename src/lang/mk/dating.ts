import type { DatingCues } from '../types/dating.js';

/** How a year named in Macedonian text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['од', 'уште од', 'почнувајќи од', 'сметано од'],
  until: ['до', 'најдоцна до', 'пред'],
  future: ['ќе', 'треба', 'планира*', 'се очекува', 'предвидено', 'може да', 'закажан*'],
  anniversary: ['годишнин*', 'години од', 'години по', 'пред'],
  examples: [
    { text: 'Членка е уште од 2020 година.', kind: 'since' },
    { text: 'Законот ќе стапи во сила во 2025 година.', kind: 'future' },
    { text: 'Договорот беше потпишан во 2018 година.', kind: 'past' },
    { text: 'Се навршија 20 години од 1999 година.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
