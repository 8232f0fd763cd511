import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bumpCatalogueVersion, getInterventionRow } from '../../db/catalogue/catalogue.repository';
import { interventions } from '../../db/schema';
import type { Database } from '../../db/client';
import { loadConfig } from '../../config';
import { freshDatabase, testContent, testInstrument } from '../../../test/harness';
import { buildApp } from '../app';
import { buildIndexInWorker } from './search-index-builder';

// Index builds are held back at a gate, so the test sees what the server does while one runs.
let release = () => {};
let gate = Promise.resolve();
const holdBuilds = () => (gate = new Promise((r) => (release = r)));

let app: FastifyInstance;
let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  holdBuilds();
  app = await buildApp({
    config: loadConfig({}),
    database,
    content: await testContent(),
    instrument: await testInstrument(),
    webDist: null,
    buildSearchIndexAtStart: true,
    buildSearchIndex: async (input) => {
      await gate;
      return buildIndexInWorker(input);
    },
  });
  await app.ready();
});
afterAll(async () => {
  release();
  await app.close();
  await drop();
});

const names = async (search: string) =>
  (await app.inject(`/api/hsds/services?per_page=100&search=${search}`))
    .json()
    .contents.map((s: { name: string }) => s.name) as string[];

async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('did not happen');
}

describe('the search index is built off the request path', () => {
  it('is not ready until the first index exists, and stays alive meanwhile', async () => {
    await new Promise((r) => setTimeout(r, 20)); // the warm-up has started the (held) build
    const waiting = await app.inject('/readyz');
    expect(waiting.statusCode).toBe(503);
    expect(waiting.json().search).toBe('index not built yet');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    release();
    await eventually(async () => (await app.inject('/readyz')).statusCode === 200);
    expect(await names('budgetmaatjes')).toContain('Budgetmaatjes');
  });

  it('keeps serving the old index while a new one is built, then swaps it in', async () => {
    holdBuilds();
    const row = (await getInterventionRow(database.db, 'budgetmaatjes'))!;
    await database.db
      .update(interventions)
      .set({ data: { ...row.data, name: 'Zwaluwmaatjes' } })
      .where(eq(interventions.id, 'budgetmaatjes'));
    await bumpCatalogueVersion(database.db);
    // The version is checked at most once a second.
    await new Promise((r) => setTimeout(r, 1100));
    // Answered at once from the old index, though the new one is held back: the item (renamed in
    // the published list) is still found by its old name, not yet by its new one.
    expect(await names('budgetmaatjes')).toContain('Zwaluwmaatjes');
    expect(await names('zwaluwmaatjes')).toEqual([]);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    release();
    await eventually(async () => (await names('zwaluwmaatjes')).includes('Zwaluwmaatjes'));
  });
});
