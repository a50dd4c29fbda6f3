import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import entityCues from './entity-cues.js';
import abbreviations from './abbreviations.js';
import quotes from './quotes.js';
import names from './names.js';
import dating from './dating.js';

const sq: LanguagePack = {
  code: 'sq',
  name: 'Albanian',
  scripts: ['Latn'],
  detectorCodes: ['sq', 'ALBANIAN'],
  distinctiveLetters: 'ëç',
  abbreviations,
  quotes,
  baseForms,
  entityCues,
  time,
  events,
  dating,
  names,
};
export default sq;
