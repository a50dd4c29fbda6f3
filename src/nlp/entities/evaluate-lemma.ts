import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { EntityType } from '../../model/index.js';
import { findNames } from './annotate.js';
import { wordsAsText } from './gazetteer.js';
import { readBsnlpLemmas, readConlluPropn, type GoldLemma } from './gold/lemmas.js';
import type { EntityResources } from './resources.js';
import { foldKey } from './translit-key.js';
import { kbKnowsBase } from './known-names.js';
import type { BaseFormRules } from '../../lang/types/base-forms.js';

/** The lemma gold sets under ../shared/data: UD proper nouns and BSNLP names, by language. */
export function lemmaSources(dataDir: string): { name: string; lang: string; read: () => GoldLemma[] }[] {
  const ud = (dir: string, file: string, lang: string) => ({ name: `ud/${dir}`, lang, path: join(dataDir, 'ud', dir, file) });
  const uds = [
    ud('ud-sr-set', 'sr_set-ud-dev.conllu', 'sr'),
    ud('ud-hr-set', 'hr_set-ud-dev.conllu', 'hr'),
    ud('ud-uk-iu', 'uk_iu-ud-dev.conllu', 'uk'),
    ud('ud-ru-gsd', 'ru_gsd-ud-dev.conllu', 'ru'),
    ud('albanian-pos-kote', 'dz-dev.conllu', 'sq'),
    ud('ud-mk-mtb', 'mk_mtb-ud-test.conllu', 'mk'),
  ].filter((u) => existsSync(u.path));
  const bsnlp = join(dataDir, 'bsnlp');
  const out = uds.map((u) => ({ name: u.name, lang: u.lang, read: () => readConlluPropn(u.path, u.lang) }));
  if (existsSync(bsnlp)) for (const lang of ['ru', 'uk', 'bg', 'hr']) out.push({ name: 'bsnlp', lang, read: () => readBsnlpLemmas(bsnlp, lang) });
  return out;
}

export interface LemmaScore {
  n: number;
  correct: number;
  errors: { form: string; gold: string; predicted: string }[];
}

/** Is `pred` the gold base form (case and diacritics ignored; the language's equivalent endings accepted)? */
export function sameBase(pred: string, gold: string, rules: BaseFormRules | undefined): boolean {
  const p = foldKey(pred);
  const g = foldKey(gold);
  if (p === g) return true;
  for (const [a, b] of rules?.equivalentEndings ?? []) {
    const fa = foldKey(a);
    const fb = foldKey(b);
    if (g.endsWith(fa) && p === g.slice(0, g.length - fa.length) + fb) return true;
    if (g.endsWith(fb) && p === g.slice(0, g.length - fb.length) + fa) return true;
  }
  return false;
}

/**
 * Base-form accuracy: each gold name is reduced by the language's rules. UD tokens take the type
 * the recogniser gives them in their sentence (LOC where it finds none); BSNLP names carry theirs.
 * Names written all in lower case by the BSNLP annotators are capitalised word by word first.
 */
export function scoreLemmas(res: EntityResources, gold: GoldLemma[], lang: string, rules: BaseFormRules | undefined, keepErrors = 0): LemmaScore {
  const former = res.formers.get(lang);
  const score: LemmaScore = { n: 0, correct: 0, errors: [] };
  const typed = new Map<string[], (EntityType | null)[]>();
  for (const g of gold) {
    let type: EntityType = g.type ?? 'LOC';
    let words = g.form.split(/\s+/);
    if (g.words && g.index !== undefined) {
      let types = typed.get(g.words);
      if (!types) {
        const { text, tokens } = wordsAsText(g.words);
        const { spans } = findNames(res, text, tokens, [{ start: 0, end: text.length }], lang);
        types = new Array<EntityType | null>(g.words.length).fill(null);
        for (const s of spans) for (let k = s.t0; k < s.t1; k++) types[k] = s.type;
        typed.set(g.words, types);
      }
      type = types[g.index] ?? 'LOC';
    }
    if (g.form === g.form.toLowerCase()) words = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1));
    const known = { kb: (s: string) => kbKnowsBase(res.kb, s, lang) };
    const pred = former ? former.base(words, type, known) : g.form;
    score.n++;
    if (sameBase(pred, g.lemma, rules)) score.correct++;
    else if (score.errors.length < keepErrors) score.errors.push({ form: g.form, gold: g.lemma, predicted: pred });
  }
  return score;
}
