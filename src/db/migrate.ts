import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths';

import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client';

export const migrationsFolder = fromRoot('src', 'db', 'migrations');

// Any number fits, as long as every instance uses the same one.
const MIGRATION_LOCK = 7_451_203;

/** Applies pending migrations. Safe when several instances start at once against one PostgreSQL. */
export async function runMigrations(database: Database): Promise<void> {
  // Mostly there is nothing to do, and one query says so. Drizzle's own pass reads and hashes every
  // migration file and runs four statements first: some 40 ms of each PGlite start.
  if (await migrationsAreCurrent(database)) return;
  if (database.engine === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // An advisory lock belongs to one connection, so lock and migrate on a dedicated one.
  const { default: pg } = await import('pg');
  const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
  const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** True when every migration shipped with this build has been applied. */
export async function migrationsAreCurrent(database: Database): Promise<boolean> {
  try {
    const result = await database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    const rows = (result as unknown as { rows: { n: number }[] }).rows;
    return rows[0]?.n === expectedMigrationCount();
  } catch {
    return false;
  }
}
