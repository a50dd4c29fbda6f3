import { gunzipSync, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BOUNDARIES, gazetteerCodes, neighbourFeatures, pairFeatures, positionFeatures, prevTagFeature, prevTagWordFeature, sentenceFeatures, wordInfo, type GazetteerTags, type SentenceView, type Slot, type WordInfo } from './features.js';
import { AS_BIO, bioToBilou, NT, TAGS, viterbi } from './bilou.js';
import { loadClusters, type WordClusters } from './clusters.js';
import { translitKey } from './translit-key.js';

export { TAGS };

/** Feature hash → weight row: open addressing over typed arrays (no strings, no Map at tagging time). */
export class FeatureTable {
  readonly hashes: Uint32Array;
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** `hashes[row]` is the feature of weight row `row`. */
  constructor(hashes: Uint32Array) {
    this.hashes = hashes;
    let cap = 16;
    while (cap < hashes.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
    hashes.forEach((h, row) => {
      let i = Math.imul(h, 0x9e3779b1) & this.mask;
      while (this.rows[i]! >= 0) {
        if (this.keys[i] === h) throw new Error(`feature table: hash ${h} twice`);
        i = (i + 1) & this.mask;
      }
      this.keys[i] = h;
      this.rows[i] = row;
    });
  }

  get size(): number {
    return this.hashes.length;
  }

  /** The row of a feature, -1 when the model lacks it. */
  get(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) & this.mask;
    for (;;) {
      const r = this.rows[i]!;
      if (r < 0 || this.keys[i] === h) return r;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * A word as the tagger sees it: its analysis, and its weights summed once: of its own and
 * position features (`pos`: not first, first in the sentence), of the features it gives its
 * neighbours (`nb`, by slot), and the rows of "previous tag p, this word" for every p.
 */
interface WordEntry {
  info: WordInfo;
  lower: number;
  /** [pos not first, pos first, nb Prev, nb Next, nb Prev2, nb Next2] × NT. */
  sums: Float32Array;
  trans: Int32Array;
}

/**
 * An averaged structured perceptron tagger (Collins 2002) over BILOU tags with first-order
 * Viterbi decoding (./bilou.ts). Weights are a flat Float32Array indexed by feature row × tag;
 * features are 32-bit hashes (./features.ts) found through a FeatureTable.
 */
export class PerceptronTagger {
  readonly table: FeatureTable;
  weights: Float32Array;
  /** Whether the model was trained with gazetteer features (then give it gazetteer tags). */
  readonly usesGazetteer: boolean;
  /** Whether the model was trained with document features (then give it document codes, ./doc-context.ts). */
  readonly usesDocument: boolean;
  /** Transliteration keys of words mostly written in lower case in the training text. */
  readonly lowerWords: ReadonlySet<string>;
  /** Word clusters of the cluster features (null: the model has none). */
  readonly clusters: WordClusters | null;

  /** What the model file says about itself (languages served, training parts). */
  meta: Record<string, unknown> = {};

  constructor(table: FeatureTable, weights: Float32Array, opts: { lowerWords?: ReadonlySet<string>; clusters?: WordClusters | null; usesGazetteer: boolean; usesDocument?: boolean }) {
    this.table = table;
    this.weights = weights;
    this.usesGazetteer = opts.usesGazetteer;
    this.usesDocument = opts.usesDocument === true;
    this.lowerWords = opts.lowerWords ?? new Set();
    this.clusters = opts.clusters ?? null;
  }

  private readonly words = new Map<string, WordEntry>();
  private readonly fbuf: number[] = [];

  /** Adds the weights of features (hashes) to `into` at offset o. */
  private addFeatures(hashes: readonly number[], into: Float32Array, o: number): void {
    const w = this.weights;
    for (const h of hashes) {
      const r = this.table.get(h);
      if (r < 0) continue;
      const f = r * NT;
      for (let t = 0; t < NT; t++) into[o + t]! += w[f + t]!;
    }
  }

  /** A word's analysis and summed weights, cached (words repeat). */
  private entry(w: string): WordEntry {
    let e = this.words.get(w);
    if (!e) {
      e = this.makeEntry(wordInfo(w, this.clusters));
      if (this.words.size > 100_000) this.words.clear(); // ~0.5 kB a word: at most ~50 MB
      this.words.set(w, e);
    }
    return e;
  }

  private makeEntry(info: WordInfo): WordEntry {
    const lower = this.lowerWords.has(info.key) ? 1 : 0;
    const f = this.fbuf;
    const sums = new Float32Array(6 * NT);
    for (let first = 0; first < 2; first++) {
      f.length = 0;
      f.push(...info.own);
      positionFeatures(info, lower, first, f);
      this.addFeatures(f, sums, first * NT);
    }
    for (let slot = 0; slot < 4; slot++) {
      f.length = 0;
      neighbourFeatures(info, slot as Slot, f);
      this.addFeatures(f, sums, (2 + slot) * NT);
    }
    let trans = NO_TRANS;
    for (let p = 0; p < NT; p++) {
      const r = this.table.get(prevTagWordFeature(p, info.kh));
      if (r < 0) continue;
      if (trans === NO_TRANS) trans = new Int32Array(NT).fill(-1);
      trans[p] = r;
    }
    return { info, lower, sums, trans };
  }

  private boundaries: { start: WordEntry; end: WordEntry } | null = null;
  private baseTrans: Float64Array | null = null;
  /** Buffers reused from sentence to sentence (grown as needed). */
  private emitBuf = new Float64Array(0);
  private transBuf = new Float64Array(0);
  private readonly ctx: number[] = [];

  /** Scores of the "previous tag p" features for every (p, t): the same at every word. */
  private baseTransitions(): Float64Array {
    if (!this.baseTrans) {
      this.baseTrans = new Float64Array(NT * NT);
      for (let p = 0; p < NT; p++) {
        const r = this.table.get(prevTagFeature(p));
        if (r >= 0) for (let u = 0; u < NT; u++) this.baseTrans[p * NT + u] = this.weights[r * NT + u]!;
      }
    }
    return this.baseTrans;
  }

  /** Tags of a sentence (BIO) and each word's margin (how much better its tag is than any other). */
  tag(words: readonly string[], gaz?: GazetteerTags, doc?: Uint8Array): { tags: string[]; margins: number[] } {
    const n = words.length;
    const entries = new Array<WordEntry>(n);
    const info = new Array<WordInfo>(n);
    const lower = new Uint8Array(n);
    for (let i = 0; i < n; i++) { const e = this.entry(words[i]!); entries[i] = e; info[i] = e.info; lower[i] = e.lower; }
    const view: SentenceView = { info, lower, ...(gaz && this.usesGazetteer ? { gaz: gazetteerCodes(gaz) } : {}), ...(doc && this.usesDocument ? { doc } : {}) };
    this.boundaries ??= { start: this.makeEntry(BOUNDARIES.start), end: this.makeEntry(BOUNDARIES.end) };
    const { start, end } = this.boundaries;
    if (this.emitBuf.length < n * NT) this.emitBuf = new Float64Array(n * NT * 2);
    if (this.transBuf.length < (n + 1) * NT * NT) this.transBuf = new Float64Array((n + 1) * NT * NT * 2);
    const emit = this.emitBuf.fill(0, 0, n * NT);
    const trans = this.transBuf;
    const w = this.weights;
    const base = this.baseTransitions();
    trans.set(base, 0);
    const matrix = new Int32Array(n);
    let used = 0;
    const ctx = this.ctx;
    for (let i = 0; i < n; i++) {
      const o = i * NT;
      const e = entries[i]!;
      const pos = e.sums;
      const po = i === 0 ? NT : 0;
      const p1 = (i > 0 ? entries[i - 1]! : start).sums;
      const n1 = (i + 1 < n ? entries[i + 1]! : end).sums;
      const p2 = (i > 1 ? entries[i - 2]! : start).sums;
      const n2 = (i + 2 < n ? entries[i + 2]! : end).sums;
      for (let t = 0; t < NT; t++) emit[o + t] = pos[po + t]! + p1[2 * NT + t]! + n1[3 * NT + t]! + p2[4 * NT + t]! + n2[5 * NT + t]!;
      ctx.length = 0;
      pairFeatures(view, i, ctx);
      for (const h of ctx) {
        const r = this.table.get(h);
        if (r < 0) continue;
        const f = r * NT;
        for (let t = 0; t < NT; t++) emit[o + t]! += w[f + t]!;
      }
      // words without "previous tag p, this word" weights share matrix 0 (the base transitions)
      if (e.trans === NO_TRANS) { matrix[i] = 0; continue; }
      matrix[i] = ++used;
      const q0 = used * NT * NT;
      trans.set(base, q0);
      for (let p = 0; p < NT; p++) {
        const r = e.trans[p]!;
        if (r < 0) continue;
        const f = r * NT;
        const q = q0 + p * NT;
        for (let t = 0; t < NT; t++) trans[q + t]! += w[f + t]!;
      }
    }
    const margins: number[] = new Array(n);
    const path = viterbi(n, emit, trans, margins, matrix);
    return { tags: Array.from(path, (t) => AS_BIO[t]!), margins };
  }

  /** Writes the model gzipped: feature hashes, and each feature's weights as 16-bit integers with the row's own scale. */
  save(path: string, meta: Record<string, unknown>): void {
    const n = this.table.size;
    const scales = new Float32Array(n);
    const q = new Int16Array(n * NT);
    for (let f = 0; f < n; f++) {
      let max = 0;
      for (let t = 0; t < NT; t++) max = Math.max(max, Math.abs(this.weights[f * NT + t]!));
      scales[f] = max / 32767;
      for (let t = 0; t < NT; t++) q[f * NT + t] = max > 0 ? Math.round((this.weights[f * NT + t]! / max) * 32767) : 0;
    }
    const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
    const body = JSON.stringify({ format: FORMAT, tags: TAGS, meta, gazetteer: this.usesGazetteer, ...(this.usesDocument ? { document: true } : {}), features: b64(this.table.hashes), scales: b64(scales), weights: b64(q), lowerWords: [...this.lowerWords].sort().join('\n') });
    writeFileSync(path, gzipSync(body, { level: 9 }));
  }

  /** Reads a model; its clusters file (`meta.clusters`) is looked for beside it. */
  static load(path: string): PerceptronTagger {
    const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as { format: string; tags: string[]; meta?: Record<string, unknown>; gazetteer?: boolean; document?: boolean; features: string; scales: string; weights: string; lowerWords?: string };
    if (raw.format !== FORMAT || raw.tags.join() !== TAGS.join()) throw new Error(`${path}: not a Kronika perceptron model (${FORMAT}) of tags ${TAGS.join(',')}`);
    const typed = <A>(b64: string, make: (b: ArrayBuffer) => A) => { const b = Buffer.from(b64, 'base64'); return make(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); };
    const hashes = typed(raw.features, (b) => new Uint32Array(b));
    const scales = typed(raw.scales, (b) => new Float32Array(b));
    const q = typed(raw.weights, (b) => new Int16Array(b));
    if (scales.length !== hashes.length || q.length !== hashes.length * NT) throw new Error(`${path}: ${hashes.length} features but ${scales.length} scales and ${q.length} weights`);
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i]! * scales[Math.floor(i / NT)]!;
    const meta = raw.meta ?? {};
    let clusters: WordClusters | null = null;
    if (typeof meta.clusters === 'string') {
      const file = join(dirname(path), basename(meta.clusters));
      if (!existsSync(file)) throw new Error(`${path}: its clusters file ${file} is missing (npm run build-clusters)`);
      clusters = loadClusters(file);
    }
    const tagger = new PerceptronTagger(new FeatureTable(hashes), w, { lowerWords: new Set(raw.lowerWords ? raw.lowerWords.split('\n') : []), clusters, usesGazetteer: raw.gazetteer === true, usesDocument: raw.document === true });
    tagger.meta = meta;
    return tagger;
  }
}

const FORMAT = 'kronika-perceptron-5';
/** The "previous tag p, this word" rows of a word the model has none for (most words). */
const NO_TRANS = new Int32Array(NT).fill(-1);

export interface TrainSentence {
  words: string[];
  tags: string[];
  gaz?: GazetteerTags;
  /** Document codes of the words (./doc-context.ts): train with document features. */
  doc?: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped before training. */
  minCount: number;
  /** After training, features whose largest absolute averaged weight is below this are pruned. */
  pruneBelow: number;
  /** Word clusters for the cluster features. */
  clusters?: WordClusters | null;
  /** Called after each epoch with a function that builds the averaged tagger so far (for early stopping). */
  afterEpoch?: (epoch: number, snapshot: () => PerceptronTagger) => void;
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
  const clusters = opts.clusters ?? null;
  log(`lower-case lexicon: ${lowerWords.size} words${clusters ? `; clusters of ${clusters.size} words` : ''}`);
  // 1. static features once, with counts
  const counts = new Map<number, number>();
  const keys: Int32Array[] = [];
  const staticFeats = data.map((s) => {
    const { info, feats } = sentenceFeatures(s.words, s.gaz, lowerWords, clusters, s.doc);
    keys.push(Int32Array.from(info, (x) => x.kh));
    for (const tok of feats) for (const x of tok) counts.set(x, (counts.get(x) ?? 0) + 1);
    return feats;
  });
  const ids = new Map<number, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) ids.set(f, ids.size);
  const staticIds = staticFeats.map((sent) => sent.map((tok) => Int32Array.from(tok.map((x) => ids.get(x) ?? -1).filter((x) => x >= 0))));
  staticFeats.length = 0;
  log(`features: ${ids.size} of ${counts.size} (min count ${opts.minCount})`);
  counts.clear();
  // transition features: "previous tag p" for every p; "previous tag p, this word" made when first updated
  const idOf = (f: number) => {
    let id = ids.get(f);
    if (id === undefined) { id = ids.size; ids.set(f, id); }
    return id;
  };
  const prevTagIds = TAGS.map((_, p) => idOf(prevTagFeature(p)));
  const transByKey = new Map<number, Int32Array>();
  const transIds = (kh: number) => {
    let x = transByKey.get(kh);
    if (!x) { x = new Int32Array(NT).fill(-1); transByKey.set(kh, x); }
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
  const updTrans = (kh: number, p: number, t: number, v: number) => {
    upd(prevTagIds[p]!, t, v);
    const x = transIds(kh);
    if (x[p]! < 0) { x[p] = idOf(prevTagWordFeature(p, kh)); grow(); }
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
    opts.afterEpoch?.(ep + 1, () => averaged(ids, w, tot, ts, step, opts.pruneBelow, { lowerWords, clusters, usesGazetteer: data.some((s) => s.gaz), usesDocument: data.some((s) => s.doc) }));
  }
  const tagger = averaged(ids, w, tot, ts, step, opts.pruneBelow, { lowerWords, clusters, usesGazetteer: data.some((s) => s.gaz), usesDocument: data.some((s) => s.doc) });
  log(`pruned to ${tagger.table.size} features (|w| ≥ ${opts.pruneBelow})`);
  return tagger;
}

/** The averaged weights so far as a tagger, features whose largest absolute weight is below `pruneBelow` dropped. */
function averaged(ids: Map<number, number>, w: Float32Array, tot: Float64Array, ts: Int32Array, step: number, pruneBelow: number, opts: ConstructorParameters<typeof PerceptronTagger>[2]): PerceptronTagger {
  const hashes: number[] = [];
  const out: number[] = [];
  const row = new Float32Array(NT);
  for (const [h, id] of ids) {
    let m = 0;
    for (let t = 0; t < NT; t++) {
      const i = id * NT + t;
      row[t] = (tot[i]! + (step - ts[i]!) * w[i]!) / step;
      m = Math.max(m, Math.abs(row[t]!));
    }
    if (m >= pruneBelow && m > 0) { hashes.push(h); for (let t = 0; t < NT; t++) out.push(row[t]!); }
  }
  return new PerceptronTagger(new FeatureTable(Uint32Array.from(hashes)), Float32Array.from(out), opts);
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

/**
 * The mean of several taggers' weights (trained on the same data in different orders): a
 * bagging-like average that evens out the perceptron's dependence on the order of its data.
 * Features whose largest mean weight is below `pruneBelow` are dropped.
 */
export function averageTaggers(taggers: readonly PerceptronTagger[], pruneBelow: number): PerceptronTagger {
  const first = taggers[0];
  if (!first) throw new Error('averageTaggers: no taggers');
  const rows = new Map<number, Float32Array>();
  for (const t of taggers) {
    t.table.hashes.forEach((h, r) => {
      let acc = rows.get(h);
      if (!acc) { acc = new Float32Array(NT); rows.set(h, acc); }
      for (let k = 0; k < NT; k++) acc[k]! += t.weights[r * NT + k]! / taggers.length;
    });
  }
  const hashes: number[] = [];
  const out: number[] = [];
  for (const [h, acc] of rows) {
    let m = 0;
    for (let k = 0; k < NT; k++) m = Math.max(m, Math.abs(acc[k]!));
    if (m >= pruneBelow && m > 0) { hashes.push(h); out.push(...acc); }
  }
  return new PerceptronTagger(new FeatureTable(Uint32Array.from(hashes)), Float32Array.from(out), { lowerWords: first.lowerWords, clusters: first.clusters, usesGazetteer: first.usesGazetteer, usesDocument: first.usesDocument });
}
