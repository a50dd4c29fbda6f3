import type { LanguagePack } from '../types.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';

const bs: LanguagePack = {
  code: 'bs',
  name: 'Bosnian',
  scripts: ['Latn', 'Cyrl'],
  detectorCodes: ['bs', 'BOSNIAN'],
  group: 'sh',
  abbreviations: [...shared],
  quotes,
  markers,
};
export default bs;
