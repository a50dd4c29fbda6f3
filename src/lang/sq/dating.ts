import type { DatingCues } from '../types/dating.js';

/** How a year named in Albanian text bears on when the article was written (see src/lang/types/dating.ts). */
const dating: DatingCues = {
  since: ['që nga', 'qe nga', 'qysh nga', 'që prej', 'qysh prej', 'prej', 'nga', 'që nga viti', 'duke filluar nga'],
  until: ['deri', 'deri në', 'deri ne', 'deri më', 'jo më vonë se', 'para', 'përpara'],
  future: ['do të', 'do te', 'do', 'duhet', 'pritet', 'planifik*', 'parashikohet', 'synon', 'mund të'],
  anniversary: ['përvjetor*', 'pervjetor*', 'vjetor*', 'vite më parë', 'vjet më parë', 'vite pas', 'vite nga'],
  examples: [
    { text: 'Ai është në burg që nga viti 2010.', kind: 'since' },
    { text: 'Ligji do të hyjë në fuqi në vitin 2025.', kind: 'future' },
    { text: 'Marrëveshja u nënshkrua në vitin 2018.', kind: 'past' },
    { text: 'Shënohen 20 vjet nga viti 1999.', kind: 'anniversary', year: 2019 },
  ],
};
export default dating;
