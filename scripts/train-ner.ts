/**
 * Trains Kronika's NER model (`npm run train`): one multilingual averaged perceptron over BIO tags,
 * from the corpora under ../shared/data/ner (see src/nlp/entities/gold/corpora.ts), then scores it
 * on every dev part and writes models/ner-multi.json.gz and models/ner-multi.scores.json.
 * Reproducible: fixed seed, sorted inputs.
 *   node --import tsx scripts/train-ner.ts [--shared DIR] [--epochs N] [--out FILE]
 */
import { writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nerCorpora } from '../src/nlp/entities/gold/corpora.js';
import { spansToBio, bioToSpans } from '../src/nlp/entities/gold/types.js';
import { trainPerceptron, type TrainSentence } from '../src/nlp/entities/perceptron.js';
import { SpanScorer, formatScores, type NerScores } from '../src/nlp/entities/score.js';
import { gazetteerTags, kbTokenSpans, wordsAsText } from '../src/nlp/entities/gazetteer.js';
import { loadEntityKb } from '../src/nlp/entities/kb-load.js';
import type { GazetteerTags } from '../src/nlp/entities/features.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: process.env.KRONIKA_SHARED ?? resolve(root, '..', 'shared') },
    epochs: { type: 'string', default: '6' },
    out: { type: 'string', default: join(root, 'models', 'ner-multi.json.gz') },
    'no-gazetteer': { type: 'boolean', default: false },
  },
});
const nerDir = join(values.shared!, 'data', 'ner');
if (!existsSync(nerDir)) {
  console.error(`train-ner: ${nerDir} is absent (pass --shared DIR)`);
  process.exit(2);
}
const t0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const kb = values['no-gazetteer'] ? null : await loadEntityKb();
log(kb ? 'gazetteer: knowledge base loaded' : 'gazetteer: none (knowledge base absent or disabled)');
const gazetteer = kb && {
  tag(words: string[], lang: string): GazetteerTags {
    const { text, tokens } = wordsAsText(words);
    return gazetteerTags(words.length, kbTokenSpans(kb, text, tokens, lang));
  },
};

const parts = nerCorpora(nerDir);
const train: TrainSentence[] = [];
for (const part of parts.filter((p) => p.role === 'train')) {
  const sents = part.read();
  for (const s of sents) {
    train.push({ words: s.words, tags: spansToBio(s.words.length, s.spans), ...(gazetteer ? { gaz: gazetteer.tag(s.words, part.lang) } : {}) });
  }
  log(`train ${part.name}: ${sents.length} sentences`);
}
const tagger = trainPerceptron(train, { epochs: Number(values.epochs), seed: 20261122, minCount: 2, pruneBelow: 0.05, log });
const scores: Record<string, NerScores> = {};
for (const part of parts.filter((p) => p.role === 'dev')) {
  const scorer = new SpanScorer();
  for (const s of part.read()) {
    const { tags } = tagger.tag(s.words, gazetteer ? gazetteer.tag(s.words, part.lang) : undefined);
    scorer.add(s.spans, bioToSpans(tags));
  }
  scores[part.name] = scorer.scores();
  log(`dev ${part.name} (model only)\n${formatScores(scores[part.name]!)}`);
}
tagger.save(values.out!, { trained: parts.filter((p) => p.role === 'train').map((p) => p.name), epochs: Number(values.epochs), gazetteer: !!gazetteer });
writeFileSync(values.out!.replace(/\.json\.gz$/, '.scores.json'), `${JSON.stringify(scores, null, 1)}\n`);
log(`wrote ${values.out} (${tagger.ids.size} features)`);
