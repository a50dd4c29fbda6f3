import { eastern, ijekavian, montenegrin } from '../_shared/sh-markers.js';
/** Montenegrin: ijekavian with the eastern lexicon (like Bosnian), won only on its own spellings (markerPrior). */
export default [...ijekavian, ...eastern, ...montenegrin];
