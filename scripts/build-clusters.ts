/**
 * Builds the word clusters of the NER models' cluster features (`npm run build-clusters`):
 * hierarchical clusters of transliteration keys learnt from unlabelled text under ../shared/data
 * (the NER corpora's training text, BSNLP raw news, BRUK press, WMT general test, Serbian
 * headlines, ADAQ sentences), written to models/clusters.tsv.gz as `key<TAB>bit path` lines.
 *
 * Method (a cheap stand-in for Brown clustering): each word of the vocabulary gets a sparse PPMI
 * vector of its left and right neighbours (the most frequent words as contexts); the L2-normalised
 * vectors are split in two along their principal direction, refined by spherical 2-means,
 * recursively, to depth 12. A word's path (`0110…`) is its branch at each split, so prefixes of
 * 4, 6, 10 bits are coarser and coarser clusters, as with Brown clusters.
 * Reproducible: fixed seed, sorted inputs.
 *   node --import tsx scripts/build-clusters.ts [--shared DIR] [--out FILE] [--min-count N] [--depth N]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { nerCorpora } from '../src/nlp/entities/gold/corpora.js';
import { seededRandom } from '../src/nlp/entities/perceptron.js';
import { translitKey } from '../src/nlp/entities/translit-key.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: process.env.KRONIKA_SHARED ?? resolve(root, '..', 'shared') },
    out: { type: 'string', default: join(root, 'models', 'clusters.tsv.gz') },
    'min-count': { type: 'string', default: '3' },
    'max-vocab': { type: 'string', default: '120000' },
    depth: { type: 'string', default: '12' },
    contexts: { type: 'string', default: '4000' },
  },
});
const data = join(values.shared!, 'data');
if (!existsSync(data)) {
  console.error(`build-clusters: ${data} is absent (pass --shared DIR)`);
  process.exit(2);
}
const t0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

/** The unlabelled sentences (as word lists), source by source. */
const TOKEN = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:[-‐'’ʼ][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const sentences: string[][] = [];
const addText = (text: string) => {
  for (const line of text.split(/\n+/)) {
    const words = line.match(TOKEN);
    if (words && words.length > 1) sentences.push(words);
  }
};
const files = (dir: string, re: RegExp): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)) : []);
const LANGS = ['sr', 'hr', 'bs', 'uk', 'ru'];
for (const part of nerCorpora(join(data, 'ner')).filter((p) => p.role === 'train' && LANGS.includes(p.lang))) for (const s of part.read()) sentences.push(s.words);
log(`NER training text: ${sentences.length} sentences`);
const bsnlp = join(data, 'bsnlp');
for (const topic of existsSync(bsnlp) ? readdirSync(bsnlp).sort() : []) {
  for (const lang of ['hr', 'uk', 'ru']) for (const f of files(join(bsnlp, topic, 'raw', lang), /\.txt$/)) addText(readFileSync(f, 'utf8').split('\n').slice(4).join('\n'));
}
for (const f of files(join(data, 'news', 'bruk-press', 'texts'), /\.txt$/)) addText(readFileSync(f, 'utf8'));
for (const f of files(join(data, 'news', 'wmt-generaltest'), /\.jsonl$/)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as Record<string, unknown>;
    const take = (v: unknown) => { if (Array.isArray(v)) addText(v.filter((x) => typeof x === 'string').join('\n')); };
    if (typeof doc.src_lang === 'string' && LANGS.includes(doc.src_lang)) take(doc.src);
    for (const l of LANGS) take(doc[l]);
    for (const [k, v] of Object.entries((doc.refs as Record<string, unknown>) ?? {})) if (LANGS.includes(k.split(':')[0]!)) take(v);
  }
}
for (const f of files(join(data, 'news', 'serbian-headlines-rts-n1'), /\.csv$/)) addText(readFileSync(f, 'utf8').split('\n').map((l) => l.split(/,https?:|;/)[0]).join('\n'));
for (const f of files(join(data, 'news', 'adaq-quotes'), /^ru_sentences\.tsv$/)) addText(readFileSync(f, 'utf8').split('\n').map((l) => l.split('\t')[0]).join('\n'));
log(`all text: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);

// vocabulary and context words by frequency (ties by key: reproducible)
const keyed = sentences.map((s) => s.map((w) => translitKey(w)));
sentences.length = 0;
const freq = new Map<string, number>();
for (const s of keyed) for (const k of s) freq.set(k, (freq.get(k) ?? 0) + 1);
const byFreq = [...freq].filter(([k, c]) => c >= Number(values['min-count']) && /\p{L}/u.test(k)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.slice(0, Number(values['max-vocab'])).map(([k]) => k);
const vid = new Map(vocab.map((k, i) => [k, i]));
const ctxWords = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(values.contexts)).map(([k]) => k);
const cid = new Map(ctxWords.map((k, i) => [k, i]));
log(`vocabulary ${vocab.length} words (count ≥ ${values['min-count']}), ${ctxWords.length} context words`);

// sparse PPMI vectors over left and right neighbours (context distribution smoothed, Levy et al. 2015)
const C = ctxWords.length + 1; // + sentence boundary
const D = 2 * C;
const pairs: number[] = [];
for (const s of keyed) {
  for (let i = 0; i < s.length; i++) {
    const w = vid.get(s[i]!);
    if (w === undefined) continue;
    const l = i === 0 ? C - 1 : cid.get(s[i - 1]!);
    const r = i === s.length - 1 ? C - 1 : cid.get(s[i + 1]!);
    if (l !== undefined) pairs.push(w * D + l);
    if (r !== undefined) pairs.push(w * D + C + r);
  }
}
const sorted = Float64Array.from(pairs).sort();
pairs.length = 0;
const wCount = new Float64Array(vocab.length);
const cCount = new Float64Array(D);
for (const x of sorted) { wCount[Math.floor(x / D)]! += 1; cCount[x % D]! += 1; }
let cTotal = 0;
for (let c = 0; c < D; c++) { cCount[c] = Math.pow(cCount[c]!, 0.75); cTotal += cCount[c]!; }
const start = new Int32Array(vocab.length + 1);
const idx: number[] = [];
const val: number[] = [];
for (let k = 0, w = 0; k < sorted.length; ) {
  const x = sorted[k]!;
  let e = k;
  while (e < sorted.length && sorted[e] === x) e++;
  const ww = Math.floor(x / D);
  while (w <= ww) start[w++] = idx.length;
  const c = x % D;
  const pmi = Math.log(((e - k) * cTotal) / (wCount[ww]! * cCount[c]!));
  if (pmi > 0) { idx.push(c); val.push(pmi); }
  k = e;
  if (k === sorted.length) while (w <= vocab.length) start[w++] = idx.length;
}
const cols = Int32Array.from(idx);
const vals = Float32Array.from(val);
for (let w = 0; w < vocab.length; w++) {
  let n = 0;
  for (let j = start[w]!; j < start[w + 1]!; j++) n += vals[j]! ** 2;
  n = Math.sqrt(n) || 1;
  for (let j = start[w]!; j < start[w + 1]!; j++) vals[j]! /= n;
}
log(`PPMI vectors: ${cols.length} non-zero values`);

// recursive bisection: principal direction split (PDDP), refined by spherical 2-means
const depth = Number(values.depth);
const paths = new Array<string>(vocab.length).fill('');
const dot = (w: number, c: Float64Array) => { let s = 0; for (let j = start[w]!; j < start[w + 1]!; j++) s += vals[j]! * c[cols[j]!]!; return s; };
const addTo = (w: number, c: Float64Array, f: number) => { for (let j = start[w]!; j < start[w + 1]!; j++) c[cols[j]!]! += f * vals[j]!; };
const normalise = (c: Float64Array) => { let n = 0; for (let d = 0; d < D; d++) n += c[d]! ** 2; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) c[d]! /= n; };
const split = (members: Int32Array): [Int32Array, Int32Array] | null => {
  if (members.length < 16) return null;
  const mean = new Float64Array(D);
  for (const w of members) addTo(w, mean, 1 / members.length);
  let v = new Float64Array(D);
  for (let d = 0; d < D; d++) v[d] = rnd() - 0.5;
  normalise(v);
  for (let it = 0; it < 12; it++) {
    let mv = 0;
    for (let d = 0; d < D; d++) mv += mean[d]! * v[d]!;
    const nv = new Float64Array(D);
    for (const w of members) { const p = dot(w, v) - mv; addTo(w, nv, p); }
    // subtract the mean's part: sum_w (x_w - mean) * p_w = sum_w x_w p_w - mean * sum_w p_w, sum_w p_w = 0
    normalise(nv);
    v = nv;
  }
  let mv = 0;
  for (let d = 0; d < D; d++) mv += mean[d]! * v[d]!;
  const side = new Uint8Array(members.length);
  members.forEach((w, j) => { side[j] = dot(w, v) > mv ? 1 : 0; });
  const c0 = new Float64Array(D);
  const c1 = new Float64Array(D);
  for (let it = 0; it < 6; it++) {
    c0.fill(0); c1.fill(0);
    members.forEach((w, j) => addTo(w, side[j] ? c1 : c0, 1));
    normalise(c0); normalise(c1);
    let moved = 0;
    members.forEach((w, j) => { const s = dot(w, c1) > dot(w, c0) ? 1 : 0; if (s !== side[j]) moved++; side[j] = s; });
    if (moved === 0) break;
  }
  const a = members.filter((_, j) => !side[j]);
  const b = members.filter((_, j) => side[j] === 1);
  return a.length && b.length ? [a, b] : null;
};
const rnd = seededRandom(20261123);
let level: Int32Array[] = [Int32Array.from(vocab.keys())];
for (let d = 0; d < depth; d++) {
  const next: Int32Array[] = [];
  for (const m of level) {
    const parts = split(m);
    if (!parts) continue;
    parts.forEach((p, bit) => { for (const w of p) paths[w] += String(bit); next.push(p); });
  }
  level = next;
  log(`depth ${d + 1}: ${level.length} clusters`);
}
const lines = vocab.map((k, i) => `${k}\t${paths[i] || '-'}`).sort();
writeFileSync(values.out!, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
log(`wrote ${values.out} (${lines.length} words)`);
