import { openSqlite, type SqliteOptions } from './sqlite.js';
import { createStore } from './store.js';
import type { Store } from './types.js';
import { DEFAULT_DB } from './location.js';

export type { Store, PutOutcome, PutStatus, StoredArticle, ArticleSummary, ListQuery, StoreStats } from './types.js';
import { StoreError } from './dialect.js';
export { StoreError };
export { ANALYSIS_VERSION } from './store.js';

export { DEFAULT_DB } from './location.js';

/**
 * Open the store at `location`, migrating its schema to the latest version. Today a SQLite file;
 * a `postgres://` URL will pick the PostgreSQL dialect (same queries, same Store).
 */
export async function openStore(location: string = DEFAULT_DB, options: SqliteOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new StoreError('PostgreSQL is not supported yet: give a SQLite file path');
  return createStore(openSqlite(location, options));
}
