import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { contextFeatures, neighbourFeatures, sentenceFeatures, tokenInfo, transitionFeatures, wordFeatures, type GazetteerTags } from './features.js';
import { AS_BIO, bioToBilou, NT, TAGS, viterbi } from './bilou.js';
import { translitKey } from './translit-key.js';

export { TAGS };

/**
 * An averaged structured perceptron tagger (Collins 2002) over BILOU tags with first-order
 * Viterbi decoding (./bilou.ts). Weights are a flat Float32Array indexed by
 * feature id × tag; feature strings map to ids through one Map.
 */
export class PerceptronTagger {
  readonly ids: Map<string, number>;
  weights: Float32Array;
  /** Whether the model was trained with gazetteer features (then give it gazetteer tags). */
  readonly usesGazetteer: boolean;
  /** Transliteration keys of words mostly written in lower case in the training text. */
  readonly lowerWords: ReadonlySet<string>;

  /** What the model file says about itself (languages served, training parts). */
  meta: Record<string, unknown> = {};

  constructor(ids: Map<string, number>, weights: Float32Array, lowerWords: ReadonlySet<string> = new Set()) {
    this.ids = ids;
    this.weights = weights;
    this.usesGazetteer = ids.has('g=-');
    this.lowerWords = lowerWords;
  }

  private score(feats: readonly string[], scores: Float64Array): void {
    scores.fill(0);
    const w = this.weights;
    for (const f of feats) {
      const id = this.ids.get(f);
      if (id === undefined) continue;
      const o = id * NT;
      for (let t = 0; t < NT; t++) scores[t]! += w[o + t]!;
    }
  }

  private readonly wordIds = new Map<string, Int32Array>();

  /** Ids of a word's own features, cached (words repeat; this is most of the lookups). */
  private idsOfWord(w: string): Int32Array {
    let ids = this.wordIds.get(w);
    if (!ids) {
      const list: number[] = [];
      for (const f of wordFeatures(w)) {
        const id = this.ids.get(f);
        if (id !== undefined) list.push(id);
      }
      ids = Int32Array.from(list);
      if (this.wordIds.size > 500_000) this.wordIds.clear();
      this.wordIds.set(w, ids);
    }
    return ids;
  }

  private readonly asNeighbour = new Map<string, Int32Array>();

  /**
   * Ids of the features a word gives the words around it, by slot: as w-1, w+1, w-2, w+2 and its
   * suffix as s3-1, s3+1 (-1 where the model lacks the feature). Cached per transliteration key.
   */
  private neighbourIds(key: string): Int32Array {
    let ids = this.asNeighbour.get(key);
    if (!ids) {
      ids = Int32Array.from(neighbourFeatures(key, key, key, key).map((f) => this.ids.get(f) ?? -1));
      if (this.asNeighbour.size > 500_000) this.asNeighbour.clear();
      this.asNeighbour.set(key, ids);
    }
    return ids;
  }

  private baseTrans: Float64Array | null = null;
  /** Score buffers reused from sentence to sentence (grown as needed). */
  private emitBuf = new Float64Array(0);
  private transBuf = new Float64Array(0);
  private readonly s2 = new Float64Array(NT);

  /** Scores of the "previous tag p" features for every (p, t): the same at every word. */
  private baseTransitions(): Float64Array {
    if (!this.baseTrans) {
      this.baseTrans = new Float64Array(NT * NT);
      TAGS.forEach((t, p) => {
        const id = this.ids.get(transitionFeatures(t, '')[0]);
        if (id !== undefined) for (let u = 0; u < NT; u++) this.baseTrans![p * NT + u] = this.weights[id * NT + u]!;
      });
    }
    return this.baseTrans;
  }
  private readonly transIds = new Map<string, Int32Array>();

  /** Ids of the features "previous tag p, this word" for every p (-1 where the model lacks one), cached per key. */
  private transitionIds(key: string): Int32Array {
    let ids = this.transIds.get(key);
    if (!ids) {
      ids = Int32Array.from(TAGS.map((t) => this.ids.get(transitionFeatures(t, key)[1]) ?? -1));
      if (this.transIds.size > 500_000) this.transIds.clear();
      this.transIds.set(key, ids);
    }
    return ids;
  }

