import { basename, extname } from 'node:path';
import type { RawArticle, Source } from '../model/index.js';
import { parseSeedHeader, splitPlainTitle } from './seed.js';
import { warning, type IngestItem } from './types.js';

/** A plain-text or seed-format article (already decoded) → RawArticle, plus a warning for a bad date header. */
export function textArticle(text: string, source: Source): IngestItem[] {
  const seed = parseSeedHeader(text);
  if (seed) {
    const raw: RawArticle = { source, title: seed.title, body: seed.body, date: seed.date };
    const out: IngestItem[] = [];
    if (seed.dateError) out.push(warning(`${source.uri}:1`, seed.dateError));
    out.push({ ok: true, raw });
    return out;
  }
  const { title, body } = splitPlainTitle(text);
  return [{ ok: true, raw: { source, title, body, date: null } }];
}

export function fileSource(uri: string, kind: Source['kind'] = 'file'): Source {
  return { kind, uri, name: basename(uri, extname(uri)), outlet: null };
}
