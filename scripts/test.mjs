// `npm test`: unit and integration tests on PGlite, the integration tests again on PostgreSQL
// when TEST_DATABASE_URL is set, then the browser tests in headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

const vitest = ['vitest', 'run', '--reporter=dot'];
run(
  'unit + integration tests (PGlite)',
  'npx',
  [...vitest, '--project', 'unit', '--project', 'integration'],
  {
    WEGWIJS_TEST_ENGINE: 'pglite',
  },
);

if (process.env.TEST_DATABASE_URL) {
  run('integration tests (PostgreSQL)', 'npx', [...vitest, '--project', 'integration'], {
    WEGWIJS_TEST_ENGINE: 'postgres',
  });
} else {
  console.log(
    '\n(TEST_DATABASE_URL is not set: the PostgreSQL run of the integration tests is left out.)',
  );
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\n✖ Browser tests need Chromium at ${chromium}. Install it with: apt-get install -y chromium`,
  );
  process.exit(1);
}
run('build (web app and server)', 'node', ['scripts/build.mjs']);
run('browser tests (Chromium)', 'npx', [...vitest, '--project', 'e2e']);
console.log('\n✔ all tests passed');
