import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningServer = {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

let built = false;
/** The browser tests run the built app, as `npm start` does; build it when sources changed. */
function ensureBuilt() {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  built = true;
}

/** Starts Wegwijs the way an operator does, on a fresh data directory and a free port. */
export async function startServer(
  options: {
    dataDir?: string;
    args?: string[];
    env?: Record<string, string>;
    /** Through `npm start`, as the README says, instead of Node directly. */
    viaNpm?: boolean;
  } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'wegwijs-e2e-'));
  const port = await freePort();
  let output = '';
  ensureBuilt();
  const [command, args] = options.viaNpm
    ? ['npm', ['start', '--silent', '--', ...(options.args ?? [])]]
    : [process.execPath, ['--enable-source-maps', 'dist/server/main.mjs', ...(options.args ?? [])]];
  const child = spawn(command, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEGWIJS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The demo passwords the server printed once at start, by e-mail address. */
export function demoPasswords(output: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of output.matchAll(/(\S+@\S+\.demo\.wegwijs\.example)\s+(Demo-\S+)/g))
    found.set(m[1]!, m[2]!);
  return found;
}
