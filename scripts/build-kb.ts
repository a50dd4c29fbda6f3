/**
 * Builds data/kb/*.jsonl from i18n-iso-countries (country names in every language, never
 * retyped) and the curated lists in scripts/kb/, generating each entity's names in every
 * language: Serbian Cyrillic from Latin, the Albanian spelling of Slavic names, Cyrillic
 * spellings of Latin names for mk/bg/uk/ru, and Latin romanisations of Cyrillic names.
 * Inflected forms are generated at load time (src/kb/inflect.ts). Run: `npm run build-kb`.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLanguagePacks } from '../src/lang/index.js';
import type { NameLexicon } from '../src/lang/types/names.js';
import { KB_DIR } from '../src/kb/index.js';
import { respellName } from '../src/kb/spell.js';
import { inflect } from '../src/kb/inflect.js';
import { computeKey } from '../src/kb/key.js';
import type { KbEntity } from '../src/kb/types.js';
import { COUNTRY_EXTRAS } from './kb/countries.js';
import { CITIES } from './kb/cities.js';
import { ALBANIA, BOSNIA, KOSOVO, MONTENEGRO, NORTH_MACEDONIA, REGIONS, SERBIA, UKRAINE } from './kb/municipalities.js';
import { INSTITUTIONS, INTERNATIONAL, MEDIA, PARTIES } from './kb/organisations.js';
import { PEOPLE } from './kb/people.js';
import { EUROPE_CITIES, WORLD_CAPITALS } from './kb/world.js';
import { MORE_MUNICIPALITIES } from './kb/more-municipalities.js';
import { ALBANIA_COMPLETE, BOSNIA_COMPLETE, NORTH_MACEDONIA_COMPLETE, SERBIA_COMPLETE } from './kb/municipalities-complete.js';
import { UKRAINE_CITIES, UKRAINE_RAIONS } from './kb/ukraine.js';
import { INTERNATIONAL_MORE, MEDIA_MORE, MINISTRIES, PARTIES_MORE } from './kb/organisations-more.js';
import { PEOPLE_REGION } from './kb/people-region.js';
import { PEOPLE_POWERS } from './kb/people-powers.js';
import { foldPlace, geonamesCities, strictCommonWords } from './kb/geonames-cities.js';
import { parseFields, slug, type Fields } from './kb/parse.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
};

const LANGS = ['sq', 'sr', 'hr', 'bs', 'cnr', 'mk', 'bg', 'uk', 'ru', 'en'];
const SH = ['sr', 'hr', 'bs', 'cnr'];
const I18N_LANGS = ['sq', 'sr', 'bs', 'hr', 'mk', 'bg', 'uk', 'ru', 'en'];
const LOC_KINDS = new Set(['country', 'capital', 'city', 'municipality', 'settlement', 'region', 'oblast']);
/** ORG kinds whose name is a proper name, spelled (not translated) in every language. */
const PROPER_ORGS = new Set(['media', 'company', 'mission', 'party']);
const CYRILLIC = /[\u0400-\u04FF]/;

const packs = await loadLanguagePacks();
const lex = (l: string): NameLexicon => {
  const n = packs.get(l)?.names;
  if (!n) throw new Error(`src/lang/${l}: no names lexicon`);
  return n;
};

function push(list: string[] | undefined, ...xs: string[]): string[] {
  const out = list ?? [];
  for (const x of xs) if (x && !out.includes(x)) out.push(x);
  return out;
}

/** The Cyrillic language a country's own names are written in. */
const NATIVE_CYRILLIC: Record<string, string> = { UA: 'uk', RU: 'ru', BY: 'ru', BG: 'bg', MK: 'mk' };

