import type { Candidate, KbEntity, KbMatch } from '../../kb/types.js';

/**
 * What the entities stage uses of the knowledge base (src/kb): one matcher pass over a text,
 * a name lookup (exact and fuzzy), entities by id, and role phrases resolved to their holder.
 */
export interface EntityKb {
  match(text: string, lang: string): KbMatch[];
  lookupName(surface: string, lang: string): Candidate[];
  get(id: string): KbEntity | undefined;
}
