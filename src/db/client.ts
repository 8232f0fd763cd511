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
  /**
   * Calls `onMessage` for each NOTIFY on `channel`. On PostgreSQL a connection of its own listens
   * and reconnects after a loss; `onGap` is called whenever messages may have been missed (the
   * connection is lost, or listening starts again), so the caller can forget what it cached.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<Listening>;
  close(): Promise<void>;
};

export type ListenHandlers = { onMessage(payload: string): void; onGap(): void };
export type Listening = {
  /** Whether messages arrive now (false while a lost connection is being replaced). */
  active(): boolean;
  stop(): Promise<void>;
};

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  /** dataDir undefined = in memory (tests). */
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * PGlite's buffer cache (PostgreSQL's default is 128MB). It lives in the WebAssembly memory, which
 * never shrinks, so a large catalogue read once filled all of it for good (issue 12.1: 128 MB of
 * the server's RSS). Pages beyond it come from the operating system's file cache, which the
 * kernel can give back; reading 50 000 items took as long with 16MB (bench/search-rss.bench.ts).
 */
const PGLITE_SHARED_BUFFERS = '16MB';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    // Loaded only when used: an embedded installation never needs the pg driver.
    const { default: pg } = await import('pg');
    const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // While the server is away, a request fails within seconds instead of hanging.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // A connection can be ended by the server (a restart, a failover, an administrator), idle in
    // the pool or checked out by a request. Either way the error is reported on that connection;
    // without a listener the whole process would stop on it. The request that used it fails
    // (answered 503), and the pool opens a new connection for the next one.
    const lost = (error: Error) => console.error(`PostgreSQL connection lost: ${error.message}`);
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));

    // Fail at start, not at the first request, when the server is unreachable.
    const client = await pool.connect();
    client.release();
    const { listenOnPostgres } = await import('./listen-postgres');
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      engine: 'postgres',
      url: options.url,
      listen: (channel, handlers) => listenOnPostgres(options.url, channel, handlers),
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    engine: 'pglite',
    // One process holds the database, so a notification cannot be missed.
    listen: async (channel, { onMessage }) => {
      const unlisten = await client.listen(channel, onMessage);
      return { active: () => !client.closed, stop: () => unlisten() };
    },
    close: () => client.close(),
  };
}
