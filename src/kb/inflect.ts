import type { InflectionRule, NameLexicon } from '../lang/types/names.js';
import { isAcronym } from './key.js';
import { respell } from './spell.js';
import type { KbEntity } from './types.js';

/**
 * Inflected forms of one name token in one language, generated from the language's rules
 * (`Kosovë` → `Kosovën`, `Kosovës`; `Stoltenberg` → `Stoltenbergovom`; `NATO` → `NATO-s`,
 * `Kfora`). The token itself is always the first form.
 */
interface CompiledRule {
  re: RegExp;
  rule: InflectionRule;
}
const rulesOf = new WeakMap<NameLexicon, CompiledRule[]>();

function compiled(lex: NameLexicon): CompiledRule[] {
  let r = rulesOf.get(lex);
  if (!r) {
    r = (lex.inflections ?? []).map((rule) => ({ re: new RegExp(`(?:${rule.ends})$`, 'u'), rule }));
    rulesOf.set(lex, r);
  }
  return r;
}

function applyRules(token: string, lex: NameLexicon, type: KbEntity['type'], out: Set<string>): void {
  const lower = token.toLowerCase();
  const short = token.length < 3;
  for (const { re, rule } of compiled(lex)) {
    // Short tokens (`i`, `e` in `Mali i Zi`) follow only rules written for them (anchored with `^`).
    if (short && !rule.ends.startsWith('^')) continue;
    if (rule.types && !rule.types.includes(type)) continue;
    if (!re.test(lower)) continue;
    const stem = token.slice(0, token.length - rule.drop);
    for (const a of rule.add) out.add(stem + a);
  }
}

export function inflect(token: string, lex: NameLexicon | undefined, type: KbEntity['type']): string[] {
  const out = new Set<string>([token]);
  if (!lex) return [...out];
  const bases = lex.alternations ? respell(token, lex.alternations, 4) : [token];
  for (const b of bases) out.add(b);
  if (isAcronym(token) && !token.includes('-')) {
    for (const s of lex.acronymSuffixes ?? []) out.add(`${token}-${s}`);
    // Long acronyms are also written as words and inflected as such (`Kfor`, `Kfora`, `Kforu`).
    if (token.length >= 4 && (lex.acronymSuffixes ?? []).length > 0) {
      const word = token.charAt(0) + token.slice(1).toLowerCase();
      out.add(word);
      applyRules(word, lex, type, out);
    }
    return [...out];
  }
  for (const b of bases) applyRules(b, lex, type, out);
  return [...out];
}
