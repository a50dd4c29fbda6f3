import type { Article, Event } from '../model/index.js';

/**
 * Scoring of analysis output against gold annotations in the format of ../shared/gold/README.md:
 * language, script, date, entities (mention and entity recall), quotes (precision, recall,
 * attribution, non-quotes output), times, events and stories (pairwise). Pure functions over
 * analysed articles; the `kronika eval gold` command reads the files and prints the table.
 */

export interface GoldQuote {
  starts: string;
  speaker: string | null;
  speaker_org?: string;
  cue?: string;
  partial?: boolean;
}

export interface GoldDocument {
  language?: string;
  accept_languages?: string[];
  script?: string;
  date?: { value: string; source?: string; accept?: string[] };
  entities?: { name: string; type: string; mentions: string[] }[];
  quotes?: GoldQuote[];
  not_quotes?: { text: string }[] | null;
  times?: { text: string; value: string }[];
  events?: { type: string; participants?: string[]; place?: string; date?: string }[];
  [k: string]: unknown;
}

export interface GoldFile {
  documents: Record<string, GoldDocument>;
  stories?: { same_story?: [string, string][]; different_stories?: [string, string][] };
}

/** A count: `hit` of `total`. */
export interface Ratio {
  hit: number;
  total: number;
}

export interface QuoteMiss {
  doc: string;
  starts: string;
  want: string;
  got: string | null;
}

export interface GoldScores {
  documents: number;
  missingDocuments: string[];
  language: Ratio;
  script: Ratio;
  date: Ratio;
  mentions: Ratio;
  entities: Ratio;
  /** Gold quotes found (recall). */
  quoteRecall: Ratio;
  /** Output direct/partial quotes that match a gold quote (precision). */
  quotePrecision: Ratio;
  /** Found quotes with the right speaker. */
  attribution: Ratio;
  /** Output quotes whose text is one of the gold's non-quotes. */
  notQuotesOutput: Ratio;
  /** Reported (indirect) quotes output; the gold lists direct quotations only, so these are not scored. */
  indirect: number;
  times: Ratio;
  events: Ratio;
  stories: Ratio;
  /** Quote scores per gold language. */
  byLanguage: Record<string, { quoteRecall: Ratio; quotePrecision: Ratio; attribution: Ratio; notQuotesOutput: Ratio }>;
  /** Quotes missed, misattributed or spurious, for inspection. */
  errors: { missed: QuoteMiss[]; misattributed: QuoteMiss[]; spurious: { doc: string; text: string }[] };
}

const ratio = (): Ratio => ({ hit: 0, total: 0 });
const add = (r: Ratio, hit: boolean | number, total = 1) => {
  r.hit += typeof hit === 'number' ? hit : hit ? 1 : 0;
  r.total += total;
};

/** Case- and diacritics-insensitive form of a name. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const MARKS = /^[\s"“”„‟«»‹›‚‘’'—–-]+|[\s"“”„‟«»‹›‚‘’']+$/g;
/** Quote text as compared: quotation marks and spaces trimmed, spaces collapsed. */
export function quoteKey(s: string): string {
  return s.normalize('NFC').replace(MARKS, '').replace(/\s+/g, ' ');
}

export function scoreGold(gold: GoldFile, outputs: ReadonlyMap<string, Article>): GoldScores {
  const s: GoldScores = {
    documents: 0, missingDocuments: [], language: ratio(), script: ratio(), date: ratio(), mentions: ratio(), entities: ratio(),
    quoteRecall: ratio(), quotePrecision: ratio(), attribution: ratio(), notQuotesOutput: ratio(), indirect: 0,
    times: ratio(), events: ratio(), stories: ratio(), byLanguage: {}, errors: { missed: [], misattributed: [], spurious: [] },
  };
  for (const [key, g] of Object.entries(gold.documents)) {
    const doc = outputs.get(key);
    if (!doc) {
      s.missingDocuments.push(key);
      continue;
    }
    s.documents++;
    if (g.language) add(s.language, [g.language, ...(g.accept_languages ?? [])].includes(doc.language));
    if (g.script) add(s.script, g.script === doc.script);
    if (g.date) add(s.date, !!doc.date && [g.date.value, ...(g.date.accept ?? [])].includes(doc.date.value));
    scoreEntities(s, g, doc);
    scoreQuotes(s, key, g, doc);
    scoreTimes(s, g, doc);
    scoreEvents(s, g, doc);
  }
  for (const [a, b] of gold.stories?.same_story ?? []) {
    const x = outputs.get(a)?.story;
    const y = outputs.get(b)?.story;
    if (outputs.has(a) && outputs.has(b)) add(s.stories, !!x && x === y);
  }
  for (const [a, b] of gold.stories?.different_stories ?? []) {
    const x = outputs.get(a)?.story;
    const y = outputs.get(b)?.story;
    if (outputs.has(a) && outputs.has(b)) add(s.stories, !x || !y || x !== y);
  }
  return s;
}

