import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const en: LanguagePack = {
  code: 'en',
  name: 'English',
  scripts: ['Latn'],
  detectorCodes: ['en', 'ENGLISH'],
  abbreviations,
  distinctiveLetters: '',
};
export default en;
