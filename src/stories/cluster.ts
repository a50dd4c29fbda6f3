/**
 * Story clustering: articles about the same real-world event, in any language, grouped together.
 *
 * Single-pass centroid clustering over entity vectors (see profile.ts), articles taken in date
 * order: each article joins the story whose centroid is most similar (cosine, terms weighted by
 * inverse document frequency) when the similarity reaches the threshold and the article's days
 * lie within a few days of the story's; otherwise it starts a new story. Candidate stories come
 * from an inverted index on terms, so a run of thousands of articles compares each article with
 * the few stories that share a name with it, not with all of them.
 */
import { NUMBER_TERM, type StoryProfile } from './profile.js';

/** Terms an article must share with a story to join it. */
const MIN_SHARED = 2;

export interface StoryOptions {
  /** Cosine similarity an article needs with a story's centroid to join it. */
  threshold: number;
  /** How many days an article's date may lie outside the story's days. */
  windowDays: number;
}

/** Chosen on the development sets of `kronika eval stories` (see README, "Stories"). */
export const STORY_DEFAULTS: StoryOptions = { threshold: 0.3, windowDays: 3 };

interface Story {
  id: string;
  members: string[];
  centroid: Map<string, number>;
  /** The days of the members dated to the day, else of all dated members. */
  exact: { from: number; to: number } | null;
  all: { from: number; to: number } | null;
  /** The centroid weighted by idf, computed when first needed after a change. */
  weighted?: { v: Map<string, number>; norm: number };
}

const union = (a: { from: number; to: number } | null, b: { from: number; to: number }) =>
  a ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : { ...b };

/** Days between two ranges (0 when they overlap). */
function gap(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return Math.max(0, Math.max(a.from, b.from) - Math.min(a.to, b.to));
}

export class StoryClusterer {
  private readonly stories: Story[] = [];
  private readonly index = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  private readonly df: Map<string, number>;
  private readonly n: number;

  /**
   * `df`: in how many articles each term occurs, over the run (so that names every article
   * mentions weigh little); `n`: how many articles that is.
   */
  constructor(df: Map<string, number>, n: number, private readonly opts: StoryOptions = STORY_DEFAULTS) {
    this.df = df;
    this.n = Math.max(n, 1);
  }

  static forProfiles(profiles: StoryProfile[], opts: StoryOptions = STORY_DEFAULTS): StoryClusterer {
    const df = new Map<string, number>();
    for (const p of profiles) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return new StoryClusterer(df, profiles.length, opts);
  }

  private idf(term: string): number {
    return Math.log(1 + this.n / (this.df.get(term) ?? 1));
  }

  private weighted(terms: Map<string, number>): { v: Map<string, number>; norm: number } {
    const v = new Map<string, number>();
    let sq = 0;
    for (const [t, w] of terms) {
      const x = w * this.idf(t);
      v.set(t, x);
      sq += x * x;
    }
    return { v, norm: Math.sqrt(sq) };
  }

  private similarity(doc: { v: Map<string, number>; norm: number }, s: Story): number {
    const c = (s.weighted ??= this.weighted(s.centroid));
    if (!doc.norm || !c.norm) return 0;
    let dot = 0;
    let shared = 0;
    let names = 0;
    for (const [t, x] of doc.v) {
      const y = c.v.get(t);
      if (!y) continue;
      dot += x * y;
      shared++;
      if (!t.startsWith(NUMBER_TERM)) names++;
    }
    // One shared name (or only shared numbers) is a coincidence, not a story.
    if (shared < MIN_SHARED || names < 1) return 0;
    return dot / (doc.norm * c.norm);
  }

  private fits(p: StoryProfile, s: Story): boolean {
    const days = s.exact ?? s.all;
    return !p.days || !days || gap(p.days, days) <= this.opts.windowDays;
  }

  /**
   * Put an article into its story; returns the story's id (`st:` + the id of its first article).
   * `story`: the story it is already known to belong to (an article stored by an earlier run).
   */
  add(p: StoryProfile, story?: string): string {
    if (story) return this.join(p, this.byId.get(story) ?? this.open(story));
    const doc = this.weighted(p.terms);
    const seen = new Set<number>();
    let best = -1;
    let bestSim = 0;
    for (const t of p.terms.keys()) {
      for (const i of this.index.get(t) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const s = this.stories[i]!;
        if (!this.fits(p, s)) continue;
        const sim = this.similarity(doc, s);
        if (sim > bestSim) {
          bestSim = sim;
          best = i;
        }
      }
    }
    return this.join(p, best < 0 || bestSim < this.opts.threshold ? this.open(`st:${p.id}`) : best);
  }

  private open(id: string): number {
    const i = this.stories.length;
    this.stories.push({ id, members: [], centroid: new Map(), exact: null, all: null });
    this.byId.set(id, i);
    return i;
  }

  private join(p: StoryProfile, i: number): string {
    const s = this.stories[i]!;
    s.members.push(p.id);
    s.weighted = undefined;
    for (const [t, w] of p.terms) {
      if (!s.centroid.has(t)) (this.index.get(t) ?? this.index.set(t, []).get(t)!).push(i);
      s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    }
    if (p.days) {
      s.all = union(s.all, p.days);
      if (p.exact) s.exact = union(s.exact, p.days);
    }
    return s.id;
  }
}

/** The order articles are clustered in: by their first possible day, undated last, then by id. */
export function clusterOrder(a: StoryProfile, b: StoryProfile): number {
  const x = a.days?.from ?? Infinity;
  const y = b.days?.from ?? Infinity;
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Cluster a run's articles: article id → story id. `known`: articles already in stories (stored by
 * earlier runs, id → story), which keep them and are put first so the run's articles can join them.
 */
export function clusterProfiles(profiles: StoryProfile[], opts: StoryOptions = STORY_DEFAULTS, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const c = StoryClusterer.forProfiles(profiles, opts);
  const out = new Map<string, string>();
  const sorted = [...profiles].sort(clusterOrder);
  for (const p of sorted) if (known.has(p.id)) out.set(p.id, c.add(p, known.get(p.id)));
  for (const p of sorted) if (!known.has(p.id)) out.set(p.id, c.add(p));
  return out;
}
