import type { DatingCues } from '../types/dating.js';

/** How a year named in Serbian, Croatian, Bosnian or Montenegrin text (both scripts) bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['od', 'još od', 'počev od', 'počevši od', 'od kraja', 'од', 'још од', 'почев од', 'почевши од'],
  until: ['do', 'najkasnije do', 'do kraja', 'до', 'најкасније до', 'до краја', 'pre', 'prije', 'uoči', 'пре', 'прије', 'уочи'],
  future: ['će', 'ćе', 'ce', 'ću', 'ćemo', 'ćete', 'biće', 'bit će', 'ће', 'ћу', 'ћемо', 'ћете', 'биће', 'treba', 'trebalo bi', 'треба', 'planira*', 'планира*', 'očekuje se', 'очекује се', 'predviđeno', 'предвиђено', 'može', 'може', 'zakazan*', 'заказан*'],
  anniversary: ['godišnjic*', 'годишњиц*', 'godina od', 'година од', 'godina nakon', 'година након', 'godina kasnije', 'година касније', 'prije', 'pre', 'пре', 'прије'],
  examples: [
    { text: 'U zatvoru je od 2010. godine.', kind: 'since' },
    { text: 'Britanija će napustiti EU 29. marta 2019. godine.', kind: 'future' },
    { text: 'Sporazum je potpisan 2018. godine.', kind: 'past' },
    { text: 'Obilježava se 20 godina od 1999. godine.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
