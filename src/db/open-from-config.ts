import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { openDatabase, type Database } from './client';
import { runMigrations } from './migrate';
import { waitForDatabase } from './wait-for-database';

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates
 * it. A PostgreSQL server that does not answer yet is waited for, up to DATABASE_WAIT_SECONDS.
 */
export async function openConfiguredDatabase(
  config: Config,
  onWait?: (attempt: number, error: unknown) => void,
): Promise<Database> {
  const open = async () => {
    const database = config.databaseUrl
      ? await openDatabase({ engine: 'postgres', url: config.databaseUrl })
      : await openDatabase({ engine: 'pglite', dataDir: config.dataDir });
    try {
      await runMigrations(database);
    } catch (error) {
      await database.close().catch(() => undefined);
      throw error;
    }
    return database;
  };
  if (!config.databaseUrl) return open();
  return waitForDatabase(open, { deadlineMs: config.databaseWaitMs, onRetry: onWait });
}

/**
 * Whether a tool beside the server (npm run check:batch) may open this PGlite data directory.
 *
 * PGlite (0.5) takes no lock: a second process opens a directory the server has open without any
 * error, and the two then write to the same files; closing the second one even removes the
 * server's postmaster.pid. PGlite writes postmaster.pid on open (always with pid -42) and removes
 * it on a clean close, so the file means "open now, or not closed cleanly" and cannot tell which.
 * Tools refuse in both cases: stopping the server (or starting and stopping it once) clears it.
 */
export function pgliteDataDirState(dataDir: string): 'ready' | 'missing' | 'in-use' {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return 'missing';
  if (existsSync(join(dataDir, 'postmaster.pid'))) return 'in-use';
  return 'ready';
}
