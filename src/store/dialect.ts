import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The SQL engines the store runs on. Only the dialect setup (connection, pragmas, FTS) differs. */
export type DialectName = 'sqlite' | 'postgres';

/** An open connection: the Kysely instance every query goes through, and what engine is behind it. */
export interface Connection {
  dialect: DialectName;
  db: Kysely<Database>;
  /** Where the data lives, for error messages (a file path, or a URL without its password). */
  location: string;
  /** Engine-specific integrity check: an empty list when the database is sound. */
  integrityProblems(): Promise<string[]>;
  /** Whether a failed transaction may succeed when run again (another writer held the lock). */
  retryable(e: unknown): boolean;
  /** An engine error → a StoreError naming the database and saying what is wrong. */
  explain(e: unknown): StoreError;
}

/** A database that cannot be opened, is not a Kronika database, or is damaged: one clear line for the user. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
