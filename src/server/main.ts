import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client';
import { syncNationalCatalogue } from '../db/catalogue/content-sync';
import { openConfiguredDatabase } from '../db/open-from-config';
import { buildApp } from './app';
import { ContentInvalidError, loadContent } from './catalogue/content';
import { ConfigError, loadConfig } from '../config';
import { loadDemo, printDemoAccounts } from './demo';
import { loadInstrument } from './households/instrument';
import { analyzeReportTables } from '../db/reports/outcomes.repository';
import { backfillScanScores } from './households/scan-scores';
import { backfillHouseholdOutcomes } from './reports/household-outcomes';
import { backfillScanOutcomes } from './reports/scan-outcomes';
import { scheduleRetention } from './households/retention';
import { todayInAmsterdam } from './clock';
import { warnAboutStaleParameters } from './stale-rules';
import { defaultRules } from '../domain/benefits';
import { applyV8Flags } from './v8-flags';
import { indexBuilderStamp } from './catalogue/search-index-builder';

const SHUTDOWN_GRACE_MS = 10_000;
// The retention job waits a little, so it does not compete with the start itself.
const RETENTION_FIRST_RUN_MS = 15_000;

async function main() {
  const started = performance.now();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await work();
    phases[name] = Math.round(performance.now() - t);
    return result;
  };
  const config = loadConfig();
  applyV8Flags(!config.databaseUrl);
  // Content is read from disk while the database starts; both are needed before listening.
  const [content, database] = await Promise.all([
    phase('content', () => loadContent()),
    phase('database', () =>
      openConfiguredDatabase(config, (attempt, error) =>
        console.warn(
          `Waiting for the database (attempt ${attempt}): ${(error as Error).message}. ` +
            `Wegwijs starts once it answers (at most ${config.databaseWaitMs / 1000} s).`,
        ),
      ),
    ),
  ]);
  const synced = await phase('catalogue', () =>
    syncNationalCatalogue(database.db, content.interventions, new Date()),
  );
  if (process.argv.includes('--demo')) {
    printDemoAccounts(await loadDemo(database.db));
  }
  const instrument = await phase('instrument', () => loadInstrument(content.vocabularies));
  // The embedded database's directory also keeps the search index for the next start.
  const indexCode = database.engine === 'pglite' ? indexBuilderStamp() : undefined;
  // The app first: it starts the search index build (a worker thread, issue 12.1), which then
  // reads the catalogue while the backfills below run.
  const app = await phase('app', () =>
    buildApp({
      config,
      database,
      content,
      instrument,
      logger: true,
      buildSearchIndexAtStart: true,
      ...(indexCode && { searchIndexStore: { dir: config.dataDir, code: indexCode } }),
    }),
  );
  // Scans completed before their numbers were stored get them once; later starts find none.
  await phase('scanScores', () => backfillScanScores(database.db, instrument));
  // Then each household's change from its first to its latest scan, kept for the outcomes report.
  await phase('householdOutcomes', () => backfillHouseholdOutcomes(database.db, instrument));
  // And per scan the change since the first and the capital levels, for the municipal report.
  await phase('scanOutcomes', () => backfillScanOutcomes(database.db, instrument));
  // PGlite never analyses by itself; the reports' plans depend on current statistics (ADR 1501).
  if (database.engine === 'pglite') await phase('analyze', () => analyzeReportTables(database.db));
  const stopRetention = scheduleRetention(database.db, app.log, {
    firstRunAfterMs: RETENTION_FIRST_RUN_MS,
  });
  app.addHook('onClose', async () => stopRetention());
  registerShutdown(app, database);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  app.log.info(
    {
      catalogue: synced,
      startMs: Math.round(performance.now() - started),
      sinceProcessStartMs: Math.round(process.uptime() * 1000),
      phases,
    },
    `Wegwijs runs at http://${shown}:${config.port} (database: ${database.engine})`,
  );
  warnAboutStaleParameters(app.log, defaultRules().parameters, todayInAmsterdam(new Date()));
}
/** Stop accepting, let running requests finish, then close the database cleanly. */
function registerShutdown(app: FastifyInstance, database: Database) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => {
      app.log.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof ContentInvalidError ? error.message : error,
  );
  process.exit(1);
});
