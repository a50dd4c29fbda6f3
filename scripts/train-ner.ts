/**
 * Trains Kronika's NER models (`npm run train`): averaged perceptrons over BIO tags from the
 * corpora under ../shared/data/ner (src/nlp/entities/gold/corpora.ts), one per language family
 * with gold data and one multilingual fallback for the languages without (sq, mk, bg, en), each
 * scored on the dev parts it serves. Writes models/ner-<name>.json.gz and models/ner-scores.json.
 * Reproducible: fixed seed, sorted inputs. Per-family models beat one shared model by 2–4 F1 on
 * every dev set (measured 2026-11-22: sr 0.780 vs 0.764, uk 0.782 vs 0.742, ru 0.744 vs 0.716).
 * Document features (src/nlp/entities/doc-context.ts) read each training sentence's document.
 *   node --import tsx scripts/train-ner.ts [--shared DIR] [--epochs N] [--only NAME] [--no-gazetteer] [--no-document]
 */
import { copyFileSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nerCorpora } from '../src/nlp/entities/gold/corpora.js';
import { spansToBio, bioToSpans } from '../src/nlp/entities/gold/types.js';
import { averageTaggers, seededRandom, trainPerceptron, type PerceptronTagger, type TrainSentence } from '../src/nlp/entities/perceptron.js';
import { SpanScorer, type NerScores } from '../src/nlp/entities/score.js';
import { gazetteerTags, kbTokenSpans, wordsAsText } from '../src/nlp/entities/gazetteer.js';
import { loadEntityKb } from '../src/nlp/entities/kb-load.js';
import type { GazetteerTags } from '../src/nlp/entities/features.js';
import { loadClusters } from '../src/nlp/entities/clusters.js';
import { sentenceDocumentCodes } from '../src/nlp/entities/doc-context.js';
import type { GoldSentence } from '../src/nlp/entities/gold/types.js';

/**
 * The models: which corpora's languages train each, which languages each serves (`*`: all
 * others), and whether it uses the word clusters. None does: they helped sh by +0.6/+0.2 F1 over
 * two seeds, within the ±1.0 of a reshuffle, were neutral to −0.4 for uk and cost ru 1.0 on NEREL
 * (models/README.md), and the text they are learnt from is non-commercial or unlicensed, which a
 * model using them would inherit. `--all-clusters` tries them everywhere.
 */
const MODELS = [
  { name: 'sh', train: ['sr', 'hr'], serves: ['sh', 'sr', 'hr', 'bs', 'cnr'], clusters: false },
  { name: 'uk', train: ['uk'], serves: ['uk'], clusters: false },
  { name: 'ru', train: ['ru'], serves: ['ru'], clusters: false },
  { name: 'multi', train: ['sr', 'hr', 'uk', 'ru'], serves: ['*'], clusters: false },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: process.env.KRONIKA_SHARED ?? resolve(root, '..', 'shared') },
    epochs: { type: 'string', default: '10' },
    only: { type: 'string' },
    'no-gazetteer': { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'models') },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '0.05' },
    clusters: { type: 'string', default: join(root, 'models', 'clusters.tsv.gz') },
    'no-clusters': { type: 'boolean', default: false },
    'all-clusters': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20261122' },
    runs: { type: 'string', default: '1' },
    'with-dev': { type: 'boolean', default: false },
    'no-document': { type: 'boolean', default: false },
  },
});
const nerDir = join(values.shared!, 'data', 'ner');
/** Document features (src/nlp/entities/doc-context.ts) unless --no-document. */
const docCodes = (s: GoldSentence) => (s.doc && !values['no-document'] ? sentenceDocumentCodes(s.doc) : undefined);
if (!existsSync(nerDir)) {
  console.error(`train-ner: ${nerDir} is absent (pass --shared DIR)`);
  process.exit(2);
}
const t0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const kb = values['no-gazetteer'] ? null : await loadEntityKb();
log(kb ? 'gazetteer: knowledge base loaded' : 'gazetteer: none (knowledge base absent or disabled)');
const gaz = (words: string[], lang: string): GazetteerTags | undefined => {
  if (!kb) return undefined;
  const { text, tokens } = wordsAsText(words);
  return gazetteerTags(words.length, kbTokenSpans(kb, text, tokens, lang));
};

const wantClusters = !values['no-clusters'] && (values['all-clusters'] || MODELS.some((m) => m.clusters && (!values.only || m.name === values.only)));
const clusterFile = wantClusters ? values.clusters! : null;
if (clusterFile && !existsSync(clusterFile)) {
  console.error(`train-ner: ${clusterFile} is absent (npm run build-clusters, or --no-clusters)`);
  process.exit(2);
}
const clusters = clusterFile ? loadClusters(clusterFile) : null;
// a model finds its clusters file beside it
if (clusterFile && resolve(dirname(clusterFile)) !== resolve(values.out!)) copyFileSync(clusterFile, join(values.out!, basename(clusterFile)));
log(clusters ? `clusters: ${clusters.size} words from ${clusterFile}` : 'clusters: none');

