import type { Article, TimeValue } from '../../model/index.js';
import { packFor, type Context } from '../../context.js';
import { compileTime, type CompiledTime } from './compile.js';
import { currentYear, formatAnchor, parseAnchor } from './calendar.js';
import { dateArticle, MIN_YEAR } from './dating.js';
import { officeEvidence, type YearEvidence } from './offices.js';
import { resolveInOrder, type ResolveContext } from './resolve.js';
import { tagTimes, type TimeMention } from './tag.js';

/** Norms whose value depends on the anchor (or on the context year when no year is written). */
const RELATIVE = new Set(['relDay', 'weekday', 'relUnit', 'ago', 'later', 'anaphor']);

function compiledFor(ctx: Context, code: string): CompiledTime | null {
  const pack = packFor(ctx, code);
  return pack?.time ? compileTime(pack.time, pack.code) : null;
}

/**
 * The time expressions of a text, each in the language of its paragraph (a quoted English line in
 * an Albanian article is read with English rules): consecutive paragraphs of one language are
 * scanned together, once.
 */
export function findTimes(doc: Pick<Article, 'view' | 'language' | 'paragraphs'>, ctx: Context): { mentions: TimeMention[]; main: CompiledTime | null; by: Map<TimeMention, CompiledTime> } {
  const main = compiledFor(ctx, doc.language);
  const by = new Map<TimeMention, CompiledTime>();
  const mentions: TimeMention[] = [];
  const runs: { start: number; end: number; language: string }[] = [];
  for (const p of doc.paragraphs) {
    const last = runs[runs.length - 1];
    if (last && last.language === p.language) last.end = p.end;
    else runs.push({ start: p.start, end: p.end, language: p.language });
  }
  if (runs.length === 0) runs.push({ start: 0, end: doc.view.length, language: doc.language });
  for (const run of runs) {
    const c = compiledFor(ctx, run.language) ?? main;
    if (!c) continue;
    const slice = doc.view.slice(run.start, run.end);
    for (const m of tagTimes(slice, c)) {
      const shifted = { ...m, start: m.start + run.start, end: m.end + run.start };
      mentions.push(shifted);
      by.set(shifted, c);
    }
  }
  return { mentions, main, by };
}

/** What the knowledge base's offices say about the years of an undated article (see offices.ts). */
function officesOf(doc: Article, ctx: Context): YearEvidence[] {
  if (!ctx.kb) return [];
  const pack = packFor(ctx, doc.language);
  const titles = pack?.names?.roleTitles ? { titles: pack.names.roleTitles, former: pack.time?.words.former ?? [] } : null;
  return officeEvidence(doc.view, doc.mentions, ctx.kb, titles, MIN_YEAR, currentYear());
}

/**
 * The Time stage: dates the article (doc.date, see dating.ts) and resolves every temporal
 * expression (doc.times). Values: `2023`, `2023-11`, `2023-11-22`, ISO weeks `2023-W47`, seasons
 * `2023-SU`, decades `199` (the 1990s), centuries `19` (the 20th), year ranges `2015/2020`;
 * durations (kind `duration`) `P3Y`, `P2W`, `PT3H`; sets (kind `set`) `P1Y` for every year;
 * a weekday that cannot be placed (no day-precise anchor) `XXXX-WXX-3`. `anchor` is the article
 * date a relative expression (or a date without a year) was resolved against, else null.
 */
export function timeStage(doc: Article, ctx: Context): void {
  const { mentions, main, by } = findTimes(doc, ctx);
  if (!main) return;
  const dating = dateArticle(doc.view, mentions, main, doc.date, doc.date ? [] : officesOf(doc, ctx), packFor(ctx, doc.language)?.dating ?? null);
  doc.date = dating.date;
  const rctx: ResolveContext = { anchor: parseAnchor(dating.date?.value), focusYear: dating.focusYear };
  const anchor = rctx.anchor ? formatAnchor(rctx.anchor) : null;
  const resolved = resolveInOrder(mentions, (m) => by.get(m) ?? main, rctx);
  const times: TimeValue[] = [];
  for (const [i, m] of mentions.entries()) {
    const r = resolved[i];
    if (!r) continue;
    const relative = RELATIVE.has(m.norm) || (m.norm === 'date' && !m.groups.year) || (m.norm === 'season' && !m.groups.year);
    times.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), value: r.value, kind: r.kind, anchor: relative ? anchor : null });
  }
  doc.times = times;
}
