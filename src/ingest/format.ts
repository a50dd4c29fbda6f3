/** The formats Kronika reads. */
export type Format = 'text' | 'jsonl' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

const BY_MEDIA_TYPE: Record<string, Format> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'text/plain': 'text',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

/** Media types that say nothing about the format: the content decides. */
const UNTYPED = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * Is a media type one Kronika can read? Known types and untyped bodies are; images, PDFs,
 * archives are not (null: no Content-Type sent, also fine).
 */
export function readableMediaType(type: string | null): boolean {
  return !type || type in BY_MEDIA_TYPE || UNTYPED.has(type) || type.endsWith('+xml') || type.startsWith('text/');
}

/**
 * The format of an input: its HTTP media type when that is specific, else its file extension,
 * else its content (an XML declaration or `<rss>`/`<feed>` root → feed; a doctype, `<html>` or
 * paragraph markup → HTML; a first line that is a JSON object → JSON Lines; anything else → text).
 */
export function detectFormat(text: string, hints: { ext?: string; mediaType?: string | null }): Format {
  const byType = hints.mediaType ? BY_MEDIA_TYPE[hints.mediaType] : undefined;
  if (byType && byType !== 'text') return byType;
  const byExt = hints.ext ? BY_EXTENSION[hints.ext] : undefined;
  if (byExt) return byExt;
  return sniffFormat(text);
}

export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const noComments = head.replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (/^<\?xml/i.test(noComments)) return /<html[\s>]/i.test(noComments) ? 'html' : 'feed';
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/.test(noComments)) return 'feed';
  if (/^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(noComments)) return 'html';
  if (/^</.test(noComments) && /<\/(?:p|div|article|body)>/i.test(head)) return 'html';
  const firstLine = /^[^\n]*/.exec(head)![0].trim();
  if (firstLine.startsWith('{')) {
    try {
      const v = JSON.parse(firstLine);
      if (v && typeof v === 'object' && !Array.isArray(v)) return 'jsonl';
    } catch {
      // not JSON: plain text that starts with a brace
    }
  }
  return 'text';
}
