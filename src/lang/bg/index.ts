import type { LanguagePack } from '../types.js';
import time from './time.js';
import events from './events.js';
import baseForms from './base-forms.js';
import abbreviations from './abbreviations.js';
import names from './names.js';
import dating from './dating.js';

const bg: LanguagePack = {
  code: 'bg',
  name: 'Bulgarian',
  scripts: ['Cyrl'],
  detectorCodes: ['bg', 'BULGARIAN'],
  abbreviations,
  alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  distinctiveLetters: 'ъщ',
  baseForms,
  time,
  events,
  dating,
  names,
};
export default bg;
