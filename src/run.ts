import type { Article } from './model/index.js';
import type { Context } from './context.js';
import { linkAcrossArticles } from './nlp/entities/across.js';
import { assignStories, STORY_DEFAULTS, type StoryMember } from './stories/index.js';

/**
 * What happens once every article of a run is analysed (`analyze`, `ingest`, `eval gold`): names
 * found only in the texts are linked across the run's articles (src/nlp/entities/across.ts), then
 * the articles are grouped into stories, which may date some of them (src/stories/). `stored`:
 * analyses kept from earlier runs that the run's articles may join the stories of.
 */
export function finishRun(docs: Article[], ctx: Context, stored: StoryMember[] = []): void {
  linkAcrossArticles(docs);
  assignStories(docs, ctx, STORY_DEFAULTS, stored);
}
