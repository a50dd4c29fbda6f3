import type { LanguagePack } from '../types.js';
import time from '../_shared/sh-time.js';
import baseForms from '../_shared/sh-base-forms.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';
import names from './names.js';

const sr: LanguagePack = {
  code: 'sr',
  name: 'Serbian',
  scripts: ['Cyrl', 'Latn'],
  detectorCodes: ['sr', 'SERBIAN', 'sr-ME', 'MONTENEGRIN'],
  group: 'sh',
  distinctiveLetters: 'ћђ',
  abbreviations: [...shared],
  alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  quotes,
  markers,
  baseForms,
  time,
  names,
};
export default sr;
