import type { EventLexicon } from '../types/events.js';

/** Event knowledge of English: triggers, locative prepositions, future and negation markers, units. */
const events: EventLexicon = {
  triggers: {
    meeting: ['meeting*', 'met', 'meet', 'meets', 'talks', 'held talks', 'session'],
    visit: ['visit*', 'trip', 'tour', 'arrived in', 'travelled to', 'traveled to'],
    summit: ['summit*'],
    press_conference: ['press conference*', 'news conference*', 'press briefing*', 'briefing*', 'press point'],
    statement: ['speech*', 'statement*', 'addressed'],
    deployment: ['deploy*', 'stationed', 'redeploy*', 'sent troops', 'send troops', 'dispatched'],
    commitment: ['committed to', 'commit to', 'commitment*', 'pledge*', 'agreed to', 'promised', 'vowed', 'agreed on'],
  },
  locatives: ['in', 'at', 'to', 'into'],
  missionNouns: ['mission*'],
  relativeWhere: ['where'],
  capitalNouns: ['the capital of', "capital of"],
  future: ['will', "'ll", 'to be held', 'planned', 'plans', 'plan', 'upcoming', 'next', 'scheduled', 'is to', 'are to', 'expected', 'shall', 'would'],
  negation: ['not', 'no', 'never', "n't", 'cancelled', 'canceled'],
  approximate: ['about', 'around', 'some', 'approximately', 'nearly', 'almost', 'roughly', 'up to', 'more than', 'over'],
  units: {
    troops: ['troops', 'soldiers', 'personnel', 'servicemen', 'service members', 'peacekeepers', 'reservists'],
    EUR: ['euro*', 'eur'],
    USD: ['dollars', 'usd'],
  },
  gdp: ['gdp', 'of gdp', 'of their gdp'],
  numbers: { thousand: 1000, million: 1e6, billion: 1e9, 'a thousand': 1000 },
};
export default events;
