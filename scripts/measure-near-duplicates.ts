/**
 * Measures the MinHash near-duplicate threshold on real news (../shared/data/news): how far edited
 * re-publications sit from their original, and how close unrelated articles come to each other.
 *
 *   node --import tsx scripts/measure-near-duplicates.ts [limit]
 *
 * Edits applied to each article (deterministic): `words` replaces 2% of the words, `tail` drops the
 * last 10% of the words, `append` adds 25 words from another article, `mixed` does all three plus a
 * punctuation/whitespace change. Unrelated: for each article, its nearest other article.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { minhash, similarity, bandKeys, NEAR_DUPLICATE_SIMILARITY, BANDS } from '../src/store/minhash.js';

const SHARED = process.env.KRONIKA_SHARED ?? join(import.meta.dirname, '..', '..', 'shared');
const limit = Number(process.argv[2] ?? 1500);

function corpora(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const alb = join(SHARED, 'data/news/alb-fake-news-corpus/articles.jsonl');
  if (existsSync(alb)) {
    out.sq = readFileSync(alb, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .slice(0, limit);
  }
  const bruk = join(SHARED, 'data/news/bruk-press/texts');
  if (existsSync(bruk)) {
    out.uk = readdirSync(bruk)
      .sort()
      .slice(0, limit)
      .map((f) => readFileSync(join(bruk, f), 'utf8'));
  }
  return out;
}

let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

const edits: Record<string, (t: string, other: string) => string> = {
  words: (t) => {
    const w = t.split(/(\s+)/);
    const n = Math.max(1, Math.round((w.length / 2) * 0.02));
    for (let i = 0; i < n; i++) {
      const a = 2 * Math.floor((rand() * w.length) / 2);
      const b = 2 * Math.floor((rand() * w.length) / 2);
      w[a] = w[b];
    }
    return w.join('');
  },
  tail: (t) => {
    const w = t.split(/\s+/);
    return w.slice(0, Math.ceil(w.length * 0.9)).join(' ');
  },
  append: (t, other) => `${t}\n${other.split(/\s+/).slice(0, 25).join(' ')}`,
  mixed: (t, other) => edits.append(edits.tail(edits.words(t, other), other), other).replace(/, /g, ' , ').replace(/\n/g, '\n\n'),
};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

for (const [lang, texts] of Object.entries(corpora())) {
  const docs = texts.map((t) => ({ t, h: minhash(t) })).filter((d): d is { t: string; h: Uint32Array } => d.h !== null);
  console.log(`\n${lang}: ${docs.length} articles fingerprinted`);
  for (const [name, edit] of Object.entries(edits)) {
    let candidates = 0;
    const d = docs.map((x, i) => {
      const h = minhash(edit(x.t, docs[(i + 7) % docs.length].t));
      if (!h) return 0;
      const a = bandKeys(x.h);
      if (bandKeys(h).some((k, b) => k === a[b])) candidates++;
      return similarity(x.h, h);
    });
    const found = d.filter((x) => x >= NEAR_DUPLICATE_SIMILARITY).length / d.length;
    console.log(`  edit ${name.padEnd(7)} similarity p1 ${pct(d, 0.01).toFixed(2)} p10 ${pct(d, 0.1).toFixed(2)} p50 ${pct(d, 0.5).toFixed(2)} min ${pct(d, 0).toFixed(2)}; >= ${NEAR_DUPLICATE_SIMILARITY}: ${(100 * found).toFixed(1)}%; LSH candidate: ${((100 * candidates) / d.length).toFixed(1)}%`);
  }
  const nearest: number[] = [];
  let identical = 0;
  let bandHits = 0;
  const keys = docs.map((x) => bandKeys(x.h));
  for (let i = 0; i < docs.length; i++) {
    let best = 0;
    for (let j = 0; j < docs.length; j++) {
      if (i === j) continue;
      if (docs[i].t === docs[j].t) {
        identical++;
        continue;
      }
      const x = similarity(docs[i].h, docs[j].h);
      if (x > best) best = x;
      if (j > i && keys[i].some((k, b) => k === keys[j][b])) bandHits++;
    }
    nearest.push(best);
  }
  const fp = nearest.filter((x) => x >= NEAR_DUPLICATE_SIMILARITY).length;
  const pairs = (docs.length * (docs.length - 1)) / 2;
  console.log(`  other articles: nearest similarity p50 ${pct(nearest, 0.5).toFixed(2)} p99 ${pct(nearest, 0.99).toFixed(2)} max ${pct(nearest, 1).toFixed(2)}; articles with another >= ${NEAR_DUPLICATE_SIMILARITY}: ${fp}; identical-text pairs skipped: ${identical / 2}`);
  console.log(`  LSH (${BANDS} bands): ${bandHits} candidate pairs of ${pairs} (${((100 * bandHits) / pairs).toFixed(4)}%)`);
}
