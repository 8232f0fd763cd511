// Issue 14 benchmark: importing 100 000 payment-arrears rows (target: < 60 s on PGlite, < 30 s on
// PostgreSQL, memory bounded) and the work queue with the resulting open cases (p95 < 100 ms).
// Ends with one line of figures (`BENCH import_s … http_p95_ms …`) for comparing runs.
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

// Queue pages: in-process (app.inject, as before) and over a real loopback connection. Each read
// writes its access-log row, as in production. The first 10 of each are warm-up.
const QUEUE_READS = Number(process.env.QUEUE_READS ?? 200);
const queueUrl = (i: number) => `/api/v1/signals/cases?page=${1 + (i % 20)}&perPage=50`;
async function timed(read: (i: number) => Promise<number>) {
  const samples: number[] = [];
  for (let i = 0; i < QUEUE_READS + 10; i++) {
    const t = performance.now();
    const status = await read(i);
    if (i >= 10) samples.push(performance.now() - t);
    if (status !== 200) throw new Error(`queue failed: ${status}`);
  }
  return percentiles(samples);
}
const queue = await timed(
  async (i) => (await app.inject({ method: 'GET', url: queueUrl(i), headers })).statusCode,
);
const queueHttp = await timed(async (i) => {
  const page = await fetch(`${base}${queueUrl(i)}`, { headers });
  await page.arrayBuffer();
  return page.status;
});
const owner = (await database.db.execute(
  sql`select organisation_id, id from users where email = ${account.email}`,
)) as unknown as { rows: { organisation_id: string; id: string }[] };
const { organisation_id: organisationId, id: actorId } = owner.rows[0]!;
// The repository call alone (no session or response), same pages, with its access-log row.
const queueDirect = await timed(async (i) => {
  await workQueue(
    database.db,
    organisationId,
    { limit: 50, offset: (i % 20) * 50 },
    { at: new Date(), organisationId, actorId, action: 'signal.list', details: { page: 1 } },
  );
  return 200;
});
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
    `| work queue, page of 50 among ${result.newCases} open cases, ${queue.n} requests (inject) | p50 ${ms(queue.p50)}, p95 ${ms(queue.p95)} |`,
    `| the same over a loopback HTTP connection | p50 ${ms(queueHttp.p50)}, p95 ${ms(queueHttp.p95)} |`,
    `| the same pages, repository call alone (\`workQueue\`) | p50 ${ms(queueDirect.p50)}, p95 ${ms(queueDirect.p95)} |`,
  ].join('\n'),
);
console.log(
  `BENCH import_s ${(importMs / 1000).toFixed(2)} inject_p50_ms ${queue.p50.toFixed(1)} inject_p95_ms ${queue.p95.toFixed(1)} http_p50_ms ${queueHttp.p50.toFixed(1)} http_p95_ms ${queueHttp.p95.toFixed(1)} direct_p95_ms ${queueDirect.p95.toFixed(1)} load ${machine().split('load ')[1]}`,
);
await app.close();
await database.close();
await dropBenchDatabase(url);
process.exit(0);
