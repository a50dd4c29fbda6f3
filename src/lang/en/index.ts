import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import quotes from './quotes.js';
import abbreviations from './abbreviations.js';
import names from './names.js';
import dating from './dating.js';

const en: LanguagePack = {
  code: 'en',
  name: 'English',
  scripts: ['Latn'],
  detectorCodes: ['en', 'ENGLISH'],
  abbreviations,
  quotes,
  distinctiveLetters: '',
  baseForms,
  time,
  events,
  dating,
  names,
};
export default en;
