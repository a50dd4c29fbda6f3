import type { Article } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { assignStories } from '../../src/stories/index.js';
import { newsCorpora, type BenchSection } from '../lib.js';

/**
 * Story clustering over a run: every corpus analysed first (untimed), then all its articles
 * clustered together and dated by their stories, as `kronika analyze` does at the end of a run.
 */
const section: BenchSection = {
  name: 'stories',
  description: 'assignStories() over each corpus as one run (articles analysed beforehand, not timed), one process',
  async run(env) {
    const corpora = newsCorpora(env.shared, env.limit);
    if ('skip' in corpora) return corpora;
    const rows = [];
    for (const c of corpora) {
      const docs: Article[] = [];
      for (const a of c.articles) docs.push(await analyze(a, env.ctx));
      const t0 = performance.now();
      assignStories(docs, env.ctx);
      const secs = (performance.now() - t0) / 1000;
      const stories = new Set(docs.map((d) => d.story)).size;
      rows.push({ corpus: c.name, articles: docs.length, stories, 's': Math.round(secs * 100) / 100, 'articles/s': Math.round(docs.length / Math.max(secs, 1e-6)) });
    }
    return rows;
  },
};
export default section;
