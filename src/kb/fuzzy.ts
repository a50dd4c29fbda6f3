import { boundedDistance, phoneticKey } from './key.js';

/**
 * Fuzzy look-up of misspelt names: every full name is indexed by the sound keys of its tokens;
 * a query is compared on its last token (the surname or head word) within a small edit distance,
 * and on its first token when both have more than one (`Zoran Milovanoviq` → Zoran Milanović).
 */
interface Entry {
  id: string;
  phons: string[];
}

/** A cached index: per last-token key, its entries as [id, ...sound keys]. */
export type FuzzyState = string[][][];

export interface FuzzyHit {
  id: string;
  score: number;
}

export class FuzzyIndex {
  private readonly byLast = new Map<string, Entry[]>();
  /**
   * Last-token keys by first letter and length, each with its letter mask: a search compares only
   * keys that can be within its distance.
   */
  private readonly buckets = new Map<string, { keys: string[]; masks: number[] }>();

  add(id: string, tokenKeys: string[]): void {
    if (tokenKeys.length === 0) return;
    const phons = tokenKeys.map(phoneticKey);
    const last = phons[phons.length - 1]!;
    if (last.length < 4) return;
    const list = this.byLast.get(last);
    const sig = phons.join(' ');
    if (!list) this.addKey(last, [{ id, phons }]);
    else if (!list.some((e) => e.id === id && e.phons.join(' ') === sig)) list.push({ id, phons });
  }

  private addKey(last: string, entries: Entry[]): void {
    this.byLast.set(last, entries);
    const b = `${last[0]}${last.length}`;
    const bucket = this.buckets.get(b) ?? this.buckets.set(b, { keys: [], masks: [] }).get(b)!;
    bucket.keys.push(last);
    bucket.masks.push(letterMask(last));
  }

  /** The index as plain JSON (to be cached between processes): each entry's id and sound keys, in order. */
  toState(): FuzzyState {
    const out: FuzzyState = [];
    for (const entries of this.byLast.values()) out.push(entries.map((e) => [e.id, ...e.phons]));
    return out;
  }

  static fromState(state: FuzzyState): FuzzyIndex {
    const f = new FuzzyIndex();
    for (const entries of state) f.addKey(entries[0]!.at(-1)!, entries.map(([id, ...phons]) => ({ id: id!, phons })));
    return f;
  }

  /** Candidates for a name given as token keys, best first. */
  search(tokenKeys: string[]): FuzzyHit[] {
    if (tokenKeys.length === 0) return [];
    const phons = tokenKeys.map(phoneticKey);
    const last = phons[phons.length - 1]!;
    // A lone word is riskier than a full name: one edit, and only in a long word.
    const max = phons.length === 1 ? (last.length >= 8 ? 1 : 0) : last.length >= 8 ? 2 : last.length >= 5 ? 1 : 0;
    const best = new Map<string, number>();
    if (max === 0) {
      if (this.byLast.has(last)) this.score(phons, last, 0, best);
    } else {
      const mask = letterMask(last);
      for (let n = last.length - max; n <= last.length + max; n++) {
        const bucket = this.buckets.get(`${last[0]}${n}`);
        if (!bucket) continue;
        for (let k = 0; k < bucket.keys.length; k++) {
          // each edit changes at most two bits of the letter mask: a cheap test before the distance
          if (bitCount(mask ^ bucket.masks[k]!) > 2 * max) continue;
          const key = bucket.keys[k]!;
          const d = boundedDistance(last, key, max);
          if (d <= max) this.score(phons, key, d, best);
        }
      }
    }
    return [...best.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
  }

  /** Scores the entries under a last-token key `d` edits from the query's (`phons`), keeping each id's best in `best`. */
  private score(phons: string[], key: string, d: number, best: Map<string, number>): void {
    const last = phons[phons.length - 1]!;
    for (const e of this.byLast.get(key)!) {
      let dist = d;
      let len = last.length;
      if (phons.length > 1) {
        if (e.phons.length < 2) continue;
        const qf = phons[0]!;
        const ef = e.phons[0]!;
        const df = qf.length <= 2 || ef.length <= 2 ? (qf[0] === ef[0] ? 0 : 9) : boundedDistance(qf, ef, 1);
        if (df > 1) continue;
        dist += df;
        len += qf.length;
      }
      const score = Math.max(0, 1 - dist / len) * 0.9;
      if ((best.get(e.id) ?? 0) < score) best.set(e.id, score);
    }
  }
}

/** Which letters a key has, each letter's code folded onto one of 32 bits. */
function letterMask(key: string): number {
  let m = 0;
  for (let i = 0; i < key.length; i++) m |= 1 << (key.charCodeAt(i) & 31);
  return m;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
