import type { NameLexicon } from '../types/names.js';
import { shNames, SERBIAN_CYRILLIC } from '../_shared/sh-names.js';

/** Names in this language: the shared Serbo-Croatian rules, written in Latin and Cyrillic. */
const names: NameLexicon = { ...shNames, ...SERBIAN_CYRILLIC, and: 'и' };
export default names;
