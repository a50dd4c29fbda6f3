import type { QuoteLexicon } from '../types/quotes.js';

const VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'noted', 'stressed', 'stresses', 'warned',
  'warns', 'explained', 'explains', 'argued', 'argues', 'claimed', 'insisted', 'insists', 'announced', 'declared',
  'wrote', 'writes', 'replied', 'recalled', 'acknowledged', 'admitted', 'emphasised', 'emphasized', 'underlined', 'insisted',
  'pointed out', 'points out', 'saying', 'confirmed', 'concluded', 'asserted', 'observed', 'remarked', 'reiterated', 'maintained',
];

/** English quotation knowledge. */
const quotes: QuoteLexicon = {
  reportingVerbs: [...VERBS, ...VERBS.filter((v) => v.endsWith('ed') || v === 'said' || v === 'told' || v === 'wrote').flatMap((v) => [`has ${v}`, `had ${v}`, `have ${v}`])],
  complementizers: ['that'],
  pronouns: ['he:m', 'she:f', 'they:pl', 'it:n'],
  possessives: ['his', 'her', 'their', 'him', 'them'],
  unnamedSources: ['experts', 'analysts', 'critics', 'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'representative', 'representatives', 'insider', 'aide', 'aides'],
  orgLinks: ['of', 'at', 'from', 'in', 'within', 'close to'],
  unnamedDeterminers: ['a', 'an', 'one', 'two', 'several', 'some', 'another', 'senior', 'anonymous'],
  roles: [
    'secretary-general', 'secretary general', 'president', 'prime minister', 'minister', 'foreign minister', 'defence minister',
    'defense minister', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'leader', 'ambassador', 'chancellor',
    'mayor', 'commander', 'envoy', 'director', 'secretary of state', 'premier', 'king', 'queen', 'chairman', 'chairwoman',
  ],
  accordingTo: ['according to', 'according to him', 'according to her'],
  outletCues: ['reported', 'reports', 'the agency reported'],
  outletNouns: ['agency', 'newspaper', 'broadcaster', 'daily', 'outlet', 'news agency'],
};
export default quotes;
