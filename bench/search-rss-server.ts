// The server half of bench/search-rss.bench.ts: starts the app of the checkout it runs in (its
// cwd) on an existing PGlite data directory the way src/server/main.ts does, builds the search
// index at once, and answers the driver over IPC: its port, then its RSS after a full collection.
// Modules are imported from the cwd, so the same script runs main's code and a branch's code.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

const from = <T>(path: string): Promise<T> =>
  import(pathToFileURL(join(process.cwd(), path)).href) as Promise<T>;

type Mod = Record<string, (...args: never[]) => Promise<unknown> | unknown>;
const dataDir = process.env.BENCH_DATA_DIR!;
// As main.ts does for PGlite.
setFlagsFromString('--wasm-tiering-budget=50000000');
const { openDatabase } = (await from<Mod>('src/db/client.ts')) as never as {
  openDatabase: (o: object) => Promise<{ db: unknown; close(): Promise<void> }>;
};
const { loadContent } = (await from('src/server/catalogue/content.ts')) as never as {
  loadContent: () => Promise<{ interventions: unknown; vocabularies: unknown }>;
};
const { syncNationalCatalogue } = (await from('src/db/catalogue/content-sync.ts')) as never as {
  syncNationalCatalogue: (db: unknown, items: unknown, now: Date) => Promise<unknown>;
};
const { loadInstrument } = (await from('src/server/households/instrument.ts')) as never as {
  loadInstrument: (v: unknown) => Promise<unknown>;
};
const { loadConfig } = (await from('src/config.ts')) as never as {
  loadConfig: (e: object) => object;
};
const { buildApp } = (await from('src/server/app.ts')) as never as {
  buildApp: (o: object) => Promise<{ listen(o: object): Promise<string>; close(): Promise<void> }>;
};

const [content, database] = await Promise.all([
  loadContent(),
  openDatabase({ engine: 'pglite', dataDir }),
]);
await syncNationalCatalogue(database.db, content.interventions, new Date());
const app = await buildApp({
  config: { ...loadConfig({}), loginRateLimit: 100_000, logLevel: 'silent' },
  database,
  content,
  instrument: await loadInstrument(content.vocabularies),
  webDist: null,
  warmSearchAfterMs: 0,
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send!({ address });
const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', async (message) => {
  if (message !== 'rss') return;
  // Twice, a turn apart: what a collection frees is given back after it (ArrayBuffers' memory is
  // swept concurrently, objects dropped in the same job are still held), so one collection right
  // before reading the figures counted memory the server is about to give back.
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  // Which heap spaces V8 holds more of than it uses (MB used / held), for the stderr log.
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((s) => [
      s.space_name,
      `${(s.space_used_size / 2 ** 20).toFixed(0)}/${(s.space_size / 2 ** 20).toFixed(0)}`,
    ]),
  );
  process.send!({ rss, heapUsed, heapTotal, external, arrayBuffers, spaces });
});
