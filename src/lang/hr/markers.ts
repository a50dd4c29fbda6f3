import { croatian, ijekavian } from '../_shared/sh-markers.js';
/** Croatian: ijekavian reflexes and its own lexicon. */
export default [...ijekavian, ...croatian];
