import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.js';
import * as m0001 from './0001_articles.js';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down?(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/** Every migration, in order. Add a new file and a line here; never edit a migration once shipped. */
const ALL: Record<string, DialectMigration> = {
  '0001_articles': m0001,
};

/**
 * The migrations for one dialect. Migrations are listed statically rather than read from the
 * folder, so they run the same under tsx, a bundle or a test runner.
 */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(ALL)) {
        out[name] = {
          up: (db) => m.up(db, dialect),
          down: m.down ? (db) => m.down!(db, dialect) : undefined,
        };
      }
      return out;
    },
  };
}
