import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Articles, their JSON analyses and the near-duplicate band index. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_uri', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('source_outlet', 'text')
    .addColumn('source_url', 'text')
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('language_confidence', 'real', (c) => c.notNull())
    .addColumn('script', 'text', (c) => c.notNull())
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('date_source', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('duplicate_of', 'text', (c) => c.references('articles.id'))
    .addColumn('similarity', 'real')
    .addColumn('minhash', 'text')
    .execute();
  await db.schema.createIndex('articles_language').on('articles').column('language').execute();
  await db.schema.createIndex('articles_date').on('articles').column('date_value').execute();
  await db.schema.createIndex('articles_duplicate_of').on('articles').column('duplicate_of').execute();

  await db.schema
    .createTable('analyses')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('article_bands')
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('key', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('article_bands_lookup').on('article_bands').columns(['band', 'key']).execute();
  await db.schema.createIndex('article_bands_article').on('article_bands').column('article_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('article_bands').execute();
  await db.schema.dropTable('analyses').execute();
  await db.schema.dropTable('articles').execute();
}
