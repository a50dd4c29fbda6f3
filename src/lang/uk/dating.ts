import type { DatingCues } from '../types/dating.js';

/** How a year named in Ukrainian text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['з', 'із', 'зі', 'від', 'починаючи з', 'ще з', 'ще від', 'вже з'],
  until: ['до', 'не пізніше', 'перед', 'напередодні'],
  future: ['буде', 'будуть', 'вийде', 'покине', 'має', 'мають', 'повинна', 'повинен', 'повинні', 'планує', 'планують', 'запланован*', 'заплановано', 'очікується', 'має намір', 'відбудеться', 'набуде', 'набуде чинності', 'може', 'зможе', 'призначен*', 'намічен*'],
  anniversary: ['річниц*', 'роковин*', 'ювіле*', 'років тому', 'минуло'],
  examples: [
    { text: 'Вона чекала на страту з 2010 року.', kind: 'since' },
    { text: 'Великобританія вийде з Євросоюзу 29 березня 2019 року.', kind: 'future' },
    { text: 'Переговори почалися 19 червня 2017 року.', kind: 'past' },
    { text: 'Минуло 20 років з 1999 року.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
