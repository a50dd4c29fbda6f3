import type { LanguagePack } from '../types.js';
import time from './time.js';
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
  dating,
  names,
};
export default en;
