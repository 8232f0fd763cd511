// Issue 14 benchmark: importing 100 000 payment-arrears rows (target: < 60 s on PGlite, < 30 s on
// PostgreSQL, memory bounded) and the work queue with the resulting open cases (p95 < 100 ms).
// Run with BENCH_DATABASE_URL=postgres://… for PostgreSQL, or without for PGlite.
import { sql } from 'drizzle-orm';
import { workQueue } from '../src/db/signals/signals.repository';
import {
  benchApp,
  benchDatabase,
  dropBenchDatabase,
  gitCommit,
  login,
  machine,
  ms,
  percentiles,
} from './lib';

const ROWS = Number(process.env.SIGNAL_ROWS ?? 100_000);
const CREDITORS = ['Woningcorporatie', 'Energie', 'Water', 'Zorgverzekeraar'];
const SURNAMES = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Özdemir',
  'El Amrani',
  'Visser',
  'Smit',
];

/** A city's month of files in one: about 70 % of people have one signal, the rest two or three. */
function partnerFile(rows: number): Buffer {
  const lines = [
    'Soort schuldeiser;Achterstand;Maanden achterstand;Voorletters;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats;Geboortedatum',
  ];
  for (let i = 0; i < rows; i++) {
    const person = i % Math.round(rows * 0.7);
    const postcode = `${1000 + (person % 8999)}${String.fromCharCode(65 + (person % 26))}${String.fromCharCode(65 + ((person >> 5) % 26))}`;
    const day = String(1 + (person % 28)).padStart(2, '0');
    const month = String(1 + (person % 12)).padStart(2, '0');
    lines.push(
      [
        CREDITORS[(i + (i >= rows * 0.7 ? 1 : 0)) % 4],
        `${100 + (i % 3000)},${String(i % 100).padStart(2, '0')}`,
        1 + (i % 6),
        'A.',
        SURNAMES[person % SURNAMES.length],
        'Dorpsstraat',
        1 + (person % 300),
        person % 7 === 0 ? 'b' : '',
        postcode,
        'Arnhem',
        `${day}-${month}-${1940 + (person % 60)}`,
      ].join(';'),
    );
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

const { database, label, url } = await benchDatabase();
const { app, demo, base } = await benchApp(database);
const account = demo.accounts.find((a) => a.role === 'vroegsignalering')!;
const { cookie, csrf } = await login(base, account.email, account.password);
const headers = { cookie, 'x-csrf-token': csrf };

const file = partnerFile(ROWS);
global.gc?.();
const rssBefore = process.memoryUsage().rss;
// Sampled while the import runs: on PostgreSQL the event loop is free between queries; PGlite
// works synchronously, so there only the kernel's lifetime peak (maxRSS) below says anything.
let rssSampled = rssBefore;
const sampler = setInterval(() => {
  rssSampled = Math.max(rssSampled, process.memoryUsage().rss);
}, 10);
const started = performance.now();
const res = await app.inject({
  method: 'POST',
  url: '/api/v1/signals/imports?fileName=bench.csv',
  headers: { ...headers, 'content-type': 'text/csv' },
  payload: file,
});
const importMs = performance.now() - started;
clearInterval(sampler);
// The peak the kernel saw (PGlite works synchronously, so a timer could not sample it).
const rssPeak = process.resourceUsage().maxRSS * 1024;
if (res.statusCode !== 201)
  throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 500)}`);
const result = res.json();

const times: number[] = [];
for (let i = 0; i < 60; i++) {
  const t = performance.now();
  const page = await app.inject({
    method: 'GET',
    url: `/api/v1/signals/cases?page=${1 + (i % 20)}&perPage=50`,
    headers,
  });
  if (i >= 10) times.push(performance.now() - t);
  if (page.statusCode !== 200) throw new Error(`queue failed: ${page.statusCode}`);
}
const queue = percentiles(times);
const owner = (await database.db.execute(
  sql`select organisation_id from users where email = ${account.email}`,
)) as unknown as { rows: { organisation_id: string }[] };
const organisationId = owner.rows[0]!.organisation_id;
// The repository call alone (no session, access log or response), same pages.
const direct: number[] = [];
for (let i = 0; i < 60; i++) {
  const t = performance.now();
  await workQueue(database.db, organisationId, { limit: 50, offset: (i % 20) * 50 });
  if (i >= 10) direct.push(performance.now() - t);
}
const queueDirect = percentiles(direct);
const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;
console.log(
  `\n## Vroegsignalering import on ${label} (commit ${gitCommit()})\n\nMachine: ${machine()}\n`,
);
console.log(
  [
    '| measure | result |',
    '| --- | ---: |',
    `| import ${ROWS} rows (${mb(file.length)} CSV, Windows-1252) → ${result.signals} signals, ${result.newCases} cases | ${(importMs / 1000).toFixed(1)} s |`,
    `| RSS before → highest sampled during import → process peak (maxRSS) | ${mb(rssBefore)} → ${mb(rssSampled)} → ${mb(rssPeak)} |`,
    `| work queue, page of 50 among ${result.newCases} open cases, ${queue.n} requests | p50 ${ms(queue.p50)}, p95 ${ms(queue.p95)} |`,
    `| the same pages, repository call alone (\`workQueue\`) | p50 ${ms(queueDirect.p50)}, p95 ${ms(queueDirect.p95)} |`,
  ].join('\n'),
);
await app.close();
await database.close();
await dropBenchDatabase(url);
process.exit(0);
