import { shEvents } from '../sr/events.js';

/** Event knowledge: shared by the Serbian, Bosnian, Croatian and Montenegrin packs (both scripts). */
export default shEvents;
