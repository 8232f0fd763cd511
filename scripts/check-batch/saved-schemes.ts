// Reads the gemeente schemes a beheerder saved in Wegwijs' own database, opened with the server's
// settings (DATABASE_URL, else the PGlite data directory WEGWIJS_DATA_DIR). Only reads: never
// migrates, refuses a database of another version, and refuses a PGlite directory that is open
// (PGlite takes no lock; see pgliteDataDirState). Closed again before the households are read.
import { listGemeenteSchemes } from '../../src/db/benefits/gemeente-schemes.repository';
import { openDatabase, type Database } from '../../src/db/client';
import { migrationsAreCurrent } from '../../src/db/migrate';
import { pgliteDataDirState } from '../../src/db/open-from-config';
import { ConfigError, loadConfig, type Config } from '../../src/config';
import type { SavedGemeenten } from './gemeenten';

export type SavedRead = { ok: true; saved: SavedGemeenten } | { ok: false; message: string };

const useFilesOnly = {
  nl: 'Of gebruik --no-database: dan gelden alleen de meegeleverde bestanden in rules/gemeenten/ en een bestand dat u opgeeft met --gemeente-config.',
  en: 'Or use --no-database: then only the bundled files in rules/gemeenten/ and a file you give with --gemeente-config are used.',
};

function fail(nl: string, en: string): SavedRead {
  return { ok: false, message: `${nl}\n${useFilesOnly.nl}\n${en}\n${useFilesOnly.en}\n` };
}

/** Why the PGlite directory cannot be read now, or null when it can. */
function pgliteProblem(dataDir: string): SavedRead | null {
  const state = pgliteDataDirState(dataDir);
  if (state === 'missing')
    return fail(
      `Er staat geen Wegwijs-database in ${dataDir}. Zet WEGWIJS_DATA_DIR op de datamap van Wegwijs, of DATABASE_URL op de PostgreSQL-server van Wegwijs.`,
      `There is no Wegwijs database in ${dataDir}. Set WEGWIJS_DATA_DIR to Wegwijs' data directory, or DATABASE_URL to Wegwijs' PostgreSQL server.`,
    );
  if (state === 'in-use')
    return fail(
      `De database in ${dataDir} is in gebruik: draait Wegwijs nog? Stop de server en probeer het opnieuw. (Is Wegwijs niet netjes gestopt, start en stop het dan één keer.)`,
      `The database in ${dataDir} is in use: is Wegwijs still running? Stop the server and try again. (If Wegwijs did not stop cleanly, start and stop it once.)`,
    );
  return null;
}

/** The database as the summary names it, without a password. */
function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

async function readFrom(opened: Database, database: string): Promise<SavedRead> {
  if (!(await migrationsAreCurrent(opened)))
    return fail(
      `De Wegwijs-database (${database}) hoort bij een andere versie van Wegwijs dan deze. Start Wegwijs één keer met deze versie (npm start), zodat de database wordt bijgewerkt.`,
      `The Wegwijs database (${database}) belongs to another version of Wegwijs than this one. Start Wegwijs once with this version (npm start) so the database is brought up to date.`,
    );
  return { ok: true, saved: { database, rows: await listGemeenteSchemes(opened.db) } };
}

/** The saved schemes, or a message in Dutch and English saying why they cannot be read. */
export async function readSavedGemeenten(env: NodeJS.ProcessEnv): Promise<SavedRead> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return fail(
      `De instellingen van Wegwijs kloppen niet (${e.message}).`,
      `Wegwijs' settings are invalid (${e.message}).`,
    );
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
    return fail(
      `Kan de Wegwijs-database niet openen (${database}): ${reason}`,
      `Cannot open the Wegwijs database (${database}): ${reason}`,
    );
  }
  try {
    return await readFrom(opened, database);
  } finally {
    await opened.close();
  }
}
