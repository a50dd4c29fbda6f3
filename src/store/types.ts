import type { Article } from '../model/index.js';

/** What happened to one article handed to the store. */
export type PutStatus = 'stored' | 'duplicate' | 'near-duplicate';

export interface PutOutcome {
  status: PutStatus;
  id: string;
  /** For a near-duplicate: the original it re-publishes, and the estimated similarity (0–1). */
  duplicateOf?: string;
  similarity?: number;
}

/** One stored article without its analysis: the columns `ls`, `stats` and CSV export read. */
export interface StoredArticle {
  id: string;
  source: { kind: string; uri: string; name: string | null; outlet: string | null; url: string | null };
  title: string | null;
  text: string;
  language: string;
  languageConfidence: number;
  script: string;
  date: { value: string; precision: string; source: string } | null;
  ingestedAt: string;
  duplicateOf: string | null;
  similarity: number | null;
}

/** A line of `ls`: the article's id, date, language and title (or first words when untitled). */
export interface ArticleSummary {
  id: string;
  date: string | null;
  language: string;
  script: string;
  title: string | null;
  /** The first characters of the text, for untitled articles. */
  opening: string;
  duplicateOf: string | null;
  similarity: number | null;
}

export interface ListQuery {
  language?: string;
  /** Only near-duplicates (articles linked to an original). */
  nearDuplicates?: boolean;
  limit?: number;
  offset?: number;
}

export interface StoreStats {
  articles: number;
  originals: number;
  nearDuplicates: number;
  byLanguage: Record<string, number>;
  byScript: Record<string, number>;
  dated: number;
  /** Earliest and latest article date (ISO-like, at each article's own precision), or null when none is dated. */
  dateRange: { from: string; to: string } | null;
  ingestedRange: { from: string; to: string } | null;
}

/**
 * The article store. Every method works the same on every engine (SQLite now, PostgreSQL later):
 * queries are written once with Kysely.
 */
export interface Store {
  /** Store one article in one transaction: nothing new for a known id; a near-duplicate is linked to its original. */
  put(doc: Article): Promise<PutOutcome>;
  /** Store several articles in one transaction: all of them or, when any write fails, none. */
  putBatch(docs: Article[]): Promise<PutOutcome[]>;
  /**
   * Write again the analysis (and date) of stored articles whose analysis changed after they were
   * put, e.g. when their run's stories were clustered; one transaction, unknown ids are skipped.
   */
  updateAnalyses(docs: Article[]): Promise<void>;
  /**
   * The analyses (OUTPUT.md objects) of the articles dated within [from, to] (`YYYY-MM-DD`), those
   * dated only to a month or year that overlaps it included: what a new run's stories are matched against.
   */
  analysesDated(from: string, to: string): Promise<Record<string, unknown>[]>;
  /** The article with this id or unique id prefix; null when none; throws StoreError when the prefix is ambiguous. */
  get(idOrPrefix: string): Promise<StoredArticle | null>;
  /** The OUTPUT.md analysis object of an article (id or unique prefix), or null. */
  analysis(idOrPrefix: string): Promise<Record<string, unknown> | null>;
  list(query?: ListQuery): Promise<ArticleSummary[]>;
  /** Every article with its analysis, in insertion order, read in pages (constant memory). */
  iterate(pageSize?: number): AsyncGenerator<{ article: StoredArticle; analysis: Record<string, unknown> }>;
  stats(): Promise<StoreStats>;
  /** Engine integrity check: an empty list when sound. */
  integrityProblems(): Promise<string[]>;
  close(): Promise<void>;
}
