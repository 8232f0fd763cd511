// Issue 2 benchmarks. Run: npx tsx bench/foundation.bench.ts (PGlite) and
// BENCH_DATABASE_URL=postgres://… npx tsx bench/foundation.bench.ts (PostgreSQL).
// 1. Start time: `npm start` until /readyz answers OK, on an existing data directory (median of 5),
//    after one start that is not counted (the first start after a build has no code cache yet).
//    With BENCH_VS=<git ref> (PGlite only) that ref's `npm start` alternates with this checkout's,
//    each on its own data directory, as the same-run reference.
//    On PGlite also 5 starts without the search index kept by the previous start, as after a
//    change to the catalogue: the index is then built at start.
// 2. RSS of the server process after start.
// 3. Requests/s and latency of /healthz and an authenticated GET /api/v1/me (autocannon, loopback).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchApp,
  benchDatabase,
  cannon,
  checkoutOf,
  gitCommit,
  login,
  machine,
  ms,
  percentiles,
} from './lib';
import { freePort } from '../e2e/server';
import { removeStoredIndexes } from '../src/server/catalogue/search-index-store';

const { database, label, url } = await benchDatabase();
const { app, demo, base } = await benchApp(database);
const account = demo.accounts.find((a) => a.role === 'sociaal_werker')!;
const { cookie } = await login(base, account.email, account.password);
const health = await cannon(`${base}/healthz`);
const me = await cannon(`${base}/api/v1/me`, { cookie });
await app.close();
await database.close();

/** Starts the server and times it until /readyz is OK; reads the server's RSS when it runs directly. */
async function startOnce(command: string[], env: Record<string, string>, cwd = process.cwd()) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyAfter = performance.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  return { readyAfter, rssMb };
}

const env: Record<string, string> = process.env.BENCH_DATABASE_URL
  ? { DATABASE_URL: url! }
  : { WEGWIJS_DATA_DIR: url!, DATABASE_URL: '' };
const npmStart = ['npm', 'start', '--silent'];
const reference = process.env.BENCH_VS ? checkoutOf(process.env.BENCH_VS) : undefined;
if (reference && process.env.BENCH_DATABASE_URL) throw new Error('BENCH_VS compares on PGlite');
const referenceEnv = {
  WEGWIJS_DATA_DIR: reference ? mkdtempSync(join(tmpdir(), 'wegwijs-bench-reference-')) : '',
  DATABASE_URL: '',
};
// Not counted: this one builds what is stale, creates the reference's data and the code cache.
await startOnce(npmStart, env);
if (reference) await startOnce(npmStart, referenceEnv, reference.dir);
const direct = [];
const viaNpm = [];
const referenceNpm = [];
for (let i = 0; i < 5; i++) direct.push(await startOnce(['node', 'dist/server/main.mjs'], env));
for (let i = 0; i < 5; i++) {
  viaNpm.push(await startOnce(npmStart, env));
  if (reference) referenceNpm.push(await startOnce(npmStart, referenceEnv, reference.dir));
}
const rebuilding = [];
if (!process.env.BENCH_DATABASE_URL) {
  for (let i = 0; i < 5; i++) {
    removeStoredIndexes(url!);
    rebuilding.push(await startOnce(npmStart, env));
  }
}
const ready = percentiles(direct.map((r) => r.readyAfter));
const readyNpm = percentiles(viaNpm.map((r) => r.readyAfter));
const rss = percentiles(direct.map((r) => r.rssMb));

console.log(`\n## Foundation on ${label} (commit ${gitCommit()})\n\nMachine: ${machine()}\n`);
console.log('| measure | result |\n| --- | ---: |');
console.log(
  `| \`npm start\` → /readyz OK, existing data (median of 5) | ${ms(readyNpm.p50)} (max ${ms(readyNpm.max)}) |`,
);
if (reference) {
  const readyReference = percentiles(referenceNpm.map((r) => r.readyAfter));
  console.log(
    `| the same for ${reference.label}, alternating with it | ${ms(readyReference.p50)} (max ${ms(readyReference.max)}); ratio ${(readyNpm.p50 / readyReference.p50).toFixed(2)} |`,
  );
}
if (rebuilding.length > 0) {
  const built = percentiles(rebuilding.map((r) => r.readyAfter));
  console.log(
    `| the same, the search index built at start (as after a catalogue change) | ${ms(built.p50)} (max ${ms(built.max)}) |`,
  );
}
console.log(
  `| server process alone → /readyz OK (median of 5) | ${ms(ready.p50)} (max ${ms(ready.max)}) |`,
);
console.log(`| RSS after start (median of 5) | ${rss.p50.toFixed(0)} MB |`);
console.log(
  `| /healthz | ${health.requestsPerSecond} req/s, p50 ${health.p50} ms, p99 ${health.p99} ms, errors ${health.errors} |`,
);
console.log(
  `| GET /api/v1/me (session) | ${me.requestsPerSecond} req/s, p50 ${me.p50} ms, p99 ${me.p99} ms, errors ${me.errors} |`,
);
process.exit(0);
