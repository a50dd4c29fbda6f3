import { NER_TYPES, type WordSpan } from './gold/types.js';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type NerScores = Record<'ALL' | 'PER' | 'ORG' | 'LOC', PRF>;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** CoNLL exact-span scoring: a predicted entity counts only when its span and type equal a gold one. */
export class SpanScorer {
  private c: Record<string, [number, number, number]> = {};

  add(gold: readonly WordSpan[], pred: readonly WordSpan[]): void {
    const key = (s: WordSpan) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) this.bump(s.type, g.has(key(s)) ? 0 : 1);
    for (const s of gold) if (!p.has(key(s))) this.bump(s.type, 2);
  }

  private bump(type: string, which: 0 | 1 | 2): void {
    for (const k of [type, 'ALL']) (this.c[k] ??= [0, 0, 0])[which]++;
  }

  scores(): NerScores {
    const out = {} as NerScores;
    for (const k of ['ALL', ...NER_TYPES] as const) {
      const [tp, fp, fn] = this.c[k] ?? [0, 0, 0];
      out[k] = prf(tp, fp, fn);
    }
    return out;
  }
}

/** A one-line-per-type table of scores. */
export function formatScores(s: NerScores): string {
  const rows = (['PER', 'ORG', 'LOC', 'ALL'] as const).map((k) => {
    const v = s[k];
    return `${k.padEnd(4)} P ${v.precision.toFixed(3)}  R ${v.recall.toFixed(3)}  F1 ${v.f1.toFixed(3)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`;
  });
  return rows.join('\n');
}
