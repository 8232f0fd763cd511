// Fault test: PostgreSQL restarts (`pg_ctl restart -m fast`) while Wegwijs serves signed-in
// traffic. Passes when the process never exits, every failed request during the outage is a 503
// problem+json (never a 500), /readyz says "not ready" meanwhile, and requests and /readyz succeed
// again within 5 s after the database is back, without restarting Wegwijs.
//
// Needs TEST_DATABASE_URL (a server where it may create a database) and PG_RESTART_COMMAND (a
// shell command that restarts that server, e.g. "pg_ctl -D … -l … -m fast -w restart"). .ci/run
// calls it after the test suite. Bounded to well under a minute.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { syncNationalCatalogue } from '../../src/db/catalogue/content-sync';
import { openDatabase } from '../../src/db/client';
import { runMigrations } from '../../src/db/migrate';
import { buildApp } from '../../src/server/app';
import { loadContent } from '../../src/server/catalogue/content';
import { loadConfig } from '../../src/config';
import { loadDemo } from '../../src/server/demo';
import { loadInstrument } from '../../src/server/households/instrument';

const WORKERS = 6;
const LOAD_BEFORE_RESTART_MS = 2_000;
const MAX_RECOVERY_MS = 5_000;
const HARD_LIMIT_MS = 50_000;

type Sample = { at: number; path: string; status: number; problem: boolean };

const url = process.env.TEST_DATABASE_URL;
const restartCommand = process.env.PG_RESTART_COMMAND;
if (!url || !restartCommand) {
  console.error('pg-restart-check needs TEST_DATABASE_URL and PG_RESTART_COMMAND');
  process.exit(2);
}

const crashes: unknown[] = [];
process.on('uncaughtException', (error) => crashes.push(error));
process.on('unhandledRejection', (error) => crashes.push(error));
setTimeout(() => fail([`did not finish within ${HARD_LIMIT_MS / 1000} s`]), HARD_LIMIT_MS).unref();

function fail(problems: string[]): never {
  console.error(`✖ PostgreSQL restart check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs the restart command without blocking the event loop, so the load goes on meanwhile. */
function restartPostgres(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', restartCommand!], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`restart command exited with ${code}`)),
    );
  });
}

async function signIn(base: string, email: string, password: string) {
  const session = await fetch(`${base}/api/v1/session`);
  const csrfCookie = session.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const login = await fetch(`${base}/api/v1/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken,
      cookie: csrfCookie.join('; '),
    },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) fail([`login before the test failed: ${login.status}`]);
  return [...csrfCookie, ...login.headers.getSetCookie().map((c) => c.split(';')[0]!)].join('; ');
}

async function main() {
  const name = `wegwijs_restart_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const dbUrl = new URL(url!);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: dbUrl.toString(), poolSize: 4 });
  const content = await loadContent();
  await runMigrations(database);
  await syncNationalCatalogue(database.db, content.interventions, new Date());
  const accounts = (await loadDemo(database.db)).accounts;
  const app = await buildApp({
    config: { ...loadConfig({}), databaseUrl: dbUrl.toString(), loginRateLimit: 10_000 },
    database,
    content,
    instrument: await loadInstrument(content.vocabularies),
    webDist: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const worker = accounts.find((a) => a.role === 'sociaal_werker')!;
  const cookie = await signIn(base, worker.email, worker.password);

  const started = Date.now();
  const samples: Sample[] = [];
  const ready: { at: number; status: number }[] = [];
  let running = true;
  const paths = ['/api/v1/households', '/api/v1/session', '/api/v1/catalogue/search?q=schulden'];
  const load = Array.from({ length: WORKERS }, async (_, n) => {
    for (let i = n; running; i++) {
      const path = paths[i % paths.length]!;
      const at = Date.now() - started;
      try {
        const res = await fetch(`${base}${path}`, { headers: { cookie } });
        await res.arrayBuffer();
        const problem = (res.headers.get('content-type') ?? '').startsWith(
          'application/problem+json',
        );
        samples.push({ at, path, status: res.status, problem });
      } catch {
        samples.push({ at, path, status: 0, problem: false });
      }
    }
  });
  // Readiness is probed every 20 ms without waiting for the previous answer, as a load balancer
  // would, so even a short outage is seen.
  const probes: Promise<void>[] = [];
  const probeTimer = setInterval(() => {
    const at = Date.now() - started;
    probes.push(
      fetch(`${base}/readyz`)
        .then((res) => ready.push({ at, status: res.status }))
        .catch(() => ready.push({ at, status: 0 }))
        .then(() => undefined),
    );
  }, 20);
  await new Promise((r) => setTimeout(r, LOAD_BEFORE_RESTART_MS));
  const restartAt = Date.now() - started;
  await restartPostgres();
  const backAt = Date.now() - started;
  await new Promise((r) => setTimeout(r, MAX_RECOVERY_MS + 1_000));
  running = false;
  clearInterval(probeTimer);
  await Promise.all([...load, ...probes]);

  const problems: string[] = [];
  if (crashes.length) problems.push(`uncaught errors: ${crashes.map(String).join('; ')}`);
  const bad = samples.filter((s) => s.status !== 200 && !(s.status === 503 && s.problem));
  if (bad.length)
    problems.push(
      `${bad.length} answers other than 200 or 503 problem+json, e.g. ${JSON.stringify(bad.slice(0, 3))}`,
    );
  const notReady = ready.filter((r) => r.at >= restartAt && r.status === 503);
  if (notReady.length === 0) problems.push('/readyz never said "not ready" during the restart');
  const recovered = (list: { at: number; status: number }[]) => {
    const lastFailure = list.filter((s) => s.status !== 200).at(-1)?.at ?? restartAt;
    return Math.max(0, lastFailure - backAt);
  };
  const requestRecovery = recovered(samples);
  const readyRecovery = recovered(ready);
  if (requestRecovery > MAX_RECOVERY_MS)
    problems.push(`requests failed until ${requestRecovery} ms after the database was back`);
  if (readyRecovery > MAX_RECOVERY_MS)
    problems.push(`/readyz failed until ${readyRecovery} ms after the database was back`);
  if (samples.filter((s) => s.at > backAt + MAX_RECOVERY_MS && s.status === 200).length === 0)
    problems.push('no successful request after recovery');

  console.log(
    JSON.stringify({
      requests: samples.length,
      answered503: samples.filter((s) => s.status === 503).length,
      restartMs: backAt - restartAt,
      readyzNotReadyPolls: notReady.length,
      recoveryMs: { requests: requestRecovery, readyz: readyRecovery },
    }),
  );
  await app.close();
  await database.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (problems.length) fail(problems);
  console.log('✔ Wegwijs rode out a PostgreSQL restart');
  process.exit(0);
}

main().catch((error: unknown) => fail([String(error)]));