/** The canonical name and aliases of an output entity, folded. */
function entityNames(doc: Article, id: string | null): Set<string> {
  const out = new Set<string>();
  const e = id ? doc.entities.find((x) => x.id === id) : undefined;
  if (e) for (const n of [e.name, ...e.aliases]) out.add(fold(n));
  return out;
}

function scoreEntities(s: GoldScores, g: GoldDocument, doc: Article): void {
  for (const ge of g.entities ?? []) {
    const want = fold(ge.name);
    let any = false;
    for (const surface of new Set(ge.mentions)) {
      const found = doc.mentions.some((m) => {
        if (m.text !== surface || !m.entity) return false;
        const e = doc.entities.find((x) => x.id === m.entity);
        return !!e && e.type === ge.type && entityNames(doc, e.id).has(want);
      });
      add(s.mentions, found);
      any ||= found;
    }
    add(s.entities, any);
  }
}

function langScores(s: GoldScores, lang: string) {
  return (s.byLanguage[lang] ??= { quoteRecall: ratio(), quotePrecision: ratio(), attribution: ratio(), notQuotesOutput: ratio() });
}

/** Does the output speaker match the gold one? Named: canonical name equal; unnamed: marked unnamed with the organisation. */
export function speakerMatches(doc: Article, q: Article['quotes'][number], g: GoldQuote): boolean {
  const sp = q.speaker;
  if (g.speaker === null) return !sp.named && !!sp.org && !!g.speaker_org && fold(sp.org) === fold(g.speaker_org);
  if (!sp.named) return false;
  const want = fold(g.speaker);
  if (sp.name && fold(sp.name) === want) return true;
  const e = sp.entity ? doc.entities.find((x) => x.id === sp.entity) : undefined;
  return !!e && fold(e.name) === want;
}

function scoreQuotes(s: GoldScores, key: string, g: GoldDocument, doc: Article): void {
  const lang = langScores(s, g.language ?? doc.language);
  const direct = doc.quotes.filter((q) => q.kind !== 'indirect');
  s.indirect += doc.quotes.length - direct.length;
  const used = new Set<number>();
  for (const gq of g.quotes ?? []) {
    const starts = quoteKey(gq.starts);
    const i = direct.findIndex((q, k) => !used.has(k) && quoteKey(q.text).startsWith(starts));
    add(s.quoteRecall, i >= 0);
    add(lang.quoteRecall, i >= 0);
    const want = gq.speaker ?? `(unnamed, ${gq.speaker_org ?? '?'})`;
    if (i < 0) {
      s.errors.missed.push({ doc: key, starts: gq.starts, want, got: null });
      continue;
    }
    used.add(i);
    const q = direct[i]!;
    const ok = speakerMatches(doc, q, gq);
    add(s.attribution, ok);
    add(lang.attribution, ok);
    if (!ok) s.errors.misattributed.push({ doc: key, starts: gq.starts, want, got: q.speaker.named ? q.speaker.name : `(unnamed, ${q.speaker.org ?? '?'})` });
  }
  if (g.quotes) {
    for (let k = 0; k < direct.length; k++) {
      add(s.quotePrecision, used.has(k));
      add(lang.quotePrecision, used.has(k));
      if (!used.has(k)) s.errors.spurious.push({ doc: key, text: direct[k]!.text.slice(0, 80) });
    }
  }
  for (const nq of g.not_quotes ?? []) {
    const t = quoteKey(nq.text);
    const hit = doc.quotes.some((q) => quoteKey(q.text) === t || quoteKey(q.text).startsWith(t));
    add(s.notQuotesOutput, hit);
    add(lang.notQuotesOutput, hit);
  }
}

