import type { KbEntity, Office } from '../../kb/types.js';
import type { RoleTitle } from '../../lang/types/names.js';
import type { Mention } from '../../model/index.js';

/**
 * Office evidence for dating an article: the knowledge base knows when people held offices.
 * - A person named with a title of one of their offices (`premijerka Ana Brnabić`, `President
 *   Poroshenko`, `Mark Rutte, NATO Secretary General`, `генсек НАТО Столтенберг`) is written about
 *   while in that office: strong evidence for the years of that term. A title after a `former`
 *   word (`bivši premijer`, `ish-kryeministri`) says nothing about the date.
 * - A person mentioned without a title is weaker evidence for the years of any of their offices.
 * Each piece is a span of time with a weight; a year scores each piece's weight times the share
 * of the year the span covers (a term from June 2020 to March 2021 backs 2020 more than 2021);
 * `officeSummary` gathers them for the year choice (dating-years.ts).
 */
export interface YearEvidence {
  /** When the span starts and ends, in fractional years (`2020.42`: early June 2020). */
  start: number;
  end: number;
  weight: number;
  why: string;
  /** The person (KB id) it comes from. */
  who?: string;
}

export interface OfficeLookup {
  get(id: string): KbEntity | undefined;
}

export interface TitleData {
  titles: RoleTitle[];
  /** Words that make a following title a past one (`former`, `bivši`, `ish`). */
  former: string[];
}

const STRONG = 3;
const WEAK = 1;
/** Words looked at on either side of a name for its title. */
const REACH_WORDS = 6;
const REACH_CHARS = 90;
/** A title word's ending may vary this much (`sekretar` → `sekretarom`, `generalni` → `generalnim`). */
const MAX_ENDING = 3;

