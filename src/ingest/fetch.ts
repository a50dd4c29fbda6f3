import type { IngestOptions } from './types.js';

export class FetchError extends Error {}

export interface Fetched {
  bytes: Buffer;
  /** The media type without parameters, lower case (`text/html`), or null when not sent. */
  contentType: string | null;
  /** The `charset` parameter of Content-Type, when sent. */
  charset: string | null;
  /** The URL the body came from, after redirects. */
  url: string;
}

const MAX_REDIRECTS = 5;
const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Is this argument an http(s) URL? */
export const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/**
 * GET an http(s) URL with Node's fetch: one timeout for the whole exchange (headers and body),
 * at most 5 redirects, and a size limit enforced while the body streams in (a Content-Length over
 * the limit is refused before reading). Throws FetchError with a one-line reason.
 */
export async function fetchBytes(url: string, opts: Pick<IngestOptions, 'timeoutMs' | 'maxBytes'>): Promise<Fetched> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), opts.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await fetch(current, { redirect: 'manual', signal: ac.signal, headers: { accept: ACCEPT, 'user-agent': 'kronika/0.1' } });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(res.headers.get('location')!, current);
        if (!isHttpUrl(next.href)) throw new FetchError(`redirect to a non-http URL ${next.href}`);
        current = next.href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FetchError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
      }
      const length = Number(res.headers.get('content-length') ?? NaN);
      if (length > opts.maxBytes) {
        await res.body?.cancel();
        throw new FetchError(tooLarge(opts.maxBytes));
      }
      const bytes = await readLimited(res, opts.maxBytes);
      const ct = res.headers.get('content-type');
      return {
        bytes,
        contentType: ct ? ct.split(';')[0]!.trim().toLowerCase() : null,
        charset: ct ? (/;\s*charset\s*=\s*"?([^";\s]+)/i.exec(ct)?.[1] ?? null) : null,
        url: current,
      };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (ac.signal.aborted) throw new FetchError(`timed out after ${opts.timeoutMs} ms`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`unreachable (${cause?.code ?? cause?.message ?? (e as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(tooLarge(maxBytes));
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

const tooLarge = (max: number) => `body over the ${formatBytes(max)} limit (--max-bytes)`;

export function formatBytes(n: number): string {
  if (n >= 1048576) return `${(n / 1048576).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
