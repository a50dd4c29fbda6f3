import type { DatingCues } from '../types/dating.js';

/** How a year named in English text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['since', 'ever since', 'as of'],
  until: ['until', 'till', 'by', 'by the end of', 'no later than', 'before the end of', 'before'],
  future: ['will', "'ll", 'shall', 'would', 'plans*', 'planned', 'scheduled', 'expected', 'due to', 'set to', 'aims*', 'intends*', 'going to', 'leave*', 'deadline'],
  anniversary: ['anniversary', 'years since', 'years after', 'years ago', 'marks*', 'marking'],
  examples: [
    { text: 'He has been in prison since 2010.', kind: 'since' },
    { text: 'Britain will leave the EU on 29 March 2019.', kind: 'future' },
    { text: 'The talks ended in 2017.', kind: 'past' },
    { text: 'Serbia marks 20 years since the 1999 bombing.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
