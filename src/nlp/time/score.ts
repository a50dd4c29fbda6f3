import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../model/index.js';
import type { CompiledTime } from './compile.js';
import { tagTimes, type TimeMention } from './tag.js';
import { timesInText } from './text.js';

/**
 * Scoring of the time tagger.
 * Span detection against brat DATE spans: a predicted span and a gold span are paired one to one,
 * in text order; `exact` pairs need equal start and end, `overlap` pairs need at least one
 * character in common. Precision = paired predictions / predictions, recall = paired gold / gold.
 */
export interface SpanScore {
  docs: number;
  gold: number;
  predicted: number;
  exact: { tp: number; p: number; r: number; f1: number };
  /**
   * Exact modulo a leading preposition and a final dot: a prediction also pairs with a gold span
   * that starts after its first word when that word is a preposition of the language (its prep,
   * rangeFrom, laterPre or agoPre lists: ner-uk leaves them out, `у [2015 році]`, `до [кінця 2011
   * року]`, `через [місяць]`; nerel-ru keeps them or not), and a final dot is ignored on both sides
   * (ner-uk's text is tokenised, `р .`; nerel-ru leaves the dot of `2011г.` out).
   */
  exactNoPrep: { tp: number; p: number; r: number; f1: number };
  overlap: { tp: number; p: number; r: number; f1: number };
  /** Gold spans whose text did not match the document at their offsets (skipped). */
  misaligned: number;
}

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Pair spans one to one (both lists sorted by start). */
function pairSpans(pred: Span[], gold: Span[], ok: (a: Span, b: Span) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    for (let i = 0; i < gold.length; i++) {
      if (used.has(i)) continue;
      const g = gold[i]!;
      if (g.start >= p.end) break;
      if (ok(p, g)) {
        used.add(i);
        tp++;
        break;
      }
    }
  }
  return tp;
}

/** DATE spans of a brat .ann file (discontinuous spans run from the first start to the last end). */
function readBratDates(ann: string, text: string, type = 'DATE'): { spans: Span[]; misaligned: number } {
  const spans: Span[] = [];
  let misaligned = 0;
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const fields = line.split('\t');
    // `T1<TAB>DATE 224 232<TAB>text` (standard brat) or `T1<TAB>DATE<TAB>224<TAB>232<TAB>text` (ner-uk)
    const tabbed = fields.length >= 5 && /^\d+$/.test(fields[2] ?? '');
    const head = tabbed ? `${fields[1]} ${fields[2]} ${fields[3]}` : fields[1];
    const surface = tabbed ? fields[4] : fields[2];
    if (!head) continue;
    const [kind, ...rest] = head.split(' ');
    if (kind !== type) continue;
    const nums = rest.join(' ').split(/[ ;]/).map(Number);
    if (nums.length < 2 || nums.some((n) => !Number.isInteger(n))) continue;
    const span = { start: nums[0]!, end: nums[nums.length - 1]! };
    if (surface !== undefined && text.slice(span.start, span.end).replace(/\s+/g, ' ') !== surface.replace(/\s+/g, ' ')) {
      misaligned++;
      continue;
    }
    spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, misaligned };
}

/** All brat documents (`x.txt` + `x.ann`) under a folder, recursively. */
export function bratDocuments(dir: string): { txt: string; ann: string }[] {
  const out: { txt: string; ann: string }[] = [];
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...bratDocuments(p));
    else if (e.name.endsWith('.ann')) {
      const txt = p.replace(/\.ann$/, '.txt');
      if (existsSync(txt)) out.push({ txt, ann: p });
    }
  }
  return out;
}

/** How a corpus marks its DATE spans, where it differs from our expressions. */
export interface SpanConvention {
  /** Leave durations and sets out (corpora that tag them as PERIOD, not DATE, like ner-uk). */
  dateOnly?: boolean;
  /**
   * Span types (ner-uk's PERIOD: `три роки тому`, `2014-2015`, `90-х`) whose overlapping
   * predictions are neither right nor wrong, unless they also overlap a DATE.
   */
  neutral?: string[];
  /**
   * The corpus tags a range of years as a PERIOD and each of its ends as a DATE (ner-uk:
   * `у [2014]-[2015 роках]`): a predicted range is scored as its two ends, the first year alone and
   * the second year with what follows it.
   */
  rangeEnds?: boolean;
}

