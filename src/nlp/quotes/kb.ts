import type { Context } from '../../context.js';

/**
 * The knowledge base as the quotes stage uses it (src/kb/, loaded into the context when present):
 * role phrases resolved on a date, and entity names. Everything is optional: without a knowledge
 * base, roles fall back to the article's own context.
 */
export interface RoleResolution {
  role: string;
  org: string | null;
  /** Entity id of the person holding the role on the date, or null. */
  holder: string | null;
}

export interface QuoteKb {
  resolveRolePhrase(text: string, lang: string, date: string | null): RoleResolution | null;
  get(id: string): { id: string; name: string } | undefined;
}

/** The context's knowledge base when it offers what the quotes stage needs, else null. */
export function quoteKb(ctx: Context): QuoteKb | null {
  const kb = (ctx as unknown as { kb?: Partial<QuoteKb> | null }).kb;
  if (kb && typeof kb.resolveRolePhrase === 'function' && typeof kb.get === 'function') return kb as QuoteKb;
  return null;
}
