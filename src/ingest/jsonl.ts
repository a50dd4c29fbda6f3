import { basename, extname } from 'node:path';
import type { ArticleDate, RawArticle, Source } from '../model/index.js';
import { metadataDate } from './dates.js';
import { extractHtml, HtmlError, primaryLanguage } from './html.js';
import { failure as fail, warning as warn, type IngestItem } from './types.js';

const STRING_FIELDS = ['id', 'url', 'title', 'date', 'text', 'html', 'lang', 'outlet'] as const;

/**
 * JSON Lines: one record a line, `{id, url, title, date, text | html, lang, outlet}`. Each record
 * is one article (source kind `jsonl`, `line` its 1-based line). A line that is not a JSON object,
 * or a record with neither `text` nor `html`, is an error `FILE:LINE: reason` and the rest of the
 * file goes on; a `date` that is not a date, or a field of the wrong type, is a warning and the
 * article is kept. `html` is read like an HTML page (title, date and outlet fill in what the
 * record leaves out). Blank lines are skipped.
 */
export function* jsonlArticles(text: string, where: string): Generator<IngestItem> {
  const lines = text.split(/\r?\n/);
  const stem = where === '-' ? 'stdin' : basename(where, extname(where));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `${where}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield fail(at, `malformed JSON (${(e as Error).message})`);
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      yield fail(at, 'a JSON Lines record must be an object');
      continue;
    }
    yield* record(rec as Record<string, unknown>, at, where, i + 1, stem);
  }
}

function* record(rec: Record<string, unknown>, at: string, where: string, line: number, stem: string): Generator<IngestItem> {
  const f: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
  for (const k of STRING_FIELDS) {
    const v = rec[k];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') f[k] = v;
    else if (k === 'id' && typeof v === 'number') f[k] = String(v);
    else yield warn(at, `field '${k}' is a ${typeof v}, not a string: ignored`);
  }
  if (!f.text?.trim() && !f.html?.trim()) {
    yield fail(at, "record has no 'text' or 'html'");
    return;
  }
  let date: ArticleDate | null = null;
  if (f.date?.trim()) {
    const r = metadataDate(f.date, 'jsonl:date');
    if ('date' in r) date = r.date;
    else yield warn(at, r.error);
  }
  const source: Source = { kind: 'jsonl', uri: where, name: f.id ?? `${stem}:${line}`, outlet: f.outlet ?? null, line, url: f.url ?? null };
  let raw: RawArticle;
  if (f.text?.trim()) {
    raw = { source, title: f.title ?? null, body: f.text, date, declaredLanguage: primaryLanguage(f.lang) };
  } else {
    try {
      const page = extractHtml(f.html!);
      if (!date && page.date) date = page.date;
      source.outlet ??= page.outlet;
      source.url ??= page.url;
      raw = { source, title: f.title ?? page.title, body: page.body, date, declaredLanguage: primaryLanguage(f.lang ?? page.lang) };
    } catch (e) {
      if (!(e instanceof HtmlError)) throw e;
      yield fail(at, `field 'html': ${e.message}`);
      return;
    }
  }
  yield { ok: true, raw };
}
