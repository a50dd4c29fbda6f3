import type { KbEntity, Office } from './types.js';

/**
 * Parses one JSON line of the knowledge base, checking every field; an error names the place
 * (`file:line`) and the field.
 */
const TYPES = new Set(['PER', 'ORG', 'LOC']);
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function parseEntityLine(line: string, where: string): KbEntity {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const fail = (field: string, why: string): never => {
    throw new Error(`${where}: field '${field}' ${why}`);
  };
  if (typeof v !== 'object' || v === null) return fail('(line)', 'must be an object');
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.startsWith('kb:')) fail('id', "must be a string starting with 'kb:'");
  if (typeof o.name !== 'string' || !o.name) fail('name', 'must be a non-empty string');
  if (typeof o.type !== 'string' || !TYPES.has(o.type)) fail('type', 'must be PER, ORG or LOC');
  if (typeof o.kind !== 'string') fail('kind', 'must be a string');
  if (o.country !== null && typeof o.country !== 'string') fail('country', 'must be a string or null');
  if (o.wikidata !== null && (typeof o.wikidata !== 'string' || !/^Q\d+$/.test(o.wikidata))) fail('wikidata', 'must be a Q-id or null');
  if (typeof o.names !== 'object' || o.names === null) fail('names', 'must be an object of language → names');
  for (const [lang, ns] of Object.entries(o.names as object)) {
    if (!Array.isArray(ns) || ns.some((n) => typeof n !== 'string')) fail(`names.${lang}`, 'must be an array of strings');
  }
  if (o.commonWords !== undefined && (!Array.isArray(o.commonWords) || o.commonWords.some((a) => typeof a !== 'string'))) fail('commonWords', 'must be an array of strings');
  if (o.aliases !== undefined && (!Array.isArray(o.aliases) || o.aliases.some((a) => typeof a !== 'string'))) fail('aliases', 'must be an array of strings');
  if (o.offices !== undefined) {
    if (!Array.isArray(o.offices)) fail('offices', 'must be an array');
    for (const [i, off] of (o.offices as Office[]).entries()) {
      if (typeof off?.role !== 'string' || typeof off.org !== 'string') fail(`offices[${i}]`, 'needs role and org strings');
      for (const k of ['from', 'to'] as const) if (off[k] !== null && !(typeof off[k] === 'string' && DATE.test(off[k]))) fail(`offices[${i}].${k}`, 'must be an ISO date or null');
    }
  }
  return o as unknown as KbEntity;
}
