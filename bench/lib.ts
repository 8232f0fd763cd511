// Shared helpers for the server benchmarks: percentiles, machine facts, a database per run,
// a logged-in client, and autocannon on loopback.
import { execFile, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { syncNationalCatalogue } from '../src/db/catalogue/content-sync';
import { runMigrations } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { loadContent } from '../src/server/catalogue/content';
import { loadConfig } from '../src/config';
import { loadDemo } from '../src/server/demo';
import { loadInstrument } from '../src/server/households/instrument';

export function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1]! };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;

export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/**
 * PostgreSQL when BENCH_DATABASE_URL is set (a fresh database is created, or with
 * BENCH_DATABASE_AS_IS=1 that database itself is used), else PGlite on disk.
 */
export async function benchDatabase(): Promise<{
  database: Database;
  label: string;
  url?: string;
}> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url && process.env.BENCH_DATABASE_AS_IS === '1') {
    const database = await openDatabase({ engine: 'postgres', url });
    await runMigrations(database);
    return { database, label: 'PostgreSQL 15', url };
  }
  if (url) {
    const name = `wegwijs_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // BENCH_DATABASE_TEMPLATE: a copy of a database an earlier run filled (left in place).
    const template = process.env.BENCH_DATABASE_TEMPLATE;
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ engine: 'postgres', url: u.toString() });
    await runMigrations(database);
    return { database, label: 'PostgreSQL 15', url: u.toString() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-bench-'));
  const database = await openDatabase({ engine: 'pglite', dataDir });
  await runMigrations(database);
  return { database, label: 'PGlite', url: dataDir };
}

/** Drops a database `benchDatabase` created on PostgreSQL (PGlite's directory is left in tmp). */
export async function dropBenchDatabase(url: string | undefined) {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server || !url) return;
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith('wegwijs_bench_')) return;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}

/** The real app on the given database, listening on a free loopback port, with the demo loaded. */
export async function benchApp(database: Database) {
  const content = await loadContent();
  await syncNationalCatalogue(database.db, content.interventions, new Date());
  const demo = await loadDemo(database.db);
  const config = { ...loadConfig({}), loginRateLimit: 100_000, logLevel: 'silent' as const };
  const app = await buildApp({
    config,
    database,
    content,
    instrument: await loadInstrument(content.vocabularies),
    webDist: null,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, content, demo, base: `http://127.0.0.1:${port}` };
}

/** Logs in over HTTP and returns the cookie header and CSRF token. */
export async function login(base: string, email: string, password: string) {
  const s = await fetch(`${base}/api/v1/session`);
  const csrfCookie = s.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await s.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

/**
 * autocannon in its own process, so the load generator does not share the server's event loop.
 */
export async function cannon(
  url: string,
  headers: Record<string, string> = {},
  duration = 8,
  connections = 20,
) {
  const args = ['autocannon', '--json', '-c', String(connections), '-d', String(duration)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const out = await new Promise<string>((resolve, reject) =>
    execFile('npx', [...args, url], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    ),
  );
  const result = JSON.parse(out) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export function gitCommit() {
  try {
    return execSync('git rev-parse --short HEAD').toString().trim();
  } catch {
    return 'unknown';
  }
}

/** The code of `ref` in a directory of its own, sharing this checkout's node_modules. */
export function checkoutOf(ref: string): { label: string; dir: string } {
  const sha = execSync(`git rev-parse --short ${ref}`, { encoding: 'utf8' }).trim();
  const dir = `/tmp/wegwijs-bench-code-${sha}`;
  if (!existsSync(dir)) {
    mkdirSync(dir);
    execSync(`git archive ${sha} | tar -x -C ${dir}`);
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  }
  return { label: `${ref} (${sha})`, dir };
}