interface CompiledTitles {
  /** Title word sequences with their role, longest first. */
  titles: { role: string; words: string[] }[];
  former: Set<string>;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** Compiled once per language pack (keyed by its title list). */
const cache = new WeakMap<RoleTitle[], CompiledTitles>();

function compile(d: TitleData): CompiledTitles {
  let c = cache.get(d.titles);
  if (c) return c;
  const titles: CompiledTitles['titles'] = [];
  for (const t of d.titles) for (const p of t.phrases) titles.push({ role: t.role, words: p.toLowerCase().match(WORD) ?? [] });
  titles.sort((a, b) => b.words.length - a.words.length);
  c = { titles: titles.filter((t) => t.words.length), former: new Set(d.former.map((w) => w.toLowerCase())) };
  cache.set(d.titles, c);
  return c;
}

/** A text word is a form of a title word: the same, or the title word with a different short ending. */
function sameWord(text: string, title: string): boolean {
  if (text === title) return true;
  if (title.length < 5) return false;
  const stem = title.slice(0, title.length - Math.min(2, title.length - 4));
  return text.startsWith(stem) && text.length - stem.length <= MAX_ENDING;
}

interface TitleHit {
  role: string;
  text: string;
  former: boolean;
}

/** The title among `words` (lower case) nearest to the end (`fromEnd`) or to the start, and whether a `former` word precedes it. */
function findTitle(words: string[], c: CompiledTitles, fromEnd: boolean): TitleHit | null {
  const order = [...words.keys()];
  if (fromEnd) order.reverse();
  for (const i of order) {
    for (const t of c.titles) {
      if (i + t.words.length > words.length) continue;
      let ok = true;
      for (let j = 0; j < t.words.length && ok; j++) ok = sameWord(words[i + j]!, t.words[j]!);
      if (!ok) continue;
      const former = words.slice(Math.max(0, i - 2), i).some((w) => c.former.has(w));
      return { role: t.role, text: words.slice(i, i + t.words.length).join(' '), former };
    }
  }
  return null;
}

/** The lower-case words of a window of text; a `former` prefix is a word of its own (`ish-kryeministri`, `экс-премьер`). */
function wordsOf(text: string, c: CompiledTitles): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    const dash = w.search(/[-'’]/);
    if (dash > 0 && c.former.has(w.slice(0, dash))) out.push(w.slice(0, dash), w.slice(dash + 1));
    else out.push(w);
  }
  return out;
}

function titleNear(view: string, m: Mention, c: CompiledTitles): TitleHit | null {
  // Before the name: `premijerka Ana Brnabić`, `Sekretari i Përgjithshëm i NATO-s, Mark Rutte`.
  let before = view.slice(Math.max(0, m.start - REACH_CHARS), m.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('»'));
  if (stop >= 0) before = before.slice(stop + 1);
  const bw = wordsOf(before, c).slice(-REACH_WORDS);
  const hit = findTitle(bw, c, true);
  if (hit) return hit;
  // After the name, as an apposition: `Mark Rutte, NATO Secretary General`.
  const after = view.slice(m.end, m.end + REACH_CHARS);
  if (!/^\s*[,(–—-]/.test(after)) return null;
  let aw = after.replace(/^\s*[,(–—-]\s*/, '');
  const end = aw.search(/[.,;:)"”«»\n]/);
  if (end >= 0) aw = aw.slice(0, end);
  return findTitle(wordsOf(aw, c).slice(0, REACH_WORDS), c, false);
}

/** An ISO date (`2020`, `2020-06`, `2020-06-03`) as a fractional year; a missing part counts as its middle. */
function fractional(iso: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (!m[2]) return y + 0.5;
  const month = Number(m[2]) - 1;
  if (!m[3]) return y + (month + 0.5) / 12;
  return y + (Date.UTC(y, month, Number(m[3])) - Date.UTC(y, 0, 1)) / (365.25 * 86_400_000);
}

/** The span of a term in fractional years, within [min, now]. */
function termSpan(o: Office, min: number, now: number): [number, number] {
  const start = (o.from && fractional(o.from)) || min;
  const end = (o.to && fractional(o.to)) || now;
  return [Math.max(min, start), Math.min(now, end)];
}

const label = (a: number, b: number) => `${Math.floor(a)}–${Math.floor(b)}`;

/**
 * The organisations and countries named just before a person (`kryetarja e Kuvendit të Kosovës,
 * Vjosa Osmani`, `the Speaker of the Assembly X`): the title before the name belongs to them.
 */
function orgsBefore(mentions: Mention[], m: Mention): Set<string> {
  const out = new Set<string>();
  let outer: Mention | null = null;
  for (const o of mentions) {
    if (o.start >= m.start) break;
    if (o.type === 'PER' || !o.entity || o.end > m.start || o.start < m.start - REACH_CHARS) continue;
    // A name inside another (`Kosovës` in `Kuvendit të Kosovës`) qualifies it: the outer one is meant.
    if (outer && o.start >= outer.start && o.end <= outer.end) continue;
    outer = o;
    out.add(o.entity);
  }
  return out;
}

/**
 * The offices a title names: those of its role (a generic `head` title: the head role of the
 * organisation); when the title is tied to an organisation named with it and the person held an
 * office there, the offices there of that role, else all the offices there (`kryetarja e
 * Kuvendit`: the chair of the assembly, not the president of the country).
 */
function heldOffices(offices: Office[], role: string, orgs: Set<string>, kb: OfficeLookup): Office[] {
  const ofRole = (o: Office) => o.role === role || (role === 'head' && kb.get(o.org)?.head === o.role);
  const there = offices.filter((o) => orgs.has(o.org));
  if (there.length) {
    const exact = there.filter(ofRole);
    return exact.length ? exact : there;
  }
  return offices.filter(ofRole);
}

/** Office evidence from a document's linked person mentions. */
export function officeEvidence(view: string, mentions: Mention[], kb: OfficeLookup, titles: TitleData | null, min: number, upper: number): YearEvidence[] {
  const nowDate = new Date();
  const now = Math.min(upper + 1, nowDate.getUTCFullYear() + (nowDate.getTime() - Date.UTC(nowDate.getUTCFullYear(), 0, 1)) / (365.25 * 86_400_000));
  const c = titles ? compile(titles) : null;
  const strong = new Map<string, YearEvidence[]>();
  const weak = new Map<string, YearEvidence[]>();
  for (const m of mentions) {
    if (m.type !== 'PER' || !m.entity) continue;
    const e = kb.get(m.entity);
    const offices = e?.offices;
    if (!e || !offices?.length) continue;
    const hit = c ? titleNear(view, m, c) : null;
    if (hit && !hit.former) {
      const held = heldOffices(offices, hit.role, orgsBefore(mentions, m), kb);
      if (held.length && !strong.has(`${e.id} ${hit.role}`)) {
        strong.set(
          `${e.id} ${hit.role}`,
          held.map((o) => {
            const [start, end] = termSpan(o, min, now);
            return { start, end, weight: STRONG, why: `${hit.text} ${m.text} (${o.role} ${o.org} ${label(start, end)})`, who: e.id };
          }),
        );
        continue;
      }
    }
    if (hit?.former || weak.has(e.id)) continue;
    weak.set(
      e.id,
      offices.map((o) => {
        const [start, end] = termSpan(o, min, now);
        return { start, end, weight: WEAK, why: `${m.text} (${o.role} ${o.org} ${label(start, end)})`, who: e.id };
      }),
    );
  }
  // A person named with a title once counts as titled.
  for (const k of strong.keys()) weak.delete(k.slice(0, k.indexOf(' ')));
  const out: YearEvidence[] = [];
  for (const list of [...strong.values(), ...weak.values()]) out.push(...mergeTerms(list));
  return out;
}

/** One person's terms of one kind, merged where they touch, so a person counts once per year. */
function mergeTerms(list: YearEvidence[]): YearEvidence[] {
  const sorted = [...list].filter((e) => e.start < e.end).sort((a, b) => a.start - b.start);
  const out: YearEvidence[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end + 0.01) out[out.length - 1] = { ...last, end: Math.max(last.end, e.end), why: `${last.why}, ${e.why}` };
    else out.push({ ...e });
  }
  return out;
}

/** The office evidence of an article as the year choice weighs it (dating-years.ts). */
export interface OfficeSummary {
  evidence: YearEvidence[];
  /** Whether a title backs the evidence. */
  strong: boolean;
  /** How many people it comes from. */
  people: number;
}

/** Whether a title backs the evidence, and how many people it comes from. */
export function officeSummary(evidence: YearEvidence[]): (OfficeSummary & { why: string }) | null {
  if (!evidence.length) return null;
  const strong = evidence.some((e) => e.weight >= STRONG);
  const people = new Set(evidence.map((e) => e.who ?? e.why)).size;
  const shown = strong ? evidence.filter((e) => e.weight >= STRONG) : evidence;
  return { evidence, strong, people, why: shown.map((e) => e.why).slice(0, 4).join('; ') };
}

/** How much of year `y` a span covers, 0..1. */
const coverage = (e: YearEvidence, y: number) => Math.max(0, Math.min(e.end, y + 1) - Math.max(e.start, y));

/** A year's score: each piece's weight times the share of the year it covers. */
export function scoreOf(evidence: YearEvidence[], year: number): number {
  let s = 0;
  for (const e of evidence) s += e.weight * coverage(e, year);
  return s;
}
