// Issue 12.1: what a real server on an existing database uses to load the search index. Seeds a
// PGlite data directory once (BENCH_ITEMS interventions + BENCH_OFFERS local offers, as
// bench/search-http.bench.ts does), then starts FRESH server processes on it the way `npm start`
// does (scripts/start.mjs on the built bundle, with a small probe preloaded that reports the
// memory after a collection: bench/search-rss-probe.mjs), alternating the
// code of this checkout with the code of a git ref (BENCH_VS, default main), and measures per
// start: the time from listening to the first search answered (the index is built at start, so
// this is the wait for rows + index), the worst /healthz latency meanwhile (asked from this
// process, one request after another; also only until /readyz says the index exists, which
// leaves out the first search itself), the RSS after the first search and a full collection,
// and the peak RSS (VmHWM). Medians per side, after one start of each that is not counted.
// Run: npx tsx bench/search-rss.bench.ts   (BENCH_ITEMS=50000 BENCH_RUNS=3 BENCH_VS=main)
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { itemFromContent } from '../src/db/catalogue/content-sync';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { syncNationalCatalogue } from '../src/db/catalogue/content-sync';
import { loadContent } from '../src/server/catalogue/content';
import { removeStoredIndexes } from '../src/server/catalogue/search-index-store';
import { loadDemo } from '../src/server/demo';
import { checkoutOf, login, machine, percentiles } from './lib';
import { seededRandom } from './random';
import { seedSearchCatalogue } from './seed-search-catalogue';

const N_ITEMS = Number(process.env.BENCH_ITEMS ?? 50_000);
const N_OFFERS = Number(process.env.BENCH_OFFERS ?? N_ITEMS);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_S = Number(process.env.BENCH_SETTLE_S ?? 45);
const VS = process.env.BENCH_VS ?? 'main';
const KEPT = process.env.BENCH_KEPT === '1';
const dataDir = process.env.BENCH_DATA_DIR ?? `/tmp/wegwijs-rss-${N_ITEMS}-${N_OFFERS}`;
const accountsFile = join(dataDir, 'bench-account.json');
const here = process.cwd();

/** Seeds the data directory once; later runs reuse it. */
async function seedOnce() {
  if (existsSync(accountsFile)) return;
  const database = await openDatabase({ engine: 'pglite', dataDir });
  await runMigrations(database);
  const content = await loadContent();
  await syncNationalCatalogue(database.db, content.interventions, new Date());
  const demo = await loadDemo(database.db);
  const real = content.interventions.map(itemFromContent);
  const size = { items: N_ITEMS, offers: N_OFFERS, organisations: 50 };
  const { seededMs } = await seedSearchCatalogue(database.db, real, size, seededRandom(20261206));
  await database.close();
  const account = demo.accounts.find((a) => a.role === 'sociaal_werker')!;
  writeFileSync(accountsFile, JSON.stringify(account));
  console.log(`seeded ${dataDir} in ${(seededMs / 1000).toFixed(1)} s`);
}

type Sample = {
  firstSearchMs: number;
  worstHealthzMs: number;
  /** The same for the answers asked after the login was answered. */
  worstAfterLoginMs: number;
  /** The same for those asked after the login and before /readyz said the index exists. */
  worstWhileBuildingMs: number;
  /** Right after the first search, no collection forced. */
  rssAtSearchMb: number;
  /** SETTLE_S seconds later, the server idle, no collection forced. */
  rssSettledMb: number;
  /** Then after a forced full collection. */
  rssMb: number;
  peakMb: number;
  /** The JavaScript heap and the ArrayBuffers (PGlite's WebAssembly memory is one). */
  heapMb: number;
  /** What V8 holds for the heap (pages not yet given back count in the RSS too). */
  heapTotalMb: number;
  /** Memory outside the JS heap that V8 knows of: PGlite's WebAssembly memory, the index's arrays. */
  externalMb: number;
  buffersMb: number;
  /** MB used / held per V8 heap space. */
  spaces: Record<string, string>;
};
type Memory = {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, string>;
};

const ask = (child: ChildProcess, message: string) =>
  new Promise<Memory>((resolve) => {
    child.once('message', (m) => resolve(m as Memory));
    child.send(message);
  });

/** A figure in MB from the process's /proc status (VmRSS, VmHWM). */
function statusMb(child: ChildProcess, field: string): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
}

