import type { DatingCues } from '../types/dating.js';

/** How a year named in Bulgarian text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['от', 'още от', 'считано от', 'вече от', 'откакто'],
  until: ['до', 'не по-късно от', 'най-късно до', 'преди'],
  future: ['ще', 'трябва', 'предстои', 'планира*', 'очаква се', 'следва да', 'може да', 'би трябвало', 'насрочен*', 'предвиден*', 'след като'],
  past: ['бе', 'беше', 'бяха', 'бил', 'била', 'било', 'били', 'е бил', 'е била', 'са били'],
  anniversary: ['годишнин*', 'години от', 'години след', 'години по-късно', 'преди'],
  examples: [
    { text: 'Тя очаква от 2010 г. изпълнението на присъдата си.', kind: 'since' },
    { text: 'Страната ще напусне ЕС през март 2019 г.', kind: 'future' },
    { text: 'Тя бе осъдена на смърт през 2010 г.', kind: 'past' },
    { text: 'Отбелязваме 20 години от 1999 г.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
