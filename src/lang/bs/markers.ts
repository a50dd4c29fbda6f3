import { bosnian, eastern, ijekavian } from '../_shared/sh-markers.js';
/** Bosnian: ijekavian reflexes with the eastern lexicon, and its own words. */
export default [...ijekavian, ...eastern, ...bosnian];
