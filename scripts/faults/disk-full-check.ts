// Fault test: the disk under Wegwijs's PostgreSQL data runs full while households are written.
// The database lives in a tablespace on a small tmpfs that this check fills to the last byte.
// Passes when, while the disk is full, every answer is a 201 or a 503 problem+json
// 'storage_full' (never a 500), the server keeps running and /readyz says "storage full"; when
// space returns, writes and /readyz succeed again within 5 s; and every acknowledged write reads
// back afterwards.
//
// Needs root (to mount the tmpfs), TEST_DATABASE_URL (a superuser on a local server, which must
// be able to write to the mount: PG_OS_USER owns it, default postgres) and the built server.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
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

const DISK_MB = 64;
const WRITERS = 4;
const FULL_FOR_MS = 3_000;
const MAX_RECOVERY_MS = 5_000;
const AFTER_FREE_MS = 2_000;
const HARD_LIMIT_MS = 180_000;

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error('disk-full-check needs TEST_DATABASE_URL');
  process.exit(2);
}
const osUser = process.env.PG_OS_USER ?? 'postgres';
const suffix = randomBytes(5).toString('hex');
const mountPoint = mkdtempSync('/tmp/wegwijs-disk-');
const fillerPath = join(mountPoint, 'filler');
let server: RunningServer | undefined;
let mounted = false;

function cleanupNow() {
  server?.child.kill('SIGKILL');
  try {
    unlinkSync(fillerPath);
  } catch {
    // not there
  }
}
setTimeout(() => {
  cleanupNow();
  console.error(`✖ disk-full check did not finish within ${HARD_LIMIT_MS / 1000} s`);
  process.exit(1);
}, HARD_LIMIT_MS).unref();

/** The database errors in the server's log that were not a full disk (state and routine only). */
function otherServerErrors(log: string) {
  const found = new Set<string>();
  for (const line of log.split('\n')) {
    const state = /"sqlstate":"(\w+)"(?:,"routine":"(\w+)")?/.exec(line);
    const error = /"level":50.*?"message":"([^"]{0,80})/.exec(line);
    if (state && state[1] !== '53100') found.add(`${state[1]} ${state[2] ?? ''}`.trim());
    else if (!state && error) found.add(error[1]!);
  }
  return [...found].slice(0, 5).join('; ') || 'none logged';
}

/** Writes zeros into the mount until the file system refuses; returns the bytes written. */
function fillDisk() {
  const block = Buffer.alloc(256 * 1024);
  const fd = openSync(fillerPath, 'w');
  let bytes = 0;
  try {
    for (let size = block.length; size >= 512;) {
      try {
        bytes += writeSync(fd, block, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size /= 2; // fill the last corners with smaller writes
      }
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

type Answer = { at: number; status: number; code?: string; id?: string; reference: string };

/** Writes households from several clients until `stopAt()` says enough. */
async function writeWhile(base: string, auth: Auth, label: string, keepGoing: () => boolean) {
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; keepGoing(); i++) {
        const reference = `D${label}-${w}-${i}`;
        const res = await createHousehold(base, auth, reference);
        const body = (await res.json()) as { id?: string; code?: string };
        answers.push({
          at: Date.now(),
          status: res.status,
          code: body.code,
          id: body.id,
          reference,
        });
      }
    }),
  );
  return answers;
}

async function readyzBody(base: string) {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, body: await res.text() };
}

