import { dirname, join } from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { EntityType } from '../../model/index.js';
import { findNames } from './annotate.js';
import { wordsAsText } from './gazetteer.js';
import { readBsnlpLemmas, readConlluPropn, type GoldLemma } from './gold/lemmas.js';
import type { EntityResources } from './resources.js';
import { foldKey } from './translit-key.js';
import { kbKnowsBase } from './known-names.js';
import type { BaseFormRules } from '../../lang/types/base-forms.js';

/**
 * The lemma gold sets under ../shared/data: UD proper nouns and BSNLP names, by language;
 * `topics`: only these BSNLP topics (folder names), to compare topics tuned on with the others.
 */
export function lemmaSources(dataDir: string, topics?: readonly string[]): { name: string; lang: string; read: () => GoldLemma[] }[] {
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
  if (existsSync(bsnlp)) for (const lang of ['ru', 'uk', 'bg', 'hr']) out.push({ name: 'bsnlp', lang, read: () => withWrittenCase(inTopics(readBsnlpLemmas(bsnlp, lang), bsnlp, topics)) });
  return out;
}

function inTopics(gold: GoldLemma[], dir: string, topics: readonly string[] | undefined): GoldLemma[] {
  if (!topics?.length) return gold;
  const prefixes = topics.map((t) => join(dir, t) + '/');
  return gold.filter((g) => prefixes.some((p) => g.source.startsWith(p)));
}

/**
 * BSNLP annotators often write names in lower case (all of Croatian): each such name takes the
 * case it is written in in its raw document (`raw/<lang>/`, matched by the document id on the
 * first line), the most frequent spelling there; names not found keep the annotators' case.
 */
export function withWrittenCase(gold: GoldLemma[]): GoldLemma[] {
  const rawByDir = new Map<string, Map<string, string>>();
  const annId = new Map<string, string>();
  const rawOf = (annFile: string): string | undefined => {
    const annDir = dirname(annFile);
    const rawDir = join(dirname(dirname(annDir)), 'raw', annDir.slice(dirname(annDir).length + 1));
    let docs = rawByDir.get(rawDir);
    if (!docs) {
      docs = new Map();
      if (existsSync(rawDir)) {
        for (const f of readdirSync(rawDir)) {
          const text = readFileSync(join(rawDir, f), 'utf8').replace(/^\uFEFF/, '');
          docs.set(text.slice(0, text.indexOf('\n')).trim(), text);
        }
      }
      rawByDir.set(rawDir, docs);
    }
    let id = annId.get(annFile);
    if (id === undefined) {
      const a = readFileSync(annFile, 'utf8').replace(/^\uFEFF/, '');
      id = a.slice(0, a.indexOf('\n')).trim();
      annId.set(annFile, id);
    }
    return docs.get(id);
  };
  return gold.map((g) => {
    if (g.form !== g.form.toLowerCase()) return g;
    const file = g.source.replace(/:\d+$/, '');
    const raw = rawOf(file);
    const cased = raw ? writtenCase(raw, g.form) : undefined;
    return cased ? { ...g, form: cased } : g;
  });
}

/** The most frequent spelling of `form` (matched ignoring case, as whole words) in `text`. */
function writtenCase(text: string, form: string): string | undefined {
  const lower = text.toLowerCase();
  const f = form.toLowerCase();
  if (!f || lower.length !== text.length) return undefined;
  const counts = new Map<string, number>();
  for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + f.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const s = text.slice(i, i + f.length);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [s, n] of counts) if (!best || n > counts.get(best)!) best = s;
  return best;
}

export interface LemmaError {
  form: string;
  gold: string;
  predicted: string;
  /** The type the name was reduced as (BSNLP's, or the recogniser's for UD). */
  type: EntityType;
}

export interface LemmaScore {
  n: number;
  correct: number;
  errors: LemmaError[];
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
 * The base form predicted for each gold name, by the language's rules. UD tokens take the type
 * the recogniser gives them in their sentence (LOC where it finds none); BSNLP names carry theirs.
 * Names written all in lower case by the BSNLP annotators are capitalised word by word first.
 */
export function predictLemmas(res: EntityResources, gold: GoldLemma[], lang: string): LemmaError[] {
  const former = res.formers.get(lang);
  const typed = new Map<string[], (EntityType | null)[]>();
  return gold.map((g) => {
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
    const predicted = former ? former.base(words, type, known) : g.form;
    return { form: g.form, gold: g.lemma, predicted, type };
  });
}

/** Base-form accuracy of the predictions of `predictLemmas`; the first `keepErrors` wrong ones are kept. */
export function scoreLemmas(res: EntityResources, gold: GoldLemma[], lang: string, rules: BaseFormRules | undefined, keepErrors = 0): LemmaScore {
  const score: LemmaScore = { n: 0, correct: 0, errors: [] };
  for (const p of predictLemmas(res, gold, lang)) {
    score.n++;
    if (sameBase(p.predicted, p.gold, rules)) score.correct++;
    else if (score.errors.length < keepErrors) score.errors.push(p);
  }
  return score;
}
