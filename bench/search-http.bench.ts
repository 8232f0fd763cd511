// Issue 3 benchmark: the search endpoint with 10 000 interventions and 50 000 local offers.
// Run: npx tsx bench/search-http.bench.ts (PGlite) and with BENCH_DATABASE_URL=postgres://… (PostgreSQL).
// Reports: p50/p95 server time of search + facet counts (in-process inject, so no network), the
// requests/s of the endpoint with autocannon on loopback, and beside it the bare SQL time of the
// same search done in PostgreSQL (ranked full-text search + facet counts on a GIN index).
import { sql } from 'drizzle-orm';
import { seedSearchCatalogue } from './seed-search-catalogue';
import { itemFromContent } from '../src/db/catalogue/content-sync';
import { benchApp, benchDatabase, cannon, gitCommit, login, machine, ms, percentiles } from './lib';

// BENCH_ITEMS / BENCH_OFFERS change the size (issue 12.1 asks for the RSS at 50 000 items).
const N_ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const N_OFFERS = Number(process.env.BENCH_OFFERS ?? 50_000);
const N_ORGS = 50;

let seed = 20261124;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

const { database, label } = await benchDatabase();
const { app, content, demo, base } = await benchApp(database);
const db = database.db;
const real = content.interventions.map(itemFromContent);

const { orgs, seededMs: seeded } = await seedSearchCatalogue(
  db,
  real,
  {
    items: N_ITEMS,
    offers: N_OFFERS,
    organisations: N_ORGS,
    long: Boolean(process.env.BENCH_LONG),
  },
  rnd,
);

const account = demo.accounts.find((a) => a.role === 'sociaal_werker')!;
const { cookie } = await login(base, account.email, account.password);

// First search builds the index. RSS is read after a full collection when --expose-gc is on.
const rssMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().rss / 2 ** 20);
};
const rssBefore = rssMb();
const t0 = performance.now();
await app.inject({ url: '/api/v1/catalogue/search?q=schulden', headers: { cookie } });
const firstBuild = performance.now() - t0;
const rssAfter = rssMb();

const queries = [
  '',
  'q=schulden',
  'q=kinderen',
  'q=scheidng',
  'q=geldzorgen',
  'q=alleenstaande%20moeder',
  'q=eenzaam&capital=sociaal',
  'capital=economisch&phase=signaleren',
  'q=budget&targetGroup=gezinnen&age=8',
  'nearMe=true',
  `gemeente=${orgs[3]!.gemeenten[0]}`,
];
for (let i = 0; i < 100; i++)
  await app.inject({ url: `/api/v1/catalogue/search?${pick(queries)}`, headers: { cookie } });
const times: number[] = [];
const indexTimes: number[] = [];
for (let round = 0; round < 40; round++) {
  for (const q of queries) {
    const t = performance.now();
    const res = await app.inject({ url: `/api/v1/catalogue/search?${q}`, headers: { cookie } });
    times.push(performance.now() - t);
    // Server-Timing: 'index;dur=… (version check), search;dur=… (the in-process search + results)'.
    indexTimes.push(
      Number(/search;dur=([\d.]+)/.exec(String(res.headers['server-timing']))?.[1] ?? NaN),
    );
    if (res.statusCode !== 200) throw new Error(`search ${q}: ${res.statusCode} ${res.body}`);
  }
}
const server = percentiles(times);
const inIndex = percentiles(indexTimes);
const throughput = await cannon(`${base}/api/v1/catalogue/search?q=schulden&capital=economisch`, {
  cookie,
});

// The same search in SQL: a tsvector over name, summary and description with a GIN index,
// ranked top 20 plus the capital facet counts.
await db.execute(sql`ALTER TABLE interventions ADD COLUMN bench_search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
  setweight(to_tsvector('dutch', coalesce(data->>'summary', '')), 'B') ||
  setweight(to_tsvector('dutch', coalesce(data->>'description', '')), 'C')) STORED`);
await db.execute(sql`CREATE INDEX bench_search_idx ON interventions USING gin (bench_search)`);
await db.execute(sql`ANALYZE interventions`);
const sqlTimes: number[] = [];
for (let i = 0; i < 60; i++) {
  const t = performance.now();
  await db.execute(sql`
    WITH hits AS (
      SELECT id, data, ts_rank(bench_search, q) AS rank
      FROM interventions, websearch_to_tsquery('dutch', 'schulden') q
      WHERE archived_at IS NULL AND bench_search @@ q)
    SELECT (SELECT json_agg(t) FROM (SELECT id, rank FROM hits ORDER BY rank DESC, id LIMIT 20) t) AS top,
           (SELECT json_agg(c) FROM (SELECT cap, count(*) FROM hits, jsonb_array_elements_text(data->'capitals'->'primary') cap GROUP BY cap) c) AS facets,
           (SELECT count(*) FROM hits) AS total`);
  if (i >= 10) sqlTimes.push(performance.now() - t);
}
const bare = percentiles(sqlTimes);

console.log(`\n## Wegwijzer search on ${label} (commit ${gitCommit()})\n\nMachine: ${machine()}\n`);
console.log(
  `Data${process.env.BENCH_LONG ? ' (descriptions doubled)' : ''}: ${N_ITEMS} generated interventions + ${content.interventions.length} national, ${N_OFFERS} local offers, ${N_ORGS} organisations (seeded in ${(seeded / 1000).toFixed(1)} s).\n`,
);
console.log('| measure | result |\n| --- | ---: |');
console.log(`| first search (loads rows, builds the index) | ${ms(firstBuild)} |`);
console.log(
  `| RSS of the process before → after the first index | ${rssBefore} → ${rssAfter} MB |`,
);
console.log(
  `| search + facet counts, server time, ${server.n} requests over ${queries.length} query kinds | p50 ${ms(server.p50)}, p95 ${ms(server.p95)}, p99 ${ms(server.p99)} |`,
);
console.log(
  `| of which the in-process search and building the answer | p50 ${ms(inIndex.p50)}, p95 ${ms(inIndex.p95)} |`,
);
console.log(
  `| search endpoint with autocannon (20 connections, 8 s) | ${throughput.requestsPerSecond} req/s, p50 ${throughput.p50} ms, p99 ${throughput.p99} ms, errors ${throughput.errors} |`,
);
console.log(
  `| bare SQL: ranked FTS top 20 + capital facet counts + total, GIN index | p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)} |`,
);
await app.close();
await database.close();
process.exit(0);
