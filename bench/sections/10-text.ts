import { textLayer } from '../../src/text/layer.js';
import { newsCorpora, throughputRow, type BenchSection } from '../lib.js';

/** The text layer alone: read the files, then normalise, script, language (article and paragraphs), tokens, sentences. */
const section: BenchSection = {
  name: 'text layer',
  description: 'ingest (read + parse files) + normalise + script + language + paragraphs + tokens + sentences, one process',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    // Warm up (JIT, detector tables, marker memo) on a few articles of each corpus, untimed.
    for (const c of corpora) for (const a of c.articles.slice(0, 20)) await textLayer(a, env.ctx);
    const rows = [];
    let all = { articles: 0, bytes: 0, read: 0, secs: 0, tokens: 0 };
    for (const c of corpora) {
      const t0 = performance.now();
      let tokens = 0;
      for (const a of c.articles) tokens += (await textLayer(a, env.ctx)).tokens.length;
      const secs = (performance.now() - t0) / 1000;
      rows.push(throughputRow(c, secs, tokens));
      all = { articles: all.articles + c.articles.length, bytes: all.bytes + c.bytes, read: all.read + c.readSeconds, secs: all.secs + secs, tokens: all.tokens + tokens };
    }
    rows.push(throughputRow({ name: 'ALL', articles: new Array(all.articles), bytes: all.bytes, readSeconds: all.read }, all.secs, all.tokens));
    return rows;
  },
};
export default section;
