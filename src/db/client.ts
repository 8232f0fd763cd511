import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Connection string of a PostgreSQL server; undefined for PGlite. */
  url?: string;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  /** dataDir undefined = in memory (tests). */
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    // Loaded only when used: an embedded installation never needs the pg driver.
    const { default: pg } = await import('pg');
    const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection can be ended by the server (a restart, a failover, an administrator).
    // The pool drops it and opens a new one when needed; without this listener the whole
    // process would stop on the error.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));

    // Fail at start, not at the first request, when the server is unreachable.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      url: options.url,
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent },
  });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    close: () => client.close(),
  };
}
