import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bumpCatalogueVersion, getInterventionRow } from '../../db/catalogue/catalogue.repository';
import { interventions } from '../../db/schema';
import type { Database } from '../../db/client';
import { loadConfig } from '../../config';
import { freshDatabase, testContent, testInstrument } from '../../../test/harness';
import { buildApp } from '../app';
import { searchWithoutTexts } from '../../domain/catalogue/search';
import { buildIndexInWorker, type IndexSource } from './search-index-builder';
import { catalogueSearch } from './search-service';

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

describe('a built index is kept for the next start', () => {
  it('is loaded while the catalogue is unchanged, and built anew when anything it was built from changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijs-index-'));
    const { synonyms } = await testContent();
    let builds = 0;
    const buildIndex = (source: IndexSource) => {
      builds++;
      return buildIndexInWorker(source);
    };
    const start = (code = 'code-1') =>
      catalogueSearch(database.db, synonyms, { buildIndex, store: { dir, code } })();
    const hits = (index: Awaited<ReturnType<typeof start>>['index'], text: string) =>
      searchWithoutTexts(index, { text, perPage: 50 }).ids;
    try {
      const built = await start();
      expect(builds).toBe(1);
      expect(readdirSync(dir)).toHaveLength(1);

      const loaded = await start();
      expect(builds).toBe(1);
      expect([...loaded.items.keys()]).toEqual([...built.items.keys()]);
      for (const text of ['schulden', 'schoolspullen', 'eenzaam', 'zwaluwmaatjes'])
        expect(hits(loaded.index, text), text).toEqual(hits(built.index, text));
      expect(hits(loaded.index, 'zwaluwmaatjes').length).toBeGreaterThan(0);

      // Other code that builds the index.
      await start('code-2');
      expect(builds).toBe(2);
      // A change to the catalogue; the index kept before it is removed.
      await bumpCatalogueVersion(database.db);
      await start();
      expect(builds).toBe(3);
      expect(readdirSync(dir)).toHaveLength(1);
      // A damaged file.
      writeFileSync(join(dir, readdirSync(dir)[0]!), 'geen index');
      const repaired = await start();
      expect(builds).toBe(4);
      expect(hits(repaired.index, 'schulden')).toEqual(hits(built.index, 'schulden'));
      // Items that changed without a new version (a change made outside Wegwijs).
      await database.db
        .update(interventions)
        .set({ archivedAt: new Date() })
        .where(eq(interventions.id, 'budgetmaatjes'));
      const withoutOne = await start();
      expect(builds).toBe(5);
      expect(hits(withoutOne.index, 'zwaluwmaatjes')).toEqual([]);
    } finally {
      await database.db
        .update(interventions)
        .set({ archivedAt: null })
        .where(eq(interventions.id, 'budgetmaatjes'));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
