import type { DatingCues } from '../types/dating.js';

/** How a year named in Russian text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['с', 'со', 'начиная с', 'еще с', 'ещё с', 'уже с', 'с момента'],
  until: ['до', 'к', 'не позднее', 'не позже'],
  future: ['будет', 'будут', 'покинет', 'выйдет', 'должна', 'должен', 'должно', 'должны', 'планиру*', 'запланирован*', 'намерен*', 'собирается', 'предстоит', 'ожидается', 'может', 'сможет', 'состоится', 'вступит'],
  anniversary: ['годовщин*', 'юбиле*', 'лет назад', 'спустя', 'исполнилось', 'исполняется'],
  examples: [
    { text: 'Она ожидала исполнения приговора с 2010 года.', kind: 'since' },
    { text: 'Британия покинет ЕС 29 марта 2019 года.', kind: 'future' },
    { text: 'Переговоры начались еще 19 июня 2017 года.', kind: 'past' },
    { text: 'Исполнилось 20 лет с 1999 года, когда началась война.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
