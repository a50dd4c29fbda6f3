import { Migrator } from 'kysely';
import type { Article } from '../model/index.js';
import { toOutput } from '../pipeline.js';
import { StoreError, type Connection } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { bandKeys, decodeSignature, encodeSignature, minhash, NEAR_DUPLICATE_SIMILARITY, similarity } from './minhash.js';
import type { ArticlesTable } from './schema.js';
import type { ArticleSummary, ListQuery, PutOutcome, Store, StoredArticle, StoreStats } from './types.js';

/** Version of the stored analysis JSON; bump when the stages change what an analysis holds. */
export const ANALYSIS_VERSION = 1;

const ID_PREFIX = /^[0-9a-f]{1,64}$/;
const OPENING_CHARS = 120;
const WRITE_ATTEMPTS = 8;

type Row = Omit<ArticlesTable, 'seq'> & { seq: number };
type Tx = Connection['db'];

/** Bring the schema up to date (Kysely migrations), then hand back the store over that connection. */
export async function createStore(conn: Connection): Promise<Store> {
  const migrator = new Migrator({ db: conn.db, provider: migrationProvider(conn.dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await conn.db.destroy();
    throw conn.explain(error);
  }
  return new KyselyStore(conn);
}

/** The Store over any Kysely connection: every query below is portable SQL built by Kysely. */
class KyselyStore implements Store {
  constructor(private conn: Connection) {}

  private get db() {
    return this.conn.db;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw this.conn.explain(e);
    }
  }

  /** Run a write transaction, again when another writer got in the way (a few times, with a growing pause). */
  private async transact<T>(work: (trx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(work);
      } catch (e) {
        if (attempt >= WRITE_ATTEMPTS || !this.conn.retryable(e)) throw this.conn.explain(e);
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
      }
    }
  }

  put(doc: Article): Promise<PutOutcome> {
    return this.transact((trx) => write(trx, doc));
  }

  putBatch(docs: Article[]): Promise<PutOutcome[]> {
    return this.transact(async (trx) => {
      const out: PutOutcome[] = [];
      for (const d of docs) out.push(await write(trx, d));
      return out;
    });
  }

  updateAnalyses(docs: Article[]): Promise<void> {
    return this.transact(async (trx) => {
      for (const doc of docs) {
        await trx
          .updateTable('articles')
          .set({ date_value: doc.date?.value ?? null, date_precision: doc.date?.precision ?? null, date_source: doc.date?.source ?? null })
          .where('id', '=', doc.id)
          .execute();
        await trx.updateTable('analyses').set({ version: ANALYSIS_VERSION, json: JSON.stringify(toOutput(doc)) }).where('article_id', '=', doc.id).execute();
      }
    });
  }

  analysesDated(from: string, to: string): Promise<Record<string, unknown>[]> {
    return this.guard(async () => {
      // `2023` and `2023-11` sort before `2023-11-01`: start from the year, then keep what overlaps.
      const rows = await this.db
        .selectFrom('articles')
        .innerJoin('analyses', 'analyses.article_id', 'articles.id')
        .select(['articles.date_value', 'analyses.json'])
        .where('articles.date_value', '>=', from.slice(0, 4))
        .where('articles.date_value', '<=', to)
        .orderBy('articles.seq')
        .execute();
      return rows.filter((r) => overlaps(r.date_value!, from, to)).map((r) => JSON.parse(r.json) as Record<string, unknown>);
    });
  }

  async get(idOrPrefix: string): Promise<StoredArticle | null> {
    const id = await this.resolve(idOrPrefix);
    if (!id) return null;
    const row = await this.guard(() => this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst());
    return row ? fromRow(row) : null;
  }

  async analysis(idOrPrefix: string): Promise<Record<string, unknown> | null> {
    const id = await this.resolve(idOrPrefix);
    if (!id) return null;
    const row = await this.guard(() => this.db.selectFrom('analyses').select('json').where('article_id', '=', id).executeTakeFirst());
    return row ? (JSON.parse(row.json) as Record<string, unknown>) : null;
  }

  /** A full id or a unique prefix → the full id; null when nothing matches. */
  private async resolve(idOrPrefix: string): Promise<string | null> {
    const prefix = idOrPrefix.trim().toLowerCase();
    if (!ID_PREFIX.test(prefix)) throw new StoreError(`'${idOrPrefix}' is not an article id (ids are hexadecimal, e.g. 3fa2c1…)`);
    const rows = await this.guard(() => this.db.selectFrom('articles').select('id').where('id', 'like', `${prefix}%`).orderBy('id').limit(6).execute());
    if (rows.length > 1 && !rows.some((r) => r.id === prefix)) {
      throw new StoreError(`id prefix '${idOrPrefix}' is ambiguous: ${rows.map((r) => r.id).join(', ')}${rows.length > 5 ? ', …' : ''}`);
    }
    return rows.find((r) => r.id === prefix)?.id ?? rows[0]?.id ?? null;
  }

  list(query: ListQuery = {}): Promise<ArticleSummary[]> {
    return this.guard(async () => {
      let q = this.db
        .selectFrom('articles')
        .select((eb) => ['id', 'date_value', 'language', 'script', 'title', 'duplicate_of', 'similarity', eb.fn<string>('substr', ['text', eb.val(1), eb.val(OPENING_CHARS)]).as('opening')])
        .orderBy('seq');
      if (query.language) q = q.where('language', '=', query.language);
      if (query.nearDuplicates) q = q.where('duplicate_of', 'is not', null);
      if (query.limit !== undefined) q = q.limit(query.limit);
      if (query.offset) q = q.offset(query.offset);
      const rows = await q.execute();
      return rows.map((r) => ({ id: r.id, date: r.date_value, language: r.language, script: r.script, title: r.title, opening: r.opening, duplicateOf: r.duplicate_of, similarity: r.similarity }));
    });
  }

  async *iterate(pageSize = 200): AsyncGenerator<{ article: StoredArticle; analysis: Record<string, unknown> }> {
    let after = 0;
    for (;;) {
      const rows = await this.guard(() =>
        this.db
          .selectFrom('articles')
          .innerJoin('analyses', 'analyses.article_id', 'articles.id')
          .selectAll('articles')
          .select('analyses.json')
          .where('articles.seq', '>', after)
          .orderBy('articles.seq')
          .limit(pageSize)
          .execute(),
      );
      for (const r of rows) yield { article: fromRow(r), analysis: JSON.parse(r.json) as Record<string, unknown> };
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].seq;
    }
  }

  stats(): Promise<StoreStats> {
    return this.guard(async () => {
      const db = this.db;
      const totals = await db
        .selectFrom('articles')
        .select((eb) => [
          eb.fn.countAll<number>().as('articles'),
          eb.fn.count<number>('duplicate_of').as('near'),
          eb.fn.count<number>('date_value').as('dated'),
          eb.fn.min('date_value').as('date_from'),
          eb.fn.max('date_value').as('date_to'),
          eb.fn.min('ingested_at').as('ing_from'),
          eb.fn.max('ingested_at').as('ing_to'),
        ])
        .executeTakeFirstOrThrow();
      const group = async (col: 'language' | 'script') => {
        const rows = await db.selectFrom('articles').select((eb) => [col, eb.fn.countAll<number>().as('n')]).groupBy(col).orderBy('n', 'desc').orderBy(col).execute();
        return Object.fromEntries(rows.map((r) => [r[col], Number(r.n)]));
      };
      const articles = Number(totals.articles);
      const near = Number(totals.near);
      return {
        articles,
        originals: articles - near,
        nearDuplicates: near,
        byLanguage: await group('language'),
        byScript: await group('script'),
        dated: Number(totals.dated),
        dateRange: totals.date_from && totals.date_to ? { from: totals.date_from, to: totals.date_to } : null,
        ingestedRange: totals.ing_from && totals.ing_to ? { from: totals.ing_from, to: totals.ing_to } : null,
      };
    });
  }

  integrityProblems(): Promise<string[]> {
    return this.guard(() => this.conn.integrityProblems());
  }

  close(): Promise<void> {
    return this.conn.db.destroy();
  }
}

