import type { EntityKb } from './kb-port.js';

/**
 * Is `s` written as a knowledge-base name (or one word of one: a surname, a head noun) rather
 * than an inflection of one? Used to choose among candidate base forms. Memoised per process.
 */
export function kbKnowsBase(kb: EntityKb | null, s: string, lang: string): boolean {
  if (!kb) return false;
  const memo = `${lang}\u0000${s}`;
  const hit = cache.get(memo);
  if (hit !== undefined) return hit;
  // diacritics count here: `Ivic` (from `Ivica`) is no `Ivić`
  const f = caseKey(s);
  let found = false;
  // an exact scan (the matcher's trie), never the fuzzy search: only names written in full count
  const whole = kb.match(s, lang).find((m) => m.start === 0 && m.end === s.length);
  for (const c of whole?.candidates ?? []) {
    if (c.via === 'fuzzy' || found) continue;
    const e = kb.get(c.id);
    if (!e) continue;
    // the names in this language (and the canonical name): another language's spelling of a name
    // is no base here (`Evropë` is Albanian, not a Serbian `Evrope`)
    const all = [e.name, ...(e.aliases ?? []), ...(e.names[lang] ?? [])];
    found = all.some((n) => caseKey(n) === f || n.split(/\s+/).some((w) => caseKey(w) === f));
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(memo, found);
  return found;
}
const cache = new Map<string, boolean>();

function caseKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’ʼ']/g, '');
}