/** Every language's names of one entity from what is given, generating what is not. */
function generateNames(canonical: string, type: KbEntity['type'], kind: string, given: Record<string, string[]>, country: string | null = null): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  const spelled = type !== 'ORG' || PROPER_ORGS.has(kind);
  const sh = given.sh ?? [];
  // People keep their own Latin spelling beside a transcription (`Donald Trump`, `Donald Tramp`).
  const latin = sh.length ? (type === 'PER' ? push([...sh], canonical) : sh) : spelled ? [canonical] : [];
  for (const l of SH) names[l] = push(push(undefined, ...(given[l] ?? [])), ...latin);
  // Serbian Cyrillic: exact transliteration of every Latin name.
  const sr = lex('sr');
  for (const n of [...names.sr!]) if (!CYRILLIC.test(n)) push(names.sr, ...respellName(n, sr.fromLatin!, 1));
  // Albanian: given names, else the Albanian spelling of the Slavic/Latin name (people always get both).
  names.sq = push(undefined, ...(given.sq ?? []));
  const sqSource = type === 'PER' ? [canonical, ...latin] : latin;
  if (!given.sq || type === 'PER') for (const n of sqSource) push(names.sq, ...respellName(n, lex('sq').fromLatin!, 4));
  // Cyrillic languages: given names, else transliterated from Latin.
  for (const l of ['mk', 'bg', 'uk', 'ru']) {
    names[l] = push(undefined, ...(given[l] ?? []));
    if (!given[l]?.length) for (const n of latin) push(names[l], ...respellName(n, lex(l).fromLatin!, 2));
  }
  names.en = push([canonical], ...(given.en ?? []));
  // A name in its own Cyrillic original (a Ukrainian's, a Bulgarian's) is also how the other Cyrillic
  // languages write it, beside their transliteration of the Latin name.
  const native = country ? NATIVE_CYRILLIC[country] : undefined;
  const original = native ? (given[native] ?? []).filter((n) => CYRILLIC.test(n)) : [];
  for (const l of ['mk', 'bg', 'uk', 'ru']) if (!given[l]?.length && original.length) names[l] = push(names[l], ...original);
  // Latin romanisations of Cyrillic names (national standards): Київ → Kyiv, Киев → Kiev.
  for (const l of ['sr', 'mk', 'bg', 'uk', 'ru']) {
    const t = lex(l).toLatin;
    if (!t) continue;
    for (const n of [...(given[l] ?? [])]) if (CYRILLIC.test(n)) push(names[l], ...respellName(n, t, 1));
  }
  for (const l of Object.keys(given)) if (!LANGS.includes(l) && l !== 'sh') names[l] = push(undefined, ...given[l]!);
  for (const l of Object.keys(names)) if (names[l]!.length === 0) delete names[l];
  return names;
}

