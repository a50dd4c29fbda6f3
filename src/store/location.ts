/** The default database file: `./kronika.db` in the working folder. */
export const DEFAULT_DB = 'kronika.db';

/**
 * The store, loaded on first use: Kysely is a few hundred modules, so commands that never touch
 * the database (analyze, eval, --help) do not pay for it.
 */
export const loadStore = () => import('./index.js');
