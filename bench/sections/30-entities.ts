import { textLayer } from '../../src/text/layer.js';
import { entitiesStage } from '../../src/nlp/entities/stage.js';
import type { Article } from '../../src/model/index.js';
import { newsCorpora, type BenchRow, type BenchSection } from '../lib.js';

/** The entities stage alone (text layer done beforehand): recognition (KB pass, model, cues), base forms and linking. */
const section: BenchSection = {
  name: 'entities',
  description: 'entities stage only (knowledge-base pass, NER model, cues, base forms, linking), one core; text layer done beforehand, not timed',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    const rows: BenchRow[] = [];
    const all = { articles: 0, tokens: 0, mentions: 0, secs: 0 };
    for (const c of corpora) {
      const docs: Article[] = [];
      for (const a of c.articles) docs.push(await textLayer(a, env.ctx));
      const t0 = performance.now();
      let mentions = 0;
      for (const d of docs) {
        entitiesStage(d, env.ctx);
        mentions += d.mentions.length;
      }
      const secs = (performance.now() - t0) / 1000;
      const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
      rows.push(row(c.name, docs.length, tokens, mentions, secs));
      Object.assign(all, { articles: all.articles + docs.length, tokens: all.tokens + tokens, mentions: all.mentions + mentions, secs: all.secs + secs });
    }
    rows.push(row('ALL', all.articles, all.tokens, all.mentions, all.secs));
    return rows;
  },
};

function row(corpus: string, articles: number, tokens: number, mentions: number, secs: number): BenchRow {
  return { corpus, articles, tokens, mentions, 'entities s': Math.round(secs * 100) / 100, 'tokens/s': Math.round(tokens / secs), 'mentions/s': Math.round(mentions / secs) };
}
export default section;
