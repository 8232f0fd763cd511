import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client';
import { openConfiguredDatabase } from '../db/open-from-config';
import { buildApp } from './app';
import { syncNationalCatalogue } from '../db/catalogue/content-sync';
import { loadContent, ContentInvalidError } from './catalogue/content';
import { ConfigError, loadConfig } from './config';
import { loadInstrument } from './households/instrument';
import { scheduleRetention } from './households/retention';

import { loadDemo, printDemoAccounts } from './demo';

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const config = loadConfig();
  const content = await loadContent();
  const database = await openConfiguredDatabase(config);
  const synced = await syncNationalCatalogue(database.db, content.interventions, new Date());
  if (process.argv.includes('--demo')) {
    printDemoAccounts(await loadDemo(database.db));
  }
  const instrument = await loadInstrument(content.vocabularies);
  const app = await buildApp({ config, database, content, instrument, logger: true });
  app.log.info({ catalogue: synced }, 'national catalogue loaded');
  const stopRetention = scheduleRetention(database.db, app.log);
  app.addHook('onClose', async () => stopRetention());
  registerShutdown(app, database);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  app.log.info(`Wegwijs runs at http://${shown}:${config.port} (database: ${database.engine})`);
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