/** A free TCP port on this machine, for the next server. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Asks /healthz until the server answers. */
async function untilListening(address: string, child: ChildProcess) {
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== null) throw new Error(`server stopped (${exited})`);
    try {
      if ((await fetch(`${address}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One fresh server process on `dir`'s code, started as `npm start` does: first search, RSS, stop. */
async function measure(dir: string): Promise<Sample> {
  // Without the index kept by the previous start, each start builds it, as after a catalogue
  // change: that build is what this benchmark measures. BENCH_KEPT=1 measures a restart instead.
  if (!KEPT) removeStoredIndexes(dataDir);
  const port = await freePort();
  const child = fork(join(dir, 'scripts/start.mjs'), {
    cwd: dir,
    env: {
      ...process.env,
      WEGWIJS_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      DATABASE_URL: '',
    },
    execArgv: [
      '--expose-gc',
      '--import',
      pathToFileURL(join(here, 'bench/search-rss-probe.mjs')).href,
    ],
  });
  const address = `http://127.0.0.1:${port}`;
  await untilListening(address, child);
  const listening = performance.now();
  let searching = true;
  // When /readyz first said ready: the index exists, the first search is still to run.
  let readyMs = Infinity;
  const readiness = (async () => {
    while (searching && readyMs === Infinity) {
      const t = performance.now();
      if ((await fetch(`${address}/readyz`)).ok) readyMs = t - listening;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const latencies: number[] = [];
  const askedAt: number[] = [];
  const probe = (async () => {
    while (searching) {
      const t = performance.now();
      await (await fetch(`${address}/healthz`)).text();
      latencies.push(performance.now() - t);
      askedAt.push(t - listening);
    }
  })();
  const account = JSON.parse(readFileSync(accountsFile, 'utf8')) as Record<string, string>;
  const { cookie } = await login(address, account.email!, account.password!);
  const loggedInMs = performance.now() - listening;
  const res = await fetch(`${address}/api/v1/catalogue/search?q=schulden`, { headers: { cookie } });
  if (!res.ok) throw new Error(`search: ${res.status}`);
  await res.json();
  const firstSearchMs = performance.now() - listening;
  searching = false;
  await Promise.all([probe, readiness]);
  // The login (argon2, a core for a moment) and the loading are told apart: the worst answer
  // after the login is the one the index build is to blame for.
  const afterLogin = latencies.filter((_, i) => askedAt[i]! > loggedInMs);
  const whileBuilding = latencies.filter(
    (_, i) => askedAt[i]! > loggedInMs && askedAt[i]! < readyMs,
  );
  const slowest = latencies
    .map((ms, i) => `${ms.toFixed(0)} ms asked at ${(askedAt[i]! / 1000).toFixed(1)} s`)
    .filter((_, i) => latencies[i]! >= 40);
  console.error(
    `logged in at ${(loggedInMs / 1000).toFixed(1)} s, ready at ${(readyMs / 1000).toFixed(1)} s; answers ≥ 40 ms: ${slowest.join(', ') || 'none'}`,
  );
  const rssAtSearchMb = statusMb(child, 'VmRSS');
  // What the idle server settles at by itself (V8's memory reducer runs some seconds after the
  // last busy moment), before the forced collection below changes it.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_S * 1000));
  const rssSettledMb = statusMb(child, 'VmRSS');
  const memory = await ask(child, 'rss');
  const peakMb = statusMb(child, 'VmHWM');
  child.kill();
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    firstSearchMs,
    worstHealthzMs: Math.max(...latencies),
    worstAfterLoginMs: Math.max(...afterLogin),
    worstWhileBuildingMs: Math.max(...whileBuilding),
    rssAtSearchMb,
    rssSettledMb,
    rssMb: memory.rss / 2 ** 20,
    peakMb,
    heapMb: memory.heapUsed / 2 ** 20,
    heapTotalMb: memory.heapTotal / 2 ** 20,
    externalMb: memory.external / 2 ** 20,
    buffersMb: memory.arrayBuffers / 2 ** 20,
    spaces: memory.spaces,
  };
}

await seedOnce();
const sides = [{ label: 'this checkout', dir: here }, checkoutOf(VS)];
// Built before the first start, so no start measured includes a build.
for (const side of sides) execSync('node scripts/build.mjs', { cwd: side.dir, stdio: 'inherit' });
// Not counted: a first start under this benchmark's Node flags (--expose-gc) finds no code cache
// it may use, as V8 refuses one made under other flags, and leaves one for the starts measured.
for (const side of sides) await measure(side.dir);
const samples = new Map<string, Sample[]>(sides.map((s) => [s.label, []]));
for (let run = 0; run < RUNS; run++) {
  // Alternate which side starts, so neither always gets the quieter moment.
  for (const side of run % 2 ? [...sides].reverse() : sides) {
    const sample = await measure(side.dir);
    samples.get(side.label)!.push(sample);
    console.error(side.label, JSON.stringify(sample));
  }
}

const median = (xs: number[]) => percentiles(xs).p50;
console.log(`\nMachine: ${machine()}\n`);
console.log(
  `PGlite, ${N_ITEMS} local interventions + ${N_OFFERS} local offers; ${RUNS} fresh starts each, medians.\n`,
);
console.log(
  `| code | listening → first search | worst /healthz meanwhile | the same after the login | the same until /readyz | RSS at the first search | RSS ${SETTLE_S} s later | then after a forced GC | JS heap used / held | external (WebAssembly, index) | peak RSS |`,
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [label, xs] of samples) {
  const m = (k: Exclude<keyof Sample, 'spaces'>) => median(xs.map((x) => x[k]));
  console.log(
    `| ${label} | ${(m('firstSearchMs') / 1000).toFixed(2)} s | ${m('worstHealthzMs').toFixed(0)} ms | ${m('worstAfterLoginMs').toFixed(0)} ms | ${m('worstWhileBuildingMs').toFixed(0)} ms | ${m('rssAtSearchMb').toFixed(0)} MB | ${m('rssSettledMb').toFixed(0)} MB | ${m('rssMb').toFixed(0)} MB | ${m('heapMb').toFixed(0)} / ${m('heapTotalMb').toFixed(0)} MB | ${m('externalMb').toFixed(0)} MB | ${m('peakMb').toFixed(0)} MB |`,
  );
}
