import type { LanguagePack } from '../types.js';
import quotes from './quotes.js';
import abbreviations from './abbreviations.js';

const mk: LanguagePack = {
  code: 'mk',
  name: 'Macedonian',
  scripts: ['Cyrl'],
  detectorCodes: ['mk', 'MACEDONIAN'],
  abbreviations,
  quotes,
  distinctiveLetters: 'ќѓѕ',
};
export default mk;
