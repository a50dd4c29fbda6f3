import { analyze } from '../../src/pipeline.js';
import { newsCorpora, throughputRow, type BenchSection } from '../lib.js';

/** The whole of analyze(): the text layer and every stage registered in src/nlp/stages.ts. */
const section: BenchSection = {
  name: 'analyze (all stages)',
  description: 'ingest + analyze() with every registered stage, one process',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    const rows = [];
    for (const c of corpora) {
      const t0 = performance.now();
      let tokens = 0;
      for (const a of c.articles) tokens += (await analyze(a, env.ctx)).tokens.length;
      rows.push(throughputRow(c, (performance.now() - t0) / 1000, tokens));
    }
    return rows;
  },
};
export default section;
