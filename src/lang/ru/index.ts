import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const ru: LanguagePack = {
  code: 'ru',
  name: 'Russian',
  scripts: ['Cyrl'],
  detectorCodes: ['ru', 'RUSSIAN'],
  abbreviations,
  distinctiveLetters: 'ыэъё',
};
export default ru;