const parts = nerCorpora(nerDir);
const seed = Number(values.seed);
const dropout = seededRandom(seed === 20261122 ? 7 : seed + 7);
const cache = new Map<string, ReturnType<(typeof parts)[number]['read']>>();
const read = (p: (typeof parts)[number]) => cache.get(p.name) ?? (cache.set(p.name, p.read()), cache.get(p.name)!);
const scoresFile = join(values.out!, 'ner-scores.json');
const allScores: Record<string, Record<string, NerScores>> = existsSync(scoresFile) ? JSON.parse(readFileSync(scoresFile, 'utf8')) : {};
const epochs = Number(values.epochs);
const runsN = Number(values.runs);

/** The dev parts a model is scored on: those of the languages it serves (the fallback: those no other model serves). */
const devPartsOf = (m: (typeof MODELS)[number]) => {
  const own = parts.filter((p) => p.role === 'dev' && (m.serves.includes(p.lang) || (m.serves.includes('*') && !MODELS.some((o) => o !== m && o.serves.includes(p.lang)))));
  return own.length ? own : parts.filter((p) => p.role === 'dev');
};
const devGaz = new Map<string, (GazetteerTags | undefined)[]>();
/** Exact-span scores of a tagger on dev parts (the model alone). */
const scoreOn = (tagger: PerceptronTagger, devParts: typeof parts): Record<string, NerScores> => {
  const scores: Record<string, NerScores> = {};
  for (const part of devParts) {
    const sents = read(part);
    if (!devGaz.has(part.name)) devGaz.set(part.name, sents.map((s) => gaz(s.words, part.lang)));
    const g = devGaz.get(part.name)!;
    const scorer = new SpanScorer();
    sents.forEach((s, i) => scorer.add(s.spans, bioToSpans(tagger.tag(s.words, g[i], docCodes(s)).tags)));
    scores[part.name] = scorer.scores();
  }
  return scores;
};
const f1s = (scores: Record<string, NerScores>) => Object.entries(scores).map(([k, v]) => `${k} ${v.ALL.f1.toFixed(3)}`).join(', ');

for (const m of MODELS.filter((x) => !values.only || x.name === values.only)) {
  const train: TrainSentence[] = [];
  const devParts = devPartsOf(m);
  // --with-dev (the release build): the model also learns from the dev parts of the languages it
  // trains on (its dev scores come from a train-only build: `npm run train -- --out DIR`)
  const trainParts = parts.filter((p) => m.train.includes(p.lang) && (p.role === 'train' || (values['with-dev'] && p.role === 'dev')));
  for (const part of trainParts) {
    for (const s of read(part)) {
      // gazetteer dropout: half the sentences train without knowledge-base tags, so the model does
      // not lean on them alone and stays sound when the knowledge base grows or changes
      const g = kb ? (dropout() < 0.5 ? gaz(s.words, part.lang) : new Array<string | null>(s.words.length).fill(null)) : undefined;
      const doc = docCodes(s);
      train.push({ words: s.words, tags: spansToBio(s.words.length, s.spans), ...(g ? { gaz: g } : {}), ...(doc ? { doc } : {}) });
    }
  }
  log(`model ${m.name}: ${train.length} training sentences (${trainParts.map((p) => p.name).join(', ')})`);
  const afterEpoch = values.trace ? (ep: number, snap: () => PerceptronTagger) => log(`  epoch ${ep} dev: ${f1s(scoreOn(snap(), devParts))}`) : undefined;
  // --runs k: k perceptrons over different shuffles, their weights averaged (pruned after averaging)
  const runs = Array.from({ length: runsN }, (_, r) => {
    const t = trainPerceptron(train, { epochs, seed: seed + r, minCount: Number(values['min-count']), pruneBelow: runsN > 1 ? 0 : Number(values.prune), clusters: m.clusters || values['all-clusters'] ? clusters : null, ...(afterEpoch ? { afterEpoch } : {}), log: (x) => log(`  ${x}`) });
    if (runsN > 1) log(`  run ${r + 1}/${runsN} dev: ${f1s(scoreOn(t, devParts))}`);
    return t;
  });
  const tagger = runsN > 1 ? averageTaggers(runs, Number(values.prune)) : runs[0]!;
  const out = join(values.out!, `ner-${m.name}.json.gz`);
  tagger.save(out, { name: m.name, langs: m.serves, trained: trainParts.map((p) => p.name), epochs, gazetteer: !!kb, seed, runs: runsN, ...(clusterFile && (m.clusters || values['all-clusters']) ? { clusters: basename(clusterFile) } : {}) });
  log(`  wrote ${out} (${tagger.table.size} features)`);
  if (values['with-dev']) continue; // its dev scores would be scores on its own training data
  const scores = scoreOn(tagger, devParts);
  for (const [k, v] of Object.entries(scores)) log(`  dev ${k} (model alone): P ${v.ALL.precision.toFixed(3)} R ${v.ALL.recall.toFixed(3)} F1 ${v.ALL.f1.toFixed(3)}`);
  allScores[m.name] = scores;
}
writeFileSync(scoresFile, `${JSON.stringify(allScores, null, 1)}\n`);
