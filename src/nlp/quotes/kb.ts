import type { Context } from '../../context.js';

/**
 * The knowledge base as the quotes stage uses it (src/kb/, loaded into the context when present):
 * role phrases resolved on a date, and entity names. Everything is optional: without a knowledge
 * base, roles fall back to the article's own context.
 */
export interface RoleResolution {
  role: string;
  /** The organisation's entity id (or name). */
  org: string | null;
  /** The person holding the role on the date (entity, or its id), or null. */
  holder: { id: string; name: string } | string | null;
}

export interface QuoteKb {
  resolveRolePhrase(text: string, lang: string, date: string | null): RoleResolution | null;
  get(id: string): { id: string; name: string } | undefined;
  /** Candidates for a name as written, best first (optional). */
  lookupName?(surface: string, lang?: string): { id: string; type: string; name: string; score: number }[];
}

/** The context's knowledge base (its own, or the one loaded for entities) when it offers what the quotes stage needs, else null. */
export function quoteKb(ctx: Context): QuoteKb | null {
  const c = ctx as unknown as { kb?: Partial<QuoteKb> | null; entities?: { kb?: unknown } };
  const kb = (c.kb ?? c.entities?.kb ?? null) as Partial<QuoteKb> | null;
  if (kb && typeof kb.resolveRolePhrase === 'function' && typeof kb.get === 'function') return kb as QuoteKb;
  return null;
}