async function check() {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m,mode=0700`, 'tmpfs', mountPoint]);
  mounted = true;
  execFileSync('chown', [osUser, mountPoint]);
  const tablespace = `wegwijs_full_${suffix}`;
  const dbName = `wegwijs_full_${suffix}`;
  await adminQuery(serverUrl!, `CREATE TABLESPACE ${tablespace} LOCATION '${mountPoint}'`);
  await adminQuery(serverUrl!, `CREATE DATABASE ${dbName} TABLESPACE ${tablespace}`);
  const problems: string[] = [];
  try {
    server = await startServer(
      { DATABASE_URL: databaseUrl(serverUrl!, dbName), LOGIN_RATE_LIMIT_PER_MINUTE: '10000' },
      { demo: true },
    );
    const { base } = server;
    const auth = await signIn(base, demoWorker(server.output()));
    const before = await writeWhile(
      base,
      auth,
      'before',
      (
        (until) => () =>
          Date.now() < until
      )(Date.now() + 500),
    );

    const filled = fillDisk();
    const fullUntil = Date.now() + FULL_FOR_MS;
    const readyWhileFull: string[] = [];
    const probe = setInterval(
      () => void readyzBody(base).then((r) => readyWhileFull.push(`${r.status} ${r.body}`)),
      200,
    );
    const whileFull = await writeWhile(base, auth, 'full', () => Date.now() < fullUntil);
    clearInterval(probe);

    unlinkSync(fillerPath);
    const freedAt = Date.now();
    const pollReady = async () => {
      while (Date.now() - freedAt < MAX_RECOVERY_MS + 1_000) {
        if ((await readyzBody(base)).status === 200) return Date.now();
        await new Promise((r) => setTimeout(r, 100));
      }
      return 0;
    };
    const [afterFree, readyAt] = await Promise.all([
      writeWhile(base, auth, 'after', () => Date.now() - freedAt < AFTER_FREE_MS),
      pollReady(),
    ]);
    const recoveredAt = afterFree.find((a) => a.status === 201)?.at ?? 0;

    const all = [...before, ...whileFull, ...afterFree];
    const refused = whileFull.filter((a) => a.status === 503 && a.code === 'storage_full');
    const wrong = all.filter(
      (a) => a.status !== 201 && !(a.status === 503 && a.code === 'storage_full'),
    );
    if (wrong.length)
      problems.push(
        `answers other than 201 or 503 storage_full: ${JSON.stringify(wrong.slice(0, 3))}`,
        `server errors other than disk full: ${otherServerErrors(server.output())}`,
      );
    if (refused.length === 0)
      problems.push('no write was refused while the disk was full: the check did not fill it');
    if (!readyWhileFull.some((r) => r.startsWith('503') && r.includes('storage full')))
      problems.push(
        `/readyz never said "storage full" while the disk was full: ${readyWhileFull.slice(-2).join(' | ')}`,
      );
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      problems.push('the server exited');
    const writeRecoveryMs = recoveredAt ? recoveredAt - freedAt : null;
    const readyRecoveryMs = readyAt ? readyAt - freedAt : null;
    if (writeRecoveryMs === null || writeRecoveryMs > MAX_RECOVERY_MS)
      problems.push(`writes did not recover within ${MAX_RECOVERY_MS} ms`);
    if (readyRecoveryMs === null || readyRecoveryMs > MAX_RECOVERY_MS)
      problems.push(`/readyz did not recover within ${MAX_RECOVERY_MS} ms`);
    const acknowledged: Acknowledged[] = all
      .filter((a) => a.status === 201)
      .map((a) => ({ id: a.id!, reference: a.reference }));
    const lost = await lostHouseholds(base, auth, acknowledged);
    if (lost.length)
      problems.push(`${lost.length} acknowledged households lost: ${lost.slice(0, 5).join(', ')}`);

    console.log(
      JSON.stringify({
        filledMb: Math.round(filled / 1048576),
        writes: {
          before: before.length,
          whileFull: whileFull.length,
          refusedWhileFull: refused.length,
          afterFree: afterFree.length,
        },
        acknowledged: acknowledged.length,
        recoveryMs: { writes: writeRecoveryMs, readyz: readyRecoveryMs },
      }),
    );
  } finally {
    cleanupNow();
    if (server) await exited(server.child);
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await adminQuery(serverUrl!, `DROP TABLESPACE IF EXISTS ${tablespace}`);
    if (mounted) execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  }
  if (problems.length) throw new CheckFailed(problems.join('\n  '));
  console.log(
    '✔ Wegwijs refused writes clearly while the disk was full, lost nothing and recovered',
  );
}

runCheck('disk-full check', check, cleanupNow);
