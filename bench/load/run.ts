// Load test: two Wegwijs instances on one PostgreSQL behind a round-robin proxy, with 25 signed-in
// users per instance working a realistic mix (search, household list and reads, plan saves,
// voorzieningencheck). Reports req/s, p50/p99 and errors per instance and per operation.
//
//   BENCH_DATABASE_URL=postgres://… LOAD_SECONDS=600 npx tsx bench/load/run.ts
//
// Needs the built server (npm run build). LOAD_SECONDS defaults to 600 (10 minutes);
// USERS_PER_INSTANCE to 25.
import { randomBytes } from 'node:crypto';
import {
  adminQuery,
  databaseUrl,
  demoWorker,
  exited,
  startServer,
  type RunningServer,
} from '../../scripts/faults/server-process';
import { gitCommit, machine, percentiles } from '../lib';
import { startProxy } from './proxy';
import { virtualUser, type Operation, type Sample } from './virtual-user';

const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl) {
  console.error(
    'bench/load needs BENCH_DATABASE_URL (a PostgreSQL server where it may create a database)',
  );
  process.exit(2);
}
const seconds = Number(process.env.LOAD_SECONDS ?? 600);
const usersPerInstance = Number(process.env.USERS_PER_INSTANCE ?? 25);

async function main() {
  const dbName = `wegwijs_load_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl!, `CREATE DATABASE ${dbName}`);
  const env = {
    DATABASE_URL: databaseUrl(serverUrl!, dbName),
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
  };
  const instances: RunningServer[] = [];
  try {
    instances.push(await startServer(env, { demo: true }));
    instances.push(await startServer(env));
    const account = demoWorker(instances[0]!.output());
    const proxy = await startProxy(instances.map((i) => i.base));
    const users = await Promise.all(
      Array.from({ length: usersPerInstance * instances.length }, (_, n) =>
        virtualUser(proxy.base, account, n),
      ),
    );
    proxy.resetStats();
    const samples: Sample[] = [];
    const startedAt = performance.now();
    const endAt = Date.now() + seconds * 1000;
    await Promise.all(users.map((work) => work(() => Date.now() < endAt, samples)));
    const elapsed = (performance.now() - startedAt) / 1000;
    await proxy.close();

    const perInstance = proxy.stats.map((s, i) => ({
      instance: i + 1,
      reqPerSecond: Math.round(s.requests / elapsed),
      p50: round(percentiles(s.latencies).p50),
      p99: round(percentiles(s.latencies).p99),
      errors: Object.fromEntries(s.errors),
    }));
    const ops = [...new Set(samples.map((s) => s.op))] as Operation[];
    const perOperation = ops.map((op) => {
      const mine = samples.filter((s) => s.op === op);
      const p = percentiles(mine.map((s) => s.ms));
      const statuses: Record<number, number> = {};
      for (const s of mine) if (s.status >= 400) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
      return { op, n: mine.length, p50: round(p.p50), p99: round(p.p99), errors: statuses };
    });
    console.log(
      JSON.stringify(
        {
          commit: gitCommit(),
          machine: machine(),
          seconds: Math.round(elapsed),
          users: usersPerInstance * instances.length,
          perInstance,
          perOperation,
        },
        null,
        2,
      ),
    );
  } finally {
    for (const i of instances) i.child.kill('SIGTERM');
    await Promise.all(instances.map((i) => exited(i.child)));
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
