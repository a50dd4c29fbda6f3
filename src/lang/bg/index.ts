import type { LanguagePack } from '../types.js';
import abbreviations from './abbreviations.js';

const bg: LanguagePack = {
  code: 'bg',
  name: 'Bulgarian',
  scripts: ['Cyrl'],
  detectorCodes: ['bg', 'BULGARIAN'],
  abbreviations,
  alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюяѝ',
  distinctiveLetters: 'ъщ',
};
export default bg;
