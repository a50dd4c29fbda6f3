import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const mk: LanguagePack = {
  code: 'mk',
  name: 'Macedonian',
  scripts: ['Cyrl'],
  detectorCodes: ['mk', 'MACEDONIAN'],
  abbreviations,
  distinctiveLetters: 'ќѓѕ',
};
export default mk;
