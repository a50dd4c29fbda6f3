import type { LanguagePack } from '../types.js';
import time from '../_shared/sh-time.js';
import events from './events.js';
import baseForms from '../_shared/sh-base-forms.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';
import names from './names.js';
import dating from '../_shared/sh-dating.js';

const cnr: LanguagePack = {
  code: 'cnr',
  name: 'Montenegrin',
  scripts: ['Latn', 'Cyrl'],
  detectorCodes: ['cnr'],
  group: 'sh',
  distinctiveLetters: 'śź',
  abbreviations: [...shared],
  alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  quotes,
  markers,
  markerPrior: 0.9,
  baseForms,
  time,
  events,
  dating,
  names,
};
export default cnr;
