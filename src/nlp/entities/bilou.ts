/**
 * The sequence model's tag scheme and its decoder. Tags are BILOU over PER/ORG/LOC (Begin,
 * Inside, Last, Unit-length), which lets the weights learn how names end as well as how they
 * start (Ratinov & Roth 2009); callers get BIO (`B-`, `I-`), the scheme of the corpora and of
 * the rest of Kronika. Decoding is exact first-order Viterbi under the scheme's constraints.
 */
export const TAGS = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'] as const;
export const NT = TAGS.length;
/** 0 for O, else 1 B, 2 I, 3 L, 4 U. */
const PART = TAGS.map((t) => (t === 'O' ? 0 : ' BILU'.indexOf(t[0]!)));
const TYPE = TAGS.map((t) => t.slice(2));
/** The BIO tag of each model tag. */
export const AS_BIO: readonly string[] = TAGS.map((t, i) => (t === 'O' ? 'O' : `${PART[i] === 1 || PART[i] === 4 ? 'B' : 'I'}-${TYPE[i]}`));

/** Is tag `t` allowed after `prev`? Inside a name (after B-/I-) only I-/L- of its type; outside, no I-/L-. */
function allowed(prev: number, t: number): boolean {
  const open = PART[prev] === 1 || PART[prev] === 2;
  if (!open) return PART[t] === 0 || PART[t] === 1 || PART[t] === 4;
  return (PART[t] === 2 || PART[t] === 3) && TYPE[t] === TYPE[prev];
}
/** ALLOWED[p * NT + t]: the constraint as a table. */
const ALLOWED = Uint8Array.from({ length: NT * NT }, (_, k) => (allowed(Math.floor(k / NT), k % NT) ? 1 : 0));
/** FROM[t]: the tags allowed before t (61 of the 169 pairs are allowed: the decoder visits those only). */
const FROM: readonly Int32Array[] = TAGS.map((_, t) => Int32Array.from(TAGS.map((_, p) => p).filter((p) => ALLOWED[p * NT + t])));
/** TO[p]: the tags allowed after p. */
const TO: readonly Int32Array[] = TAGS.map((_, p) => Int32Array.from(TAGS.map((_, t) => t).filter((t) => ALLOWED[p * NT + t])));
/** Tags a sentence may end on (not inside an open name). */
const CAN_END = PART.map((p) => p !== 1 && p !== 2);

/** BILOU tags (as indices into TAGS) from BIO/IOB2 tags (an I- after another type opens a name, as in CoNLL). */
export function bioToBilou(tags: readonly string[]): number[] {
  const index = new Map<string, number>(TAGS.map((t, i) => [t, i]));
  const opens = (i: number) => tags[i]!.startsWith('B-') || (tags[i]!.startsWith('I-') && (i === 0 || tags[i - 1]!.slice(2) !== tags[i]!.slice(2) || tags[i - 1] === 'O'));
  return tags.map((t, i) => {
    if (!t.startsWith('B-') && !t.startsWith('I-')) return 0;
    const type = t.slice(2);
    const continues = i + 1 < tags.length && tags[i + 1] === `I-${type}`;
    const part = opens(i) ? (continues ? 'B' : 'U') : continues ? 'I' : 'L';
    return index.get(`${part}-${type}`) ?? 0;
  });
}

/** Work buffers of the decoder, reused from call to call (grown as needed). */
let bufs = { alpha: new Float64Array(0), back: new Int32Array(0), beta: new Float64Array(0) };

/**
 * The best tag sequence (indices into TAGS) of n words given emission scores `emit[i*NT+t]` and
 * transition scores `trans[(m*NT+p)*NT+t]` (from tag p at word i-1 into t at word i, m = i or,
 * with `matrix`, matrix[i]: words may share one matrix; word 0 comes after O). With `margins`,
 * also each word's margin: the best path's score minus the best path's that gives the word
 * another tag (max-marginals from a backward pass).
 */
export function viterbi(n: number, emit: Float64Array, trans: Float64Array, margins?: number[], matrix?: Int32Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  if (bufs.alpha.length < n * NT) bufs = { alpha: new Float64Array(n * NT * 2), back: new Int32Array(n * NT * 2), beta: new Float64Array(n * NT * 2) };
  const { alpha, back } = bufs;
  const at = (i: number) => (matrix ? matrix[i]! : i) * NT * NT;
  const m0 = at(0);
  for (let t = 0; t < NT; t++) alpha[t] = ALLOWED[t] ? emit[t]! + trans[m0 + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const m = at(i);
    const a = (i - 1) * NT;
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      const from = FROM[t]!;
      for (let k = 0; k < from.length; k++) {
        const p = from[k]!;
        const v = alpha[a + p]! + trans[m + p * NT + t]!;
        if (v > best) { best = v; arg = p; }
      }
      alpha[i * NT + t] = best + emit[i * NT + t]!;
      back[i * NT + t] = arg;
    }
  }
  let last = 0;
  let bs = -Infinity;
  for (let t = 0; t < NT; t++) if (CAN_END[t] && alpha[(n - 1) * NT + t]! > bs) { bs = alpha[(n - 1) * NT + t]!; last = t; }
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * NT + path[i]!]!;
  if (margins) {
    const beta = bufs.beta;
    for (let t = 0; t < NT; t++) beta[(n - 1) * NT + t] = CAN_END[t] ? 0 : -Infinity;
    for (let i = n - 2; i >= 0; i--) {
      const m = at(i + 1);
      const b = (i + 1) * NT;
      for (let p = 0; p < NT; p++) {
        let best = -Infinity;
        const to = TO[p]!;
        for (let k = 0; k < to.length; k++) {
          const t = to[k]!;
          const v = trans[m + p * NT + t]! + emit[b + t]! + beta[b + t]!;
          if (v > best) best = v;
        }
        beta[i * NT + p] = best;
      }
    }
    for (let i = 0; i < n; i++) {
      const own = alpha[i * NT + path[i]!]! + beta[i * NT + path[i]!]!;
      let other = -Infinity;
      for (let t = 0; t < NT; t++) if (t !== path[i]) other = Math.max(other, alpha[i * NT + t]! + beta[i * NT + t]!);
      margins[i] = Number.isFinite(other) ? own - other : 100;
    }
  }
  return path;
}
