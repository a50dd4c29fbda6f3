import type { LanguagePack } from '../../lang/types.js';
import type { LanguageIdentifier } from '../language.js';
import { normalise } from '../normalise.js';
import { detectScript } from '../script.js';
import type { LangSource, Unit } from './lang-gold.js';
import { spread } from './corpora.js';

/** Accuracy of language identification on one source (one language, one kind of unit). */
export interface SourceScore {
  source: string;
  lang: string;
  unit: Unit;
  n: number;
  /** Exactly the gold language. */
  exact: number;
  /** In the gold language's group (sr/bs/hr/cnr/sh count for each other); equals `exact` outside a group. */
  group: number;
  /** Predicted language → count, for the confusion report. */
  predicted: Record<string, number>;
  /** A few misidentified texts (shortened) for inspection. */
  errors: { predicted: string; text: string }[];
}

export interface ScoreOptions {
  /** At most this many units per source, spread over the corpus (0: all). */
  limit: number;
  /** How many misidentified examples to keep per source. */
  keepErrors: number;
}

/** Identify the language of every unit of `source` the way the pipeline does (normalise, script, identify) and count. */
export async function scoreSource(
  source: LangSource,
  data: string,
  id: LanguageIdentifier,
  packs: Map<string, LanguagePack>,
  opts: ScoreOptions,
): Promise<SourceScore> {
  const texts = spread(source.load(data).filter((t) => t.trim()), opts.limit);
  const groupOf = (code: string) => packs.get(code)?.group ?? code;
  const goldGroup = groupOf(source.lang);
  const score: SourceScore = { source: source.name, lang: source.lang, unit: source.unit, n: 0, exact: 0, group: 0, predicted: {}, errors: [] };
  for (const raw of texts) {
    const { repaired } = normalise(raw);
    const g = await id.identify(repaired, detectScript(repaired));
    score.n++;
    score.predicted[g.language] = (score.predicted[g.language] ?? 0) + 1;
    if (g.language === source.lang) score.exact++;
    if (g.language === source.lang || groupOf(g.language) === goldGroup) score.group++;
    if (g.language !== source.lang && score.errors.length < opts.keepErrors) score.errors.push({ predicted: g.language, text: raw.replace(/\s+/g, ' ').slice(0, 120) });
  }
  return score;
}

/** Sum of scores (per language, per group, per unit kind). */
export function total(scores: SourceScore[], label: string): SourceScore {
  const t: SourceScore = { source: label, lang: scores[0]?.lang ?? '', unit: scores[0]?.unit ?? 'article', n: 0, exact: 0, group: 0, predicted: {}, errors: [] };
  for (const s of scores) {
    t.n += s.n;
    t.exact += s.exact;
    t.group += s.group;
    for (const [k, v] of Object.entries(s.predicted)) t.predicted[k] = (t.predicted[k] ?? 0) + v;
  }
  return t;
}

export const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '-');

/** The most frequent predictions of a score, `sr 950, sh 30, hr 20`. */
export function confusion(s: SourceScore, top = 4): string {
  return Object.entries(s.predicted)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