  /** Tags of a sentence (BIO) and each word's margin (how much better its tag is than any other). */
  tag(words: readonly string[], gaz?: GazetteerTags): { tags: string[]; margins: number[] } {
    const n = words.length;
    const info = tokenInfo(words);
    if (this.emitBuf.length < n * NT) { this.emitBuf = new Float64Array(n * NT * 2); this.transBuf = new Float64Array(n * NT * NT * 2); }
    const emit = this.emitBuf.fill(0, 0, n * NT);
    const trans = this.transBuf;
    const s2 = this.s2;
    const w = this.weights;
    const add = (id: number, o: number, into: Float64Array) => {
      if (id < 0) return;
      const f = id * NT;
      for (let t = 0; t < NT; t++) into[o + t]! += w[f + t]!;
    };
    const key = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : info[j]!.key);
    const base = this.baseTransitions();
    for (let i = 0; i < n; i++) {
      const o = i * NT;
      for (const id of this.idsOfWord(words[i]!)) add(id, o, emit);
      // slot of each neighbour: w-1 (0), w+1 (1), w-2 (2), w+2 (3), s3-1 (4), s3+1 (5)
      const p1 = this.neighbourIds(key(i - 1));
      const n1 = this.neighbourIds(key(i + 1));
      add(p1[0]!, o, emit); add(n1[1]!, o, emit); add(p1[4]!, o, emit); add(n1[5]!, o, emit);
      add(this.neighbourIds(key(i - 2))[2]!, o, emit); add(this.neighbourIds(key(i + 2))[3]!, o, emit);
      this.score(contextFeatures(words, info, i, gaz, this.lowerWords, false), s2);
      for (let t = 0; t < NT; t++) emit[o + t]! += s2[t]!;
      const tw = this.transitionIds(info[i]!.key);
      trans.set(base, o * NT);
      for (let p = 0; p < NT; p++) add(tw[p]!, (o + p) * NT, trans);
    }
    const margins: number[] = new Array(n);
    const path = viterbi(n, emit, trans, margins);
    return { tags: Array.from(path, (t) => AS_BIO[t]!), margins };
  }

  /** Writes the model gzipped: feature names, and each feature's weights as 16-bit integers with the row's own scale. */
  save(path: string, meta: Record<string, unknown>): void {
    const n = this.ids.size;
    const scales = new Float32Array(n);
    const q = new Int16Array(n * NT);
    for (let f = 0; f < n; f++) {
      let max = 0;
      for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(this.weights[f * NT + t]!));
      scales[f] = max / 32767;
      for (let t = 0; t < NT; t++) q[f * NT + t] = max > 0 ? Math.round((this.weights[f * NT + t]! / max) * 32767) : 0;
    }
    const names = new Array<string>(n);
    for (const [f, id] of this.ids) names[id] = f;
    const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const body = JSON.stringify({ format: 'kronika-perceptron-4', tags: TAGS, meta, features: names.join('\n'), scales: b64(scales), weights: b64(q), lowerWords: [...this.lowerWords].sort().join('\n') });
    writeFileSync(path, gzipSync(body, { level: 9 }));
  }

  static load(path: string): PerceptronTagger {
    const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { format: string; tags: string[]; meta?: Record<string, unknown>; features: string; scales: string; weights: string; lowerWords?: string };
    if (raw.format !== 'kronika-perceptron-4' || raw.tags.join() !== TAGS.join()) throw new Error(`${path}: not a Kronika perceptron model (format 4) of tags ${TAGS.join(',')}`);
    const names = raw.features.split('\n');
    const ids = new Map<string, number>();
    names.forEach((f, i) => ids.set(f, i));
    const sb = Buffer.from(raw.scales, 'base64');
    const scales = new Float32Array(sb.buffer.slice(sb.byteOffset, sb.byteOffset + sb.byteLength));
    const qb = Buffer.from(raw.weights, 'base64');
    const q = new Int16Array(qb.buffer.slice(qb.byteOffset, qb.byteOffset + qb.byteLength));
    if (scales.length !== names.length || q.length !== names.length * NT) throw new Error(`${path}: ${names.length} features but ${scales.length} scales and ${q.length} weights`);
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i]! * scales[Math.floor(i / NT)]!;
    const tagger = new PerceptronTagger(ids, w, new Set(raw.lowerWords ? raw.lowerWords.split('\n') : []));
    tagger.meta = raw.meta ?? {};
    return tagger;
  }
}

export interface TrainSentence {
  words: string[];
  tags: string[];
  gaz?: GazetteerTags;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  /** After training, features whose largest absolute averaged weight is below this are pruned. */
  pruneBelow: number;
  log?: (msg: string) => void;
}