/**
 * Write one article inside an open transaction: a known id is a duplicate (nothing written); an
 * article whose MinHash signature matches an original's is stored linked to it (`duplicate_of`);
 * otherwise it is stored as an original and its band keys are indexed.
 */
async function write(trx: Tx, doc: Article): Promise<PutOutcome> {
  const known = await trx.selectFrom('articles').select('id').where('id', '=', doc.id).executeTakeFirst();
  if (known) return { status: 'duplicate', id: doc.id };

  const sig = minhash(doc.view ?? doc.text);
  const keys = sig ? bandKeys(sig) : [];
  const original = sig ? await nearestOriginal(trx, sig, keys) : null;

  const inserted = await trx
    .insertInto('articles')
    .values({
      id: doc.id,
      source_kind: doc.source.kind,
      source_uri: doc.source.uri,
      source_name: doc.source.name,
      source_outlet: doc.source.outlet,
      source_url: doc.source.url ?? null,
      title: doc.title,
      text: doc.text,
      language: doc.language,
      language_confidence: doc.languageConfidence,
      script: doc.script,
      date_value: doc.date?.value ?? null,
      date_precision: doc.date?.precision ?? null,
      date_source: doc.date?.source ?? null,
      ingested_at: new Date().toISOString(),
      duplicate_of: original?.id ?? null,
      similarity: original?.similarity ?? null,
      minhash: sig ? encodeSignature(sig) : null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  // Another writer stored the same article between the lookup and the insert.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { status: 'duplicate', id: doc.id };

  await trx.insertInto('analyses').values({ article_id: doc.id, version: ANALYSIS_VERSION, json: JSON.stringify(toOutput(doc)) }).execute();
  if (original) return { status: 'near-duplicate', id: doc.id, duplicateOf: original.id, similarity: original.similarity };
  if (keys.length) await trx.insertInto('article_bands').values(keys.map((key, band) => ({ band, key, article_id: doc.id }))).execute();
  return { status: 'stored', id: doc.id };
}

/** The most similar original sharing an LSH band with the signature, when similar enough. */
async function nearestOriginal(trx: Tx, sig: Uint32Array, keys: number[]): Promise<{ id: string; similarity: number } | null> {
  const candidates = await trx
    .selectFrom('article_bands')
    .innerJoin('articles', 'articles.id', 'article_bands.article_id')
    .select(['articles.id', 'articles.minhash'])
    .distinct()
    .where((eb) => eb.or(keys.map((key, band) => eb.and([eb('article_bands.band', '=', band), eb('article_bands.key', '=', key)]))))
    .execute();
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    if (!c.minhash) continue;
    const s = similarity(sig, decodeSignature(c.minhash));
    if (s >= NEAR_DUPLICATE_SIMILARITY && (!best || s > best.similarity || (s === best.similarity && c.id < best.id))) best = { id: c.id, similarity: s };
  }
  return best;
}

/** Whether a partial date (`2023`, `2023-11`, `2023-11-22`) overlaps the days [from, to]. */
function overlaps(value: string, from: string, to: string): boolean {
  return value <= to && (value + '-99-99').slice(0, 10) >= from;
}

function fromRow(r: Row): StoredArticle {
  return {
    id: r.id,
    source: { kind: r.source_kind, uri: r.source_uri, name: r.source_name, outlet: r.source_outlet, url: r.source_url },
    title: r.title,
    text: r.text,
    language: r.language,
    languageConfidence: r.language_confidence,
    script: r.script,
    date: r.date_value ? { value: r.date_value, precision: r.date_precision ?? 'day', source: r.date_source ?? 'metadata' } : null,
    ingestedAt: r.ingested_at,
    duplicateOf: r.duplicate_of,
    similarity: r.similarity,
  };
}

