import type { EntityKb } from './kb-port.js';

/**
 * Is `s` written as a knowledge-base name (or one word of one: a surname, a head noun) rather
 * than an inflection of one? Used to choose among candidate base forms. Memoised per process.
 */
export function kbKnowsBase(kb: EntityKb | null, s: string, lang: string): boolean {
  if (!kb) return false;
  let memo = cache.get(lang);
  if (!memo) cache.set(lang, (memo = new Map()));
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  let found = false;
  // an exact scan (the matcher's trie), never the fuzzy search: only names written in full count
  const whole = kb.match(s, lang).find((m) => m.start === 0 && m.end === s.length);
  if (whole?.candidates.length) {
    // diacritics count here: `Ivic` (from `Ivica`) is no `Ivić`
    const f = caseKey(s);
    for (const c of whole.candidates) {
      if (c.via === 'fuzzy' || found) continue;
      found = namesOf(kb, c.id, lang)?.has(f) ?? false;
    }
  }
  if (memo.size > 100_000) memo.clear();
  memo.set(s, found);
  return found;
}
const cache = new Map<string, Map<string, boolean>>();

/**
 * The case keys of an entity's names in a language (and its canonical name and aliases), whole
 * and word by word: another language's spelling of a name is no base here (`Evropë` is
 * Albanian, not a Serbian `Evrope`). Memoised per process.
 */
function namesOf(kb: EntityKb, id: string, lang: string): Set<string> | null {
  let memo = nameKeys.get(kb);
  if (!memo) nameKeys.set(kb, (memo = new Map()));
  const key = `${lang}\u0000${id}`;
  let keys = memo.get(key);
  if (keys) return keys;
  const e = kb.get(id);
  if (!e) return null;
  keys = new Set<string>();
  for (const n of [e.name, ...(e.aliases ?? []), ...(e.names[lang] ?? [])]) {
    keys.add(caseKey(n));
    for (const w of n.split(/\s+/)) keys.add(caseKey(w));
  }
  memo.set(key, keys);
  return keys;
}
const nameKeys = new WeakMap<EntityKb, Map<string, Set<string>>>();

function caseKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’ʼ']/g, '');
}
