import { croatian, ijekavian, western } from '../_shared/sh-markers.js';
/** Croatian: ijekavian reflexes, the forms it shares with Bosnian, and its own lexicon. */
export default [...ijekavian, ...western, ...croatian];
