import type { LanguagePack } from '../types.js';
import time from '../_shared/sh-time.js';
import events from './events.js';
import baseForms from '../_shared/sh-base-forms.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';
import names from './names.js';
import dating from '../_shared/sh-dating.js';

const bs: LanguagePack = {
  code: 'bs',
  name: 'Bosnian',
  scripts: ['Latn', 'Cyrl'],
  detectorCodes: ['bs', 'BOSNIAN'],
  group: 'sh',
  abbreviations: [...shared],
  alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  quotes,
  markers,
  // Bosnian shares the ijekavian reflexes with Croatian: it wins only with eastern or Bosnian words.
  markerPrior: 0.95,
  baseForms,
  time,
  events,
  dating,
  names,
};
export default bs;
