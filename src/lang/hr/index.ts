import type { LanguagePack } from '../types.js';
import time from '../_shared/sh-time.js';
import events from './events.js';
import baseForms from '../_shared/sh-base-forms.js';
import quotes from './quotes.js';
import shared from '../_shared/sh-abbreviations.js';
import markers from './markers.js';
import names from './names.js';
import dating from '../_shared/sh-dating.js';

const hr: LanguagePack = {
  code: 'hr',
  name: 'Croatian',
  scripts: ['Latn'],
  detectorCodes: ['hr', 'CROATIAN'],
  group: 'sh',
  abbreviations: [...shared, 'tisuć.', 'sv.', 'dr. sc.'],
  quotes,
  markers,
  baseForms,
  time,
  events,
  dating,
  names,
};
export default hr;
