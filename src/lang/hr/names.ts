import type { NameLexicon } from '../types/names.js';
import { shNames } from '../_shared/sh-names.js';

/** Croatian names: the shared Serbo-Croatian rules, Latin script only. */
const names: NameLexicon = { ...shNames };
export default names;
