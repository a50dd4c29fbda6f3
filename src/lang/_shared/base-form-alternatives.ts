import type { EntityType } from '../../model/index.js';
import type { BaseFormRule } from '../types/base-forms.js';

/**
 * Weak candidate rules for every pair of an inflected ending and a base ending of a paradigm
 * (`Брюсселе` → `Брюссель`, `Нидерландах` → `Нидерланды`): each is taken only when a dictionary,
 * the knowledge base or the article knows the result, never by default.
 */
export function alternatives(forms: readonly string[], bases: readonly string[], opts: { minStem?: number; types?: EntityType[]; beforeAnother?: boolean; onlyIfNamed?: boolean } = {}): BaseFormRule[] {
  const out: BaseFormRule[] = [];
  for (const form of forms) {
    for (const base of bases) {
      if (base === form) continue;
      out.push({ form, base, onlyIfKnown: true, minStem: opts.minStem ?? 3, ...(opts.types ? { types: opts.types } : {}), ...(opts.beforeAnother ? { beforeAnother: true } : {}), ...(opts.onlyIfNamed ? { onlyIfNamed: true } : {}) });
    }
  }
  return out;
}
