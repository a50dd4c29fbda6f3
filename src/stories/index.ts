/**
 * Stories: the articles of one run about the same real-world event, grouped across languages
 * (cluster.ts, over the entity profiles of profile.ts), and the dates an article takes from its
 * story (dates.ts).
 */
import type { Article } from '../model/index.js';
import type { Context } from '../context.js';
import { clusterProfiles, STORY_DEFAULTS, type StoryOptions } from './cluster.js';
import { dateByStory } from './dates.js';
import { storyProfile, type StoryMember } from './profile.js';

export { clusterProfiles, StoryClusterer, STORY_DEFAULTS, type StoryOptions } from './cluster.js';
export { storyProfile, type StoryMember, type StoryProfile } from './profile.js';

/**
 * Give every article of a run its story (`doc.story`, `st:` + the id of the story's first
 * article), then date the articles that need a day from their story's other articles.
 * `stored`: analyses kept from earlier runs (with their stories) that the run's articles may join;
 * they are not changed.
 */
export function assignStories(docs: Article[], ctx: Context, opts: StoryOptions = STORY_DEFAULTS, stored: StoryMember[] = []): void {
  const run = new Set(docs.map((d) => d.id));
  const earlier = stored.filter((s) => !run.has(s.id) && s.story);
  const known = new Map(earlier.map((s) => [s.id, s.story!]));
  const storyOf = clusterProfiles([...earlier, ...docs].map((d) => storyProfile(d, ctx.kb)), opts, known);
  for (const d of docs) d.story = storyOf.get(d.id) ?? null;
  dateByStory(docs, ctx, earlier);
}