function scoreTimes(s: GoldScores, g: GoldDocument, doc: Article): void {
  for (const gt of g.times ?? []) {
    const spans: [number, number][] = [];
    for (let p = doc.text.indexOf(gt.text); p >= 0; p = doc.text.indexOf(gt.text, p + 1)) spans.push([p, p + gt.text.length]);
    add(s.times, doc.times.some((t) => t.value === gt.value && spans.some(([a, b]) => t.start < b && a < t.end)));
  }
}

/** A gold event of an article. */
export type GoldEvent = NonNullable<GoldDocument['events']>[number];

/**
 * Whether an output event matches a gold event (the `events` row of ../shared/gold/README.md):
 * the same type, a shared participant, the same place where the gold gives one, and a date equal
 * to or inside the gold date.
 */
export function eventMatches(doc: Article, e: Event, ge: GoldEvent): boolean {
  const name = (id: string | null) => (id ? [...entityNames(doc, id), fold(id)] : []);
  const parts = new Set((ge.participants ?? []).map(fold));
  if (e.type !== ge.type) return false;
  if (parts.size && !e.participants.some((p) => name(p).some((n) => parts.has(n)))) return false;
  if (ge.place && !name(e.place).includes(fold(ge.place))) return false;
  if (ge.date && !(e.time ?? '').startsWith(ge.date)) return false;
  return true;
}

function scoreEvents(s: GoldScores, g: GoldDocument, doc: Article): void {
  for (const ge of g.events ?? []) add(s.events, doc.events.some((e) => eventMatches(doc, e, ge)));
}

const pct = (r: Ratio) => (r.total ? `${((100 * r.hit) / r.total).toFixed(1)}%` : '—');

/** The scores as a plain-text table: one row per field and metric. */
export function formatGoldTable(s: GoldScores): string {
  const rows: [string, string, Ratio][] = [
    ['language', 'accuracy', s.language], ['script', 'accuracy', s.script], ['date', 'accuracy', s.date],
    ['entities', 'mention recall', s.mentions], ['entities', 'entity recall', s.entities],
    ['quotes', 'precision', s.quotePrecision], ['quotes', 'recall', s.quoteRecall], ['quotes', 'attribution', s.attribution],
    ['not_quotes', 'output (lower is better)', s.notQuotesOutput], ['times', 'recall', s.times], ['events', 'recall', s.events],
    ['stories', 'pairwise accuracy', s.stories],
  ];
  const lines = [`documents scored: ${s.documents}${s.missingDocuments.length ? ` (no file for: ${s.missingDocuments.join(', ')})` : ''}`];
  lines.push(pad(['field', 'metric', 'score', 'n']));
  for (const [f, m, r] of rows) lines.push(pad([f, m, pct(r), `${r.hit}/${r.total}`]));
  lines.push(`indirect quotes output (not in the gold format, unscored): ${s.indirect}`);
  const langs = Object.keys(s.byLanguage).sort();
  if (langs.length > 1) {
    lines.push('', pad(['quotes by language', 'precision', 'recall', 'attribution', 'not_quotes out']));
    for (const l of langs) {
      const b = s.byLanguage[l]!;
      lines.push(pad([l, `${pct(b.quotePrecision)} ${b.quotePrecision.hit}/${b.quotePrecision.total}`, `${pct(b.quoteRecall)} ${b.quoteRecall.hit}/${b.quoteRecall.total}`, `${pct(b.attribution)} ${b.attribution.hit}/${b.attribution.total}`, `${b.notQuotesOutput.hit}/${b.notQuotesOutput.total}`]));
    }
  }
  return lines.join('\n') + '\n';
}

function pad(cols: string[]): string {
  const widths = [20, 26, 16, 16, 14];
  return cols.map((c, i) => c.padEnd(widths[i] ?? 12)).join(' ').trimEnd();
}
