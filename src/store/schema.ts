import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Every query in the store is written against these types, once,
 * for every dialect (SQLite now, PostgreSQL later). Later layers (mentions, entities, times,
 * quotes, stories) add tables through new migrations in `migrations/`.
 */
export interface Database {
  articles: ArticlesTable;
  analyses: AnalysesTable;
  article_bands: ArticleBandsTable;
}

export interface ArticlesTable {
  /** Insertion order: what `ls` and `export` follow. */
  seq: Generated<number>;
  /** Content hash of the normalised title and text (`articleId()` in src/pipeline.ts). */
  id: string;
  source_kind: string;
  source_uri: string;
  source_name: string | null;
  source_outlet: string | null;
  source_url: string | null;
  title: string | null;
  text: string;
  language: string;
  language_confidence: number;
  script: string;
  date_value: string | null;
  date_precision: string | null;
  date_source: string | null;
  /** ISO 8601 UTC timestamp of the write. */
  ingested_at: string;
  /** The original this article re-publishes with small edits, or null for an original. */
  duplicate_of: string | null;
  /** Estimated similarity to `duplicate_of` (0–1), or null. */
  similarity: number | null;
  /** MinHash signature as hex (src/store/minhash.ts), or null when the text is too short to fingerprint. */
  minhash: string | null;
}

/** The OUTPUT.md object of each article, as JSON text: what `show` and `export --format jsonl` return. */
export interface AnalysesTable {
  article_id: string;
  /** Version of the analysis that wrote it (bumped when stages change what they add). */
  version: number;
  json: string;
}

/** LSH band keys of original articles' MinHash signatures: the near-duplicate lookup index. */
export interface ArticleBandsTable {
  band: number;
  key: number;
  article_id: string;
}
