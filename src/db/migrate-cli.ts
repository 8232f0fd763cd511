import { ConfigError, loadConfig } from '../config';
import { openConfiguredDatabase } from './open-from-config';

// `npm run db:migrate`: applies pending migrations and exits.
try {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  console.log(`Migrations are up to date (${database.engine}).`);
  await database.close();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
