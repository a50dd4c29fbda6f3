import type { InputError, RawArticle } from '../model/index.js';

/**
 * One item of an ingest stream: an article read, or an error naming where it happened.
 * A `warning` error is reported but does not stop its article (e.g. a date header that is not a date).
 */
export type IngestItem = { ok: true; raw: RawArticle } | { ok: false; error: InputError; warning?: boolean };

export interface IngestOptions {
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes: number;
  /** Per-request timeout for URLs, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = { maxBytes: 50 * 1024 * 1024, timeoutMs: 15_000 };

/** An input (or a line, a feed item) that could not be read, and why. */
export const failure = (where: string, reason: string): IngestItem => ({ ok: false, error: { where, reason } });

/** Something reported about an input whose article is still read. */
export const warning = (where: string, reason: string): IngestItem => ({ ok: false, warning: true, error: { where, reason } });