/** A small seeded PRNG (mulberry32): training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains an averaged perceptron on tagged sentences. */
export function trainPerceptron(data: TrainSentence[], opts: TrainOptions): PerceptronTagger {
  const log = opts.log ?? (() => {});
  const lowerWords = lowerCaseLexicon(data);
  log(`lower-case lexicon: ${lowerWords.size} words`);
  // 1. static features once, with counts
  const counts = new Map<string, number>();
  const staticFeats = data.map((s) => {
    const f = sentenceFeatures(s.words, s.gaz, lowerWords);
    for (const tok of f) for (const x of tok) counts.set(x, (counts.get(x) ?? 0) + 1);
    return f;
  });
  const ids = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) ids.set(f, ids.size);
  const keys = data.map((s) => s.words.map((w) => translitKey(w)));
  const staticIds = staticFeats.map((sent) => sent.map((tok) => Int32Array.from(tok.map((x) => ids.get(x) ?? -1).filter((x) => x >= 0))));
  staticFeats.length = 0;
  log(`features: ${ids.size} of ${counts.size} (min count ${opts.minCount})`);
  counts.clear();
  // transition features: "previous tag p" for every p; "previous tag p, this word" made when first updated
  const idOf = (f: string) => {
    let id = ids.get(f);
    if (id === undefined) { id = ids.size; ids.set(f, id); }
    return id;
  };
  const prevTagIds = TAGS.map((t) => idOf(transitionFeatures(t, '')[0]));
  const transByKey = new Map<string, Int32Array>();
  const transIds = (key: string) => {
    let x = transByKey.get(key);
    if (!x) { x = new Int32Array(NT).fill(-1); transByKey.set(key, x); }
    return x;
  };
  let cap = Math.max(1024, ids.size * 2);
  let w = new Float32Array(cap * NT);
  let tot = new Float64Array(cap * NT);
  let ts = new Int32Array(cap * NT);
  const grow = () => {
    if (ids.size <= cap) return;
    cap = ids.size * 2;
    const w2 = new Float32Array(cap * NT); w2.set(w); w = w2;
    const t2 = new Float64Array(cap * NT); t2.set(tot); tot = t2;
    const s2 = new Int32Array(cap * NT); s2.set(ts); ts = s2;
  };
  let step = 0;
  const upd = (fid: number, t: number, v: number) => {
    const i = fid * NT + t;
    tot[i]! += (step - ts[i]!) * w[i]!;
    ts[i] = step;
    w[i]! += v;
  };
  /** Updates the transition features from tag p into tag t at a word. */
  const updTrans = (key: string, p: number, t: number, v: number) => {
    upd(prevTagIds[p]!, t, v);
    const x = transIds(key);
    if (x[p]! < 0) { x[p] = idOf(transitionFeatures(TAGS[p]!, key)[1]); grow(); }
    upd(x[p]!, t, v);
  };
  const order = data.map((_, i) => i);
  const rnd = seededRandom(opts.seed);
  const goldTags = data.map((s) => bioToBilou(s.tags));
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const n = data[si]!.words.length;
      const sk = keys[si]!;
      const emit = new Float64Array(n * NT);
      const trans = new Float64Array(n * NT * NT);
      for (let i = 0; i < n; i++) {
        for (const id of staticIds[si]![i]!) { const f = id * NT; for (let t = 0; t < NT; t++) emit[i * NT + t]! += w[f + t]!; }
        const x = transIds(sk[i]!);
        for (let p = 0; p < NT; p++) {
          const o = (i * NT + p) * NT;
          for (const id of [prevTagIds[p]!, x[p]!]) { if (id < 0) continue; const f = id * NT; for (let t = 0; t < NT; t++) trans[o + t]! += w[f + t]!; }
        }
      }
      const pred = viterbi(n, emit, trans);
      const gold = goldTags[si]!;
      step++;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g === p) correct++;
        else for (const id of staticIds[si]![i]!) { upd(id, g, 1); upd(id, p, -1); }
        const gp = i > 0 ? gold[i - 1]! : 0;
        const pp = i > 0 ? pred[i - 1]! : 0;
        if (g !== p || gp !== pp) { updTrans(sk[i]!, gp, g, 1); updTrans(sk[i]!, pp, p, -1); }
      }
      total += n;
    }
    log(`epoch ${ep + 1}/${opts.epochs}: train accuracy ${(correct / total).toFixed(4)}`);
  }
  // average
  const n = ids.size;
  const avg = new Float32Array(n * NT);
  for (let i = 0; i < n * NT; i++) avg[i] = (tot[i]! + (step - ts[i]!) * w[i]!) / step;
  // prune
  const names = new Array<string>(n);
  for (const [f, id] of ids) names[id] = f;
  const keptIds = new Map<string, number>();
  const kept: number[] = [];
  for (let id = 0; id < n; id++) {
    let m = 0;
    for (let t = 0; t < NT; t++) m = Math.max(m, Math.abs(avg[id * NT + t]!));
    if (m >= opts.pruneBelow) { keptIds.set(names[id]!, kept.length); kept.push(id); }
  }
  const out = new Float32Array(kept.length * NT);
  kept.forEach((id, k) => out.set(avg.subarray(id * NT, id * NT + NT), k * NT));
  log(`pruned to ${keptIds.size} features (|w| ≥ ${opts.pruneBelow})`);
  return new PerceptronTagger(keptIds, out, lowerWords);
}

/** Words written in lower case more often than capitalised (sentence-initial words not counted), seen at least 3 times. */
function lowerCaseLexicon(data: TrainSentence[]): Set<string> {
  const c = new Map<string, [number, number]>();
  for (const s of data) {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i]!;
      if (!/\p{L}/u.test(w[0] ?? '')) continue;
      const k = translitKey(w);
      const e = c.get(k) ?? [0, 0];
      e[w[0] === w[0]!.toLowerCase() ? 0 : 1]++;
      c.set(k, e);
    }
  }
  const out = new Set<string>();
  for (const [k, [lo, up]] of c) if (lo + up >= 3 && lo > up) out.add(k);
  return out;
}