/** A year range's two ends (`у 2014-2015 роках` → `2014`, `2015 роках`), or the mention itself. */
function ends(m: TimeMention): Span[] {
  if (m.norm !== 'yearRange') return [m];
  const years = [...m.text.matchAll(/\d{4}/g)];
  if (years.length !== 2) return [m];
  const [a, b] = [years[0]!.index!, years[1]!.index!];
  return [
    { start: m.start + a, end: m.start + a + 4 },
    { start: m.start + b, end: m.end },
  ];
}

/** One leading one-word preposition of the language (`у `, `до `, `через `). */
function leadingPreposition(c: CompiledTime): RegExp {
  const w = c.lexicon.words;
  const words = [...(w.prep ?? []), ...(w.rangeFrom ?? []), ...(w.laterPre ?? []), ...(w.agoPre ?? [])]
    .filter((x) => !/\s/.test(x))
    .map((x) => x.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${words.sort((a, b) => b.length - a.length).join('|') || '(?!)'})\\s+`, 'iu');
}

export function scoreSpans(docs: { txt: string; ann: string }[], c: CompiledTime, convention: SpanConvention = {}): SpanScore {
  const { dateOnly = false, neutral = [], rangeEnds = false } = convention;
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let exactNoPrep = 0;
  let overlap = 0;
  const leading = leadingPreposition(c);
  let misaligned = 0;
  for (const d of docs) {
    const text = readFileSync(d.txt, 'utf8');
    const ann = readFileSync(d.ann, 'utf8');
    const g = readBratDates(ann, text);
    misaligned += g.misaligned;
    const others = neutral.flatMap((t) => readBratDates(ann, text, t).spans);
    const overlaps = (a: Span, list: Span[]) => list.some((b) => a.start < b.end && b.start < a.end);
    const pred = tagTimes(text, c)
      .filter((m) => !dateOnly || (m.norm !== 'duration' && m.norm !== 'set'))
      .filter((m) => !others.length || overlaps(m, g.spans) || !overlaps(m, others))
      .flatMap((m) => (rangeEnds ? ends(m) : [m]));
    gold += g.spans.length;
    predicted += pred.length;
    exact += pairSpans(pred, g.spans, (a, b) => a.start === b.start && a.end === b.end);
    overlap += pairSpans(pred, g.spans, (a, b) => a.start < b.end && b.start < a.end);
    const end = (sp: Span) => sp.end - (/\s*\.$/.exec(text.slice(sp.start, sp.end))?.[0].length ?? 0);
    const afterPreposition = (sp: Span) => sp.start + (leading.exec(text.slice(sp.start, sp.end))?.[0].length ?? 0);
    exactNoPrep += pairSpans(pred, g.spans, (a, b) => (a.start === b.start || afterPreposition(a) === b.start) && end(a) === end(b));
  }
  return { docs: docs.length, gold, predicted, exact: prf(exact, predicted, gold), exactNoPrep: prf(exactNoPrep, predicted, gold), overlap: prf(overlap, predicted, gold), misaligned };
}

/** One line of a value gold set (test/time/gold/<lang>.jsonl). */
export interface ValueGold {
  sentence: string;
  anchor: string;
  expression: string;
  value: string;
}

export interface ValueResult {
  gold: ValueGold;
  line: number;
  got: string | null;
  ok: boolean;
}

/** Read a value gold set; a malformed line is an error naming the file, the line and the field. */
export function readValueGold(path: string): ValueGold[] {
  const out: ValueGold[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
      for (const f of ['sentence', 'anchor', 'expression', 'value']) if (typeof o[f] !== 'string') throw new Error(`${path}:${i + 1}: field '${f}' is missing or not a string`);
      if (!(o.sentence as string).includes(o.expression as string)) throw new Error(`${path}:${i + 1}: expression not in sentence`);
      out.push(o as unknown as ValueGold);
    });
  return out;
}

/** An expression counts as right when an output time overlaps it and has exactly its value. */
export function scoreValues(gold: ValueGold[], c: CompiledTime): ValueResult[] {
  return gold.map((g, i) => {
    const start = g.sentence.indexOf(g.expression);
    const end = start + g.expression.length;
    const found = timesInText(g.sentence, c, g.anchor).filter((t) => t.start < end && start < t.end);
    const hit = found.find((t) => t.value === g.value);
    return { gold: g, line: i + 1, got: hit ? hit.value : (found[0]?.value ?? null), ok: !!hit };
  });
}
