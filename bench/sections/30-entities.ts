import { textLayer } from '../../src/text/layer.js';
import { entitiesStage } from '../../src/nlp/entities/stage.js';
import type { Article } from '../../src/model/index.js';
import type { Context } from '../../src/context.js';
import { packCode, taggerFor } from '../../src/nlp/entities/resources.js';
import type { PerceptronTagger } from '../../src/nlp/entities/perceptron.js';
import { newsCorpora, type BenchRow, type BenchSection } from '../lib.js';

/** Articles of each corpus that warm the stage up before the timing. */
const WARM_UP = 3;

/** The entities stage alone (text layer done beforehand): recognition (KB pass, model, cues), base forms and linking. */
const section: BenchSection = {
  name: 'entities',
  description:
    'entities stage only (knowledge-base pass, NER model, cues, base forms, linking), one core; text layer done beforehand, not timed; ' +
    `the first ${WARM_UP} articles of each corpus warm up (a language's dictionaries load on its first name: "first use s") and are not counted; ` +
    'model tokens/s: the NER model alone tagging the same sentences again',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    const rows: BenchRow[] = [];
    const all = { articles: 0, tokens: 0, mentions: 0, secs: 0, model: 0, firstUse: 0 };
    for (const c of corpora) {
      const loaded: Article[] = [];
      for (const a of c.articles) loaded.push(await textLayer(a, env.ctx));
      // one-time costs (hunspell dictionaries, caches) paid on a language's first articles, timed apart
      const warm = loaded.slice(0, Math.min(WARM_UP, loaded.length - 1));
      const docs = loaded.slice(warm.length);
      const w0 = performance.now();
      for (const d of warm) entitiesStage(d, env.ctx);
      const firstUse = (performance.now() - w0) / 1000;
      const t0 = performance.now();
      let mentions = 0;
      for (const d of docs) {
        entitiesStage(d, env.ctx);
        mentions += d.mentions.length;
      }
      const secs = (performance.now() - t0) / 1000;
      const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
      const model = modelSeconds(docs, env.ctx);
      rows.push(row(c.name, docs.length, tokens, mentions, secs, model, firstUse));
      Object.assign(all, { articles: all.articles + docs.length, tokens: all.tokens + tokens, mentions: all.mentions + mentions, secs: all.secs + secs, model: all.model + model, firstUse: all.firstUse + firstUse });
    }
    rows.push(row('ALL', all.articles, all.tokens, all.mentions, all.secs, all.model, all.firstUse));
    return rows;
  },
};

/** Seconds the NER model alone takes to tag every sentence of the documents again (its word cache warm, as in a long run). */
function modelSeconds(docs: Article[], ctx: Context): number {
  const work: { tagger: PerceptronTagger; words: string[] }[] = [];
  for (const d of docs) {
    const tagger = taggerFor(ctx.entities, packCode(ctx.packs, d.language));
    if (!tagger) continue;
    let ti = 0;
    for (const s of d.sentences) {
      while (ti < d.tokens.length && d.tokens[ti]!.start < s.start) ti++;
      const words: string[] = [];
      while (ti < d.tokens.length && d.tokens[ti]!.end <= s.end && words.length < 400) words.push(d.view.slice(d.tokens[ti]!.start, d.tokens[ti++]!.end));
      if (words.length) work.push({ tagger, words });
    }
  }
  const t0 = performance.now();
  for (const { tagger, words } of work) tagger.tag(words);
  return (performance.now() - t0) / 1000;
}

function row(corpus: string, articles: number, tokens: number, mentions: number, secs: number, model: number, firstUse: number): BenchRow {
  return { corpus, articles, tokens, mentions, 'first use s': Math.round(firstUse * 100) / 100, 'entities s': Math.round(secs * 100) / 100, 'tokens/s': Math.round(tokens / secs), 'mentions/s': Math.round(mentions / secs), 'model tokens/s': Math.round(tokens / model) };
}
export default section;
