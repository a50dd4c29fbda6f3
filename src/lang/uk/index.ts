import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import quotes from './quotes.js';
import abbreviations from './abbreviations.js';
import names from './names.js';
import dating from './dating.js';

const uk: LanguagePack = {
  code: 'uk',
  name: 'Ukrainian',
  scripts: ['Cyrl'],
  detectorCodes: ['uk', 'UKRAINIAN'],
  abbreviations,
  alphabet: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  quotes,
  distinctiveLetters: 'їієґ',
  baseForms,
  time,
  events,
  dating,
  names,
};
export default uk;
