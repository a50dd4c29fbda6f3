import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const uk: LanguagePack = {
  code: 'uk',
  name: 'Ukrainian',
  scripts: ['Cyrl'],
  detectorCodes: ['uk', 'UKRAINIAN'],
  abbreviations,
  distinctiveLetters: 'їієґ',
};
export default uk;
