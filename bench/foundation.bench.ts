// Issue 2 benchmarks. Run: npx tsx bench/foundation.bench.ts (PGlite) and
// BENCH_DATABASE_URL=postgres://… npx tsx bench/foundation.bench.ts (PostgreSQL).
// 1. Start time: `npm start` until /readyz answers OK, on an existing data directory (median of 5).
// 2. RSS of the server process after start.
// 3. Requests/s and latency of /healthz and an authenticated GET /api/v1/me (autocannon, loopback).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { benchApp, benchDatabase, cannon, gitCommit, login, machine, ms, percentiles } from './lib';
import { freePort } from '../e2e/server';

const { database, label, url } = await benchDatabase();
const { app, demo, base } = await benchApp(database);
const account = demo.accounts.find((a) => a.role === 'sociaal_werker')!;
const { cookie } = await login(base, account.email, account.password);
const health = await cannon(`${base}/healthz`);
const me = await cannon(`${base}/api/v1/me`, { cookie });
await app.close();
await database.close();

/** Starts the server and times it until /readyz is OK; reads the server's RSS when it runs directly. */
async function startOnce(command: string[], env: Record<string, string>) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
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
const direct = [];
const viaNpm = [];
for (let i = 0; i < 5; i++) direct.push(await startOnce(['node', 'dist/server/main.mjs'], env));
for (let i = 0; i < 5; i++) viaNpm.push(await startOnce(['npm', 'start', '--silent'], env));
const ready = percentiles(direct.map((r) => r.readyAfter));
const readyNpm = percentiles(viaNpm.map((r) => r.readyAfter));
const rss = percentiles(direct.map((r) => r.rssMb));

console.log(`\n## Foundation on ${label} (commit ${gitCommit()})\n\nMachine: ${machine()}\n`);
console.log('| measure | result |\n| --- | ---: |');
console.log(
  `| \`npm start\` → /readyz OK, existing data (median of 5) | ${ms(readyNpm.p50)} (max ${ms(readyNpm.max)}) |`,
);
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
