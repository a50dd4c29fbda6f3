import { textLayer } from '../../src/text/layer.js';
import { timeStage } from '../../src/nlp/time/stage.js';
import type { Article } from '../../src/model/index.js';
import { newsCorpora, type BenchRow, type BenchSection } from '../lib.js';

/** The time tagger alone (on documents whose text layer is done beforehand): scan, date the article, resolve. */
const section: BenchSection = {
  name: 'time',
  description: 'time stage only (tag expressions in one scan per language run, date the article, resolve values); text layer done beforehand, not timed',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    const rows: BenchRow[] = [];
    const all = { articles: 0, bytes: 0, tokens: 0, times: 0, secs: 0 };
    for (const c of corpora) {
      const docs: Article[] = [];
      for (const a of c.articles) docs.push(await textLayer(a, env.ctx));
      const t0 = performance.now();
      let times = 0;
      for (const d of docs) {
        d.times = [];
        timeStage(d, env.ctx);
        times += d.times.length;
      }
      const secs = (performance.now() - t0) / 1000;
      const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
      rows.push(row(c.name, docs.length, c.bytes, tokens, times, secs));
      Object.assign(all, { articles: all.articles + docs.length, bytes: all.bytes + c.bytes, tokens: all.tokens + tokens, times: all.times + times, secs: all.secs + secs });
    }
    rows.push(row('ALL', all.articles, all.bytes, all.tokens, all.times, all.secs));
    return rows;
  },
};

function row(corpus: string, articles: number, bytes: number, tokens: number, times: number, secs: number): BenchRow {
  return {
    corpus,
    articles,
    MB: Math.round(bytes / 1e4) / 100,
    times,
    'time s': Math.round(secs * 100) / 100,
    'articles/s': Math.round(articles / secs),
    'MB/s': Math.round(bytes / 1e4 / secs) / 100,
    'tokens/s': Math.round(tokens / secs),
  };
}
export default section;
