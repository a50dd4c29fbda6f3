import { eastern, ekavian, serbian } from '../_shared/sh-markers.js';
/** Serbian: ekavian reflexes, the eastern lexicon and its own forms (takođe, opšti, fused futures). */
export default [...ekavian, ...eastern, ...serbian];
