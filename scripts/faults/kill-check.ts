// Fault test: Wegwijs is killed with SIGKILL while households are being written, several times in
// a row. Passes when every write acknowledged (201) before a kill reads back unchanged after the
// restart, each restart is ready within 5 s, and nothing but 201 came back before the kill (a
// request cut by the kill is expected and was never acknowledged).
//
// On PostgreSQL when TEST_DATABASE_URL is set (in a database of its own), else (or with
// WEGWIJS_TEST_ENGINE=pglite) on PGlite in a fresh data directory. .ci/run runs it on both engines; about half a minute each.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Acknowledged,
  type Auth,
  CheckFailed,
  adminQuery,
  createHousehold,
  databaseUrl,
  demoWorker,
  exited,
  lostHouseholds,
  runCheck,
  signIn,
  startServer,
  type RunningServer,
} from './server-process';

const KILLS = 3;
const WRITERS = 4;
const WRITE_BEFORE_KILL_MS = 1_500;
const MAX_READY_MS = 5_000;
const HARD_LIMIT_MS = 240_000;

const serverUrl =
  process.env.WEGWIJS_TEST_ENGINE === 'pglite' ? undefined : process.env.TEST_DATABASE_URL;
const engine = serverUrl ? 'postgres' : 'pglite';
let server: RunningServer | undefined;
const stop = () => server?.child.kill('SIGKILL');
setTimeout(() => {
  stop();
  console.error(`✖ kill -9 check (${engine}) did not finish within ${HARD_LIMIT_MS / 1000} s`);
  process.exit(1);
}, HARD_LIMIT_MS).unref();

/** Writes households from several clients, kills the server meanwhile; returns what was acknowledged. */
async function writeUntilKilled(running: RunningServer, round: number, auth: Auth) {
  const acknowledged: Acknowledged[] = [];
  const unexpected: string[] = [];
  let alive = true;
  const writers = Array.from({ length: WRITERS }, async (_, w) => {
    for (let i = 0; alive; i++) {
      const reference = `K${round}-${w}-${i}`;
      try {
        const res = await createHousehold(running.base, auth, reference);
        const body = await res.text();
        if (res.status === 201)
          acknowledged.push({ id: (JSON.parse(body) as { id: string }).id, reference });
        else unexpected.push(`${res.status} ${body.slice(0, 300)}`);
      } catch {
        return; // cut by the kill: never acknowledged
      }
    }
  });
  await new Promise((r) => setTimeout(r, WRITE_BEFORE_KILL_MS));
  running.child.kill('SIGKILL');
  alive = false;
  await Promise.all(writers);
  await exited(running.child);
  return { acknowledged, unexpected };
}

async function check() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijs-kill-'));
  const dbName = `wegwijs_kill_${randomBytes(5).toString('hex')}`;
  if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
  const env = {
    ...(serverUrl
      ? { DATABASE_URL: databaseUrl(serverUrl, dbName) }
      : { WEGWIJS_DATA_DIR: dataDir }),
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  };
  const problems: string[] = [];
  const written: Acknowledged[] = [];
  const readyAfterKillMs: number[] = [];
  let account;
  for (let round = 0; round <= KILLS; round++) {
    server = await startServer(env, { demo: round === 0 });
    account ??= demoWorker(server.output());
    if (round > 0) readyAfterKillMs.push(server.readyMs);
    const auth = await signIn(server.base, account);
    const lost = await lostHouseholds(server.base, auth, written);
    if (lost.length)
      problems.push(
        `after kill ${round}: ${lost.length} acknowledged households lost: ${lost.slice(0, 5).join(', ')}`,
      );
    if (round === KILLS) break;
    const { acknowledged, unexpected } = await writeUntilKilled(server, round, auth);
    if (unexpected.length)
      problems.push(`round ${round}: answers other than 201, e.g. ${unexpected[0]}`);
    if (acknowledged.length === 0)
      problems.push(`round ${round}: no write was acknowledged before the kill`);
    written.push(...acknowledged);
  }
  stop();
  await exited(server!.child);
  const slow = readyAfterKillMs.filter((ms) => ms > MAX_READY_MS);
  if (slow.length)
    problems.push(`a restart took longer than ${MAX_READY_MS} ms: ${slow.join(', ')} ms`);
  console.log(
    JSON.stringify({ engine, kills: KILLS, acknowledged: written.length, readyAfterKillMs }),
  );
  rmSync(dataDir, { recursive: true, force: true });
  if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (problems.length) throw new CheckFailed(problems.join('\n  '));
  console.log(`✔ no acknowledged write was lost over ${KILLS} kills (${engine})`);
}

runCheck(`kill -9 check (${engine})`, check, stop);
