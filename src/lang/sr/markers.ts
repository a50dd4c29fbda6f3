import { eastern, ekavian } from '../_shared/sh-markers.js';
/** Serbian: ekavian reflexes and the eastern lexicon. */
export default [...ekavian, ...eastern];
