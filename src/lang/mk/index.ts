import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import entityCues from './entity-cues.js';
import quotes from './quotes.js';
import abbreviations from './abbreviations.js';
import markers from './markers.js';
import names from './names.js';
import dating from './dating.js';

const mk: LanguagePack = {
  code: 'mk',
  name: 'Macedonian',
  scripts: ['Cyrl'],
  detectorCodes: ['mk', 'MACEDONIAN'],
  abbreviations,
  alphabet: 'абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ',
  quotes,
  distinctiveLetters: 'ќѓѕ',
  markers,
  baseForms,
  entityCues,
  time,
  events,
  dating,
  names,
};
export default mk;
