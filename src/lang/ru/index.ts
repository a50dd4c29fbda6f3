import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import quotes from './quotes.js';
import abbreviations from './abbreviations.js';
import names from './names.js';
import dating from './dating.js';

const ru: LanguagePack = {
  code: 'ru',
  name: 'Russian',
  scripts: ['Cyrl'],
  detectorCodes: ['ru', 'RUSSIAN'],
  abbreviations,
  alphabet: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  quotes,
  distinctiveLetters: 'ыэъё',
  baseForms,
  time,
  events,
  dating,
  names,
};
export default ru;
