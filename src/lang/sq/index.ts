import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const sq: LanguagePack = {
  code: 'sq',
  name: 'Albanian',
  scripts: ['Latn'],
  detectorCodes: ['sq', 'ALBANIAN'],
  distinctiveLetters: 'ëç',
  abbreviations,
};
export default sq;
