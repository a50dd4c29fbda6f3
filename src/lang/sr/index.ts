import type { LanguagePack } from '../types.js';
import time from '../_shared/sh-time.js';
import events from './events.js';
import baseForms from '../_shared/sh-base-forms.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';
import names from './names.js';
import dating from '../_shared/sh-dating.js';

const sr: LanguagePack = {
  code: 'sr',
  name: 'Serbian',
  scripts: ['Cyrl', 'Latn'],
  detectorCodes: ['sr', 'SERBIAN', 'sr-ME', 'MONTENEGRIN'],
  group: 'sh',
  // ć and đ (with č, š, ž) are written by no other language Kronika knows: a short Latin text with them is of this group.
  distinctiveLetters: 'ћђćđčšž',
  abbreviations: [...shared],
  alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  quotes,
  markers,
  baseForms,
  time,
  events,
  dating,
  names,
};
export default sr;
