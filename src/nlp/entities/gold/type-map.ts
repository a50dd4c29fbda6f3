import type { NerType } from './types.js';

/**
 * How each corpus's entity types map onto PER/ORG/LOC. A type not listed is ignored (scored as
 * outside any entity): UNER's OTH, ner-uk's MISC/JOB/DATE/..., NEREL's EVENT/PROFESSION/FACILITY/...,
 * factRuEval's Project, BSNLP's PRO/EVT/MISC.
 */
export const TYPE_MAP: Record<string, NerType> = {
  PER: 'PER', PERS: 'PER', PERSON: 'PER', Person: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', Org: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', Location: 'LOC', LocOrg: 'LOC',
  GPE: 'LOC', COUNTRY: 'LOC', CITY: 'LOC', STATE_OR_PROVINCE: 'LOC', DISTRICT: 'LOC',
};

export function mapType(t: string): NerType | null {
  return TYPE_MAP[t] ?? null;
}
