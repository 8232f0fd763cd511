import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { syncNationalCatalogue } from '../src/db/catalogue/content-sync';
import { loadContent } from '../src/server/catalogue/content';

// Creating a PGlite database runs initdb (about 4 s). Do it once, migrate, load the national
// catalogue, and let every test file start from a copy of that data directory (under 1 s).
export default async function setup(project: TestProject) {
  if (process.env.WEGWIJS_TEST_ENGINE === 'postgres') return;
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-test-'));
  const database = await openDatabase({ engine: 'pglite' });
  await runMigrations(database);
  await syncNationalCatalogue(database.db, (await loadContent()).interventions, new Date());
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
