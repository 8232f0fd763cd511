// The built server (dist/server/main.mjs) as a child process, for fault tests that must stop it
// the hard way or starve its database. Shared by the kill -9 and disk-full checks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';

export class CheckFailed extends Error {}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when the process has ended (a killed process has a signalCode, not an exitCode). */
export function exited(child: ChildProcess) {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(null)
      : child.once('exit', resolve),
  );
}

export type RunningServer = {
  child: ChildProcess;
  base: string;
  /** From spawn until /readyz answered 200. */
  readyMs: number;
  output: () => string;
};

/** Starts the server and resolves once /readyz says ready. */
export async function startServer(
  env: Record<string, string>,
  { demo = false, timeoutMs = 90_000 } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const chunks: string[] = [];
  const output = () => chunks.join('');
  const started = Date.now();
  const child = spawn('node', ['dist/server/main.mjs', ...(demo ? ['--demo'] : [])], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new CheckFailed(`the server exited at start:\n${output()}`);
    const status = await fetch(`${base}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { child, base, readyMs: Date.now() - started, output };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new CheckFailed(`the server was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

export type Account = { email: string; password: string };

/** The demo's first sociaal werker, from the passwords the server prints once with --demo. */
export function demoWorker(output: string): Account {
  const parts = output
    .split('\n')
    .find((line) => /\bsociaal_werker\b/.test(line))
    ?.trim()
    .split(/\s+/);
  const email = parts?.find((p) => p.includes('@'));
  const password = parts?.at(-1);
  if (!email || !password)
    throw new CheckFailed(`no demo account in the server output:\n${output}`);
  return { email, password };
}

export type Auth = { cookie: string; csrfToken: string };

export async function signIn(base: string, account: Account): Promise<Auth> {
  const session = await fetch(`${base}/api/v1/session`);
  const cookies = session.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/v1/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: cookies.join('; '),
    },
    body: JSON.stringify(account),
  });
  if (login.status !== 200)
    throw new CheckFailed(`sign-in failed with ${login.status}: ${await login.text()}`);
  const all = [...cookies, ...login.headers.getSetCookie().map((c) => c.split(';')[0]!)];
  const fresh = (await login.json()) as { csrfToken?: string };
  return { cookie: all.join('; '), csrfToken: fresh.csrfToken ?? csrfToken };
}

/** A fictional household; the reference tells which writer and round wrote it. */
export function createHousehold(base: string, auth: Auth, reference: string) {
  return fetch(`${base}/api/v1/households`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: auth.cookie,
      'x-csrf-token': auth.csrfToken,
    },
    body: JSON.stringify({
      reference,
      label: 'Fictief huishouden (fouttest)',
      startDate: '2026-09-01',
      data: {
        adults: [{ birthYear: 1988 }],
        children: [{ ref: 'kind 1', birthYear: 2018 }],
        gemeente: { code: 'GM0202', name: 'Arnhem' },
        languages: ['nl'],
        lifeEvents: [],
      },
    }),
  });
}

export type Acknowledged = { id: string; reference: string };

/** References of acknowledged households that cannot be read back as they were written. */
export async function lostHouseholds(base: string, auth: Auth, acknowledged: Acknowledged[]) {
  const lost: string[] = [];
  for (const { id, reference } of acknowledged) {
    const res = await fetch(`${base}/api/v1/households/${id}`, {
      headers: { cookie: auth.cookie },
    });
    const body = res.status === 200 ? ((await res.json()) as { reference?: string }) : null;
    if (body?.reference !== reference) lost.push(`${reference} (${res.status})`);
  }
  return lost;
}

/** A database of its own on the test server, for one check. */
export async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs a check; prints its failure without process.exit, which can cut off piped output. */
export function runCheck(name: string, check: () => Promise<void>, cleanup: () => void) {
  check().catch((error: unknown) => {
    cleanup();
    console.error(error instanceof CheckFailed ? `✖ ${name} failed:\n  ${error.message}` : error);
    process.exitCode = 1;
  });
}
