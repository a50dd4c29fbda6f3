import type { Candidate, KbEntity, KbMatch } from '../../kb/types.js';

/**
 * What the entities stage uses of the knowledge base (src/kb): one matcher pass over a text,
 * a name lookup (exact and fuzzy), entities by id, and role phrases resolved to their holder.
 */
export interface EntityKb {
  /** Matches of known names; `all` adds nested and overlapping ones. */
  match(text: string, lang: string, opts?: { all?: boolean }): KbMatch[];
  lookupName(surface: string, lang: string): Candidate[];
  get(id: string): KbEntity | undefined;
}

const MAX_MEMO = 200_000;

/** The knowledge base with name lookups memoised per process (names repeat across articles; fuzzy search is the costly part). */
export function memoiseKb(kb: EntityKb): EntityKb {
  const memo = new Map<string, Candidate[]>();
  return {
    match: (text, lang, opts) => kb.match(text, lang, opts),
    get: (id) => kb.get(id),
    lookupName(surface, lang) {
      const key = `${lang}\u0000${surface}`;
      let hit = memo.get(key);
      if (!hit) {
        if (memo.size >= MAX_MEMO) memo.clear();
        hit = kb.lookupName(surface, lang);
        memo.set(key, hit);
      }
      return hit;
    },
  };
}
