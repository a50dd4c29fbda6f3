import type { NameLexicon } from '../types/names.js';

/** English names: the possessive, titles of offices (`NATO Secretary General`, `NATO chief`). */
const names: NameLexicon = {
  and: 'and',
  suffixes: ["'s", '’s'],
  inflections: [{ ends: '.', drop: 0, add: ["'s", '’s'], examples: [['Rutte', "Rutte's"]] }],
  acronymSuffixes: [],
  roleTitles: [
    { role: 'secretary-general', phrases: ['secretary general', 'secretary-general', 'secretary generals'] },
    { role: 'head', phrases: ['head', 'chief', 'leader', 'boss'] },
    { role: 'president', phrases: ['president'] },
    { role: 'prime-minister', phrases: ['prime minister', 'premier', 'pm'] },
    { role: 'foreign-minister', phrases: ['foreign minister', 'foreign secretary', 'secretary of state', 'minister of foreign affairs', 'top diplomat'] },
    { role: 'defence-minister', phrases: ['defence minister', 'defense minister', 'defence secretary', 'defense secretary', 'secretary of defense', 'minister of defence', 'minister of defense'] },
    { role: 'high-representative', phrases: ['high representative', 'foreign policy chief'] },
    { role: 'chancellor', phrases: ['chancellor'] },
  ],
  roleLinks: ['of', 'of the', 'the'],
};
export default names;
