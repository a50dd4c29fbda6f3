import { bosnian, eastern, ijekavian, western } from '../_shared/sh-markers.js';
/** Bosnian: ijekavian reflexes with the eastern lexicon, the forms it shares with Croatian, and its own words. */
export default [...ijekavian, ...eastern, ...western, ...bosnian];
