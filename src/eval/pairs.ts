/** Pairwise scores of a clustering against gold groups (stories, cross-document entity links). */

export interface PairScore {
  /** Items clustered (articles, mentions) and clusters made. */
  items: number;
  clusters: number;
  together: number;
  belong: number;
  both: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Pairwise precision/recall of a clustering (item → cluster) against gold groups (item → group):
 * precision = pairs put together that belong together, recall = pairs that belong together put together.
 */
export function scorePairs(story: string[], group: string[]): PairScore {
  const pairs = (labels: string[]) => {
    const n = new Map<string, number>();
    for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
    let s = 0;
    for (const k of n.values()) s += (k * (k - 1)) / 2;
    return s;
  };
  const together = pairs(story);
  const belong = pairs(group);
  const both = pairs(story.map((s, i) => `${s}\u0000${group[i]}`));
  const precision = together ? both / together : 1;
  const recall = belong ? both / belong : 1;
  return {
    items: story.length,
    clusters: new Set(story).size,
    together,
    belong,
    both,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
