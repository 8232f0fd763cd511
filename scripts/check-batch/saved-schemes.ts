// Reads the gemeente schemes a beheerder saved in Wegwijs' own database, opened with the server's
// settings (DATABASE_URL, else the PGlite data directory WEGWIJS_DATA_DIR). Only reads: never
// migrates, refuses a database of another version, and refuses a PGlite directory that is open
// (PGlite takes no lock; see pgliteDataDirState). Closed again before the households are read.
import { listGemeenteSchemes } from '../../src/db/benefits/gemeente-schemes.repository';
import { openDatabase, type Database } from '../../src/db/client';
import { migrationsAreCurrent } from '../../src/db/migrate';
import { pgliteDataDirState } from '../../src/db/open-from-config';
import { ConfigError, loadConfig, type Config } from '../../src/config';
import { messages } from '../../src/content/message-files';
import { message, type MessageValues } from '../../src/domain/message';
import type { SavedGemeenten } from './gemeenten';

export type SavedRead = { ok: true; saved: SavedGemeenten } | { ok: false; message: string };

/** Why the database cannot be read (`batch.database.*`), in Dutch then English, with the way out. */
function fail(key: string, values: MessageValues): SavedRead {
  const why = messages.bilingual(message(`batch.database.${key}`, values));
  const way = messages.bilingual(message('batch.database.useFilesOnly'));
  return { ok: false, message: `${why.nl}\n${way.nl}\n${why.en}\n${way.en}\n` };
}

/** Why the PGlite directory cannot be read now, or null when it can. */
function pgliteProblem(dataDir: string): SavedRead | null {
  const state = pgliteDataDirState(dataDir);
  if (state === 'missing') return fail('missing', { dir: dataDir });
  if (state === 'in-use') return fail('inUse', { dir: dataDir });
  return null;
}

/** The database as the summary names it, without a password. */
function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function readFrom(opened: Database, database: string): Promise<SavedRead> {
  if (!(await migrationsAreCurrent(opened))) return fail('otherVersion', { database });
  return { ok: true, saved: { database, rows: await listGemeenteSchemes(opened.db) } };
}

/** The saved schemes, or a message in Dutch and English saying why they cannot be read. */
export async function readSavedGemeenten(env: NodeJS.ProcessEnv): Promise<SavedRead> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return fail('settingsInvalid', { reason: e.message });
  }
  const database = databaseLabel(config);
  const problem = config.databaseUrl ? null : pgliteProblem(config.dataDir);
  if (problem) return problem;
  let opened: Database;
  try {
    // Only read: a batch run never migrates the server's database.
    opened = config.databaseUrl
      ? await openDatabase({ engine: 'postgres', url: config.databaseUrl, poolSize: 1 })
      : await openDatabase({ engine: 'pglite', dataDir: config.dataDir });
  } catch (e) {
    const reason = (e as Error).message;
    return fail('cannotOpen', { database, reason });
  }
  try {
    return await readFrom(opened, database);
  } finally {
    await opened.close();
  }
}