// ---------- countries ----------
for (const l of I18N_LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/** Library names cleaned: `Moldova, Republic of` → `Moldova`; `КНР (Китайская ...)` → both; `&` → the language's "and". */
function cleanCountryNames(names: string[], lang: string): string[] {
  const out: string[] = [];
  for (const n of names) {
    const m = /^(.*?)\s*\((.*)\)$/.exec(n);
    const parts = m ? [m[1]!, m[2]!] : [n];
    for (let p of parts) {
      p = p.replace(/,\s*(Republic|Federated States|Democratic Republic|Islamic Republic|Kingdom|State|United Republic|Bolivarian Republic|Plurinational State|Province)[^,]*$/i, '');
      p = p.replace(/\s*&\s*/g, ` ${lex(lang).and ?? 'and'} `).trim();
      if (p && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

const extras = new Map<string, Fields>();
for (const [i, line] of COUNTRY_EXTRAS.entries()) {
  const [cc, ...rest] = line.split(' | ');
  extras.set(cc!.trim(), parseFields(rest, `scripts/kb/countries.ts: COUNTRY_EXTRAS[${i}]`));
}

const countryId = new Map<string, string>();
const entities: KbEntity[] = [];
const files = new Map<string, KbEntity[]>();
const add = (file: string, e: KbEntity): void => {
  entities.push(e);
  (files.get(file) ?? files.set(file, []).get(file)!).push(e);
};

for (const cc of Object.keys(countries.getAlpha2Codes()).sort()) {
  const x = extras.get(cc);
  const given: Record<string, string[]> = {};
  for (const l of I18N_LANGS) given[l] = cleanCountryNames(countries.getName(cc, l, { select: 'all' }) ?? [], l);
  const en = given.en!.filter((n) => !/[.]/.test(n) && n !== n.toUpperCase());
  const canonical = x?.canonical ?? [...en].sort((a, b) => a.length - b.length)[0] ?? given.en![0]!;
  const names: Record<string, string[]> = {};
  for (const l of I18N_LANGS) names[l] = push(undefined, ...given[l]!);
  names.cnr = push(undefined, ...(given.bs ?? []));
  for (const [l, ns] of Object.entries(x?.names ?? {})) {
    if (l === 'sh') for (const s of SH) names[s] = push(names[s], ...ns);
    else names[l] = push(names[l], ...ns);
  }
  names.en = push([canonical], ...names.en!);
  // Serbian names in both scripts.
  for (const n of [...names.sr!]) push(names.sr, ...respellName(n, CYRILLIC.test(n) ? lex('sr').toLatin! : lex('sr').fromLatin!, 1));
  for (const l of ['mk', 'bg', 'uk', 'ru']) for (const n of [...names[l]!]) if (CYRILLIC.test(n)) push(names[l], ...respellName(n, lex(l).toLatin!, 1));
  const id = `kb:${slug(canonical)}`;
  countryId.set(cc, id);
  add('countries', {
    id,
    name: canonical,
    type: 'LOC',
    kind: 'country',
    country: cc,
    wikidata: x?.wikidata ?? null,
    names,
    ...(x?.aliases.length ? { aliases: x.aliases } : {}),
    head: x?.head ?? 'president',
  });
}

// ---------- curated places, organisations, people ----------
function curated(file: string, list: string[], source: string, personFormat = false): void {
  const countryIds = new Set(countryId.values());
  for (const [i, line] of list.entries()) {
    const where = `${source}[${i}]`;
    const parts = line.split(' | ').map((s) => s.trim());
    const name = parts[0]!;
    const kind = personFormat ? 'person' : parts[1]!;
    const cc = personFormat ? parts[1]! : parts[2]!;
    const f = parseFields(parts.slice(personFormat ? 2 : 3), where);
    if (cc !== '-' && !countryId.has(cc)) throw new Error(`${where}: unknown country code '${cc}'`);
    const type: KbEntity['type'] = kind === 'person' ? 'PER' : LOC_KINDS.has(kind) ? 'LOC' : 'ORG';
    const canonical = name.replace(/\s*\([^)]*\)$/, '');
    let id = `kb:${slug(name)}`;
    // A city named like its country (Singapore, Monaco, San Marino) gets its own id.
    if (type === 'LOC' && kind !== 'region' && countryIds.has(id)) id = `${id}-city`;
    const e: KbEntity = {
      id,
      name: canonical,
      type,
      kind,
      country: cc === '-' ? null : cc,
      wikidata: f.wikidata,
      names: generateNames(canonical, type, kind, f.names, cc === '-' ? null : cc),
    };
    if (f.aliases.length) e.aliases = f.aliases;
    if (f.head) e.head = f.head;
    if (f.partOf) e.partOf = f.partOf;
    else if (type === 'LOC' && cc !== '-') e.partOf = countryId.get(cc)!;
    if (kind === 'capital') e.capitalOf = countryId.get(cc)!;
    if (f.offices.length) {
      e.offices = f.offices.map((o) => ({
        role: o.role,
        org: /^[A-Z]{2}$/.test(o.org) ? (countryId.get(o.org) ?? `?${o.org}`) : `kb:${o.org}`,
        from: o.from,
        to: o.to,
      }));
    }
    add(file, e);
  }
}

curated('places', CITIES, 'scripts/kb/cities.ts CITIES');
curated('places', WORLD_CAPITALS, 'scripts/kb/world.ts WORLD_CAPITALS');
curated('places', EUROPE_CITIES, 'scripts/kb/world.ts EUROPE_CITIES');
curated('places', MORE_MUNICIPALITIES, 'scripts/kb/more-municipalities.ts MORE_MUNICIPALITIES');
for (const [n, l] of Object.entries({ KOSOVO, SERBIA, BOSNIA, MONTENEGRO, NORTH_MACEDONIA, ALBANIA, UKRAINE, REGIONS })) curated('places', l, `scripts/kb/municipalities.ts ${n}`);
for (const [n, l] of Object.entries({ BOSNIA_COMPLETE, NORTH_MACEDONIA_COMPLETE, ALBANIA_COMPLETE, SERBIA_COMPLETE })) curated('places', l, `scripts/kb/municipalities-complete.ts ${n}`);
for (const [n, l] of Object.entries({ UKRAINE_CITIES, UKRAINE_RAIONS })) curated('places', l, `scripts/kb/ukraine.ts ${n}`);
for (const [n, l] of Object.entries({ INTERNATIONAL, INSTITUTIONS, PARTIES, MEDIA })) curated('organisations', l, `scripts/kb/organisations.ts ${n}`);
for (const [n, l] of Object.entries({ MINISTRIES, INTERNATIONAL_MORE, PARTIES_MORE, MEDIA_MORE })) curated('organisations', l, `scripts/kb/organisations-more.ts ${n}`);
curated('people', PEOPLE, 'scripts/kb/people.ts PEOPLE', true);
curated('people', PEOPLE_REGION, 'scripts/kb/people-region.ts PEOPLE_REGION', true);
curated('people', PEOPLE_POWERS, 'scripts/kb/people-powers.ts PEOPLE_POWERS', true);

// ---------- cities of Europe from GeoNames, where the curated lists have no place of that name ----------
{
  const knownPlaces = new Set<string>();
  const personKeys = new Set<string>();
  for (const e of entities) {
    const all = Object.values(e.names).flat();
    if (e.type === 'LOC') for (const n of all) knownPlaces.add(foldPlace(n));
    if (e.type === 'PER') for (const n of all) for (const t of n.split(/[\s-]+/)) personKeys.add(computeKey(t));
  }
  /** The keys of every form the matcher generates for a one-word place name, in every language and script. */
  const formKeys = (n: string): string[] => {
    const keys = new Set<string>();
    for (const l of LANGS) {
      const spelled = ['sr', 'mk', 'bg', 'uk', 'ru'].includes(l) ? [n, ...respellName(n, lex(l).fromLatin!, 2)] : [n];
      for (const s of spelled) for (const form of [s, ...inflect(s, lex(l), 'LOC')]) keys.add(computeKey(form));
    }
    return [...keys];
  };
  curated('places', geonamesCities(knownPlaces, personKeys, formKeys), 'scripts/kb/geonames-cities.ts');
}

// ---------- one-word place and organisation names that are also common words ----------
{
  const words = strictCommonWords();
  for (const e of entities) {
    if (e.type !== 'LOC' || e.kind === 'country' || e.kind === 'capital' || e.kind === 'region') continue;
    const common = new Set<string>();
    for (const n of Object.values(e.names).flat()) if (!/[\s-]/.test(n) && n !== n.toUpperCase() && words.has(n.toLowerCase())) common.add(n);
    if (common.size) e.commonWords = [...common];
  }
}

// ---------- checks: unique ids, resolvable references ----------
const ids = new Set<string>();
for (const e of entities) {
  if (ids.has(e.id)) throw new Error(`duplicate id ${e.id} (${e.name})`);
  ids.add(e.id);
}
for (const e of entities) {
  for (const o of e.offices ?? []) if (!ids.has(o.org)) throw new Error(`${e.id}: office ${o.role} names unknown organisation ${o.org}`);
  if (e.partOf && !ids.has(e.partOf)) throw new Error(`${e.id}: partOf names unknown entity ${e.partOf}`);
}

mkdirSync(KB_DIR, { recursive: true });
let total = 0;
for (const [file, list] of files) {
  list.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(join(KB_DIR, `${file}.jsonl`), list.map((e) => JSON.stringify(e)).join('\n') + '\n');
  total += list.length;
  console.log(`data/kb/${file}.jsonl: ${list.length} entities`);
}
console.log(`${total} entities`);
