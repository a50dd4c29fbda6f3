import { shQuotes } from '../_shared/sh-quotes.js';

/** Quotation knowledge: shared by the Serbian, Bosnian, Croatian and Montenegrin packs (both scripts). */
export default shQuotes;
