// Issue 12.1: does the server keep answering while a search index is built? Builds the index of a
// 50 000-item catalogue (250 000 offers; the real items recombined) the way the server does, in a
// worker thread, while a client asks /healthz over HTTP one request after another; and beside it,
// in the same run, the same build on the main thread (as before). Reports the worst and p99
// /healthz latency during each build. Target: worst < 50 ms while the worker builds.
// Not included: loading the rows from the database, which still runs on the main thread.
// Run: npx tsx bench/search-build-healthz.bench.ts  (SEARCH_BENCH_ITEMS=10000 for a smaller one)
import Fastify from 'fastify';
import { readContent } from '../src/content/read-content';
import { itemFromContent } from '../src/db/catalogue/content-sync';
import {
  buildSearchIndex,
  type BuildSearchIndexInput,
  type SearchIndex,
} from '../src/domain/catalogue/search/index';
import type { CatalogueItem, LocalOffer } from '../src/domain/catalogue/types';
import { buildIndexInWorker } from '../src/server/catalogue/search-index-builder';
import { machine, percentiles } from './lib';
import { seededRandom } from './random';

const N_ITEMS = Number(process.env.SEARCH_BENCH_ITEMS ?? 50_000);
const rnd = seededRandom(20261206);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const content = await readContent(new URL('../content', import.meta.url).pathname);
if (!content.ok) throw new Error('content/ does not validate');
const real = content.content.interventions.map(itemFromContent);
const nameWords = real.flatMap((i) => i.name.split(/\s+/));
const items: CatalogueItem[] = Array.from({ length: N_ITEMS }, (_, i) => {
  const a = pick(real);
  const b = pick(real);
  return {
    ...a,
    id: `gen-${String(i).padStart(6, '0')}`,
    origin: 'national',
    organisationId: null,
    name: `${pick(nameWords)} ${pick(nameWords)} ${pick(nameWords)}`,
    description: `${a.description} ${b.summary}`,
    workingElements: [...a.workingElements, ...b.workingElements.slice(0, 1)],
  };
});
const offers: LocalOffer[] = Array.from({ length: 5 * N_ITEMS }, (_, i) => {
  const org = Math.floor(rnd() * 250);
  return {
    id: `offer-${String(i).padStart(7, '0')}`,
    organisationId: `org-${org}`,
    organisationName: `Welzijn ${org}`,
    interventionId: items[Math.floor(N_ITEMS * rnd() * rnd())]!.id,
    gemeenten: [{ code: `GM${1000 + (org % 342)}`, name: `Gemeente ${org % 342}` }],
    wijk: rnd() < 0.3 ? pick(['Centrum', 'Noord', 'Oost', 'Zuid', 'West']) : null,
    howToRefer: null,
    costs: null,
    contact: null,
    lastCheckedAt: '2026-11-01T00:00:00.000Z',
    lastCheckedBy: null,
    version: 1,
  };
});
const input: BuildSearchIndexInput = { items, offers, synonyms: content.content.synonyms };

const app = Fastify();
app.get('/healthz', async () => ({ status: 'ok' }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });

/** /healthz latencies, one request after another, while `build` runs. */
async function probeWhile(build: () => Promise<SearchIndex>) {
  const latencies: number[] = [];
  let done = false;
  const started = performance.now();
  const building = build().finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    await (await fetch(`${address}/healthz`)).json();
    latencies.push(performance.now() - t);
  }
  const index = await building;
  return { ms: performance.now() - started, latencies, items: index.stats.items };
}

// Warm up fetch and the worker's start once, so neither side pays a first-time cost.
const source = { itemPages: [items], offerPages: [offers], synonyms: input.synonyms };
await probeWhile(() => buildIndexInWorker({ ...source, itemPages: [items.slice(0, 100)] }));

const runs = [
  {
    label: 'worker thread (now)',
    result: await probeWhile(() => buildIndexInWorker(source)),
  },
  {
    label: 'main thread (before)',
    result: await probeWhile(async () => {
      await new Promise((r) => setTimeout(r, 20)); // let the first probe start
      return buildSearchIndex(input);
    }),
  },
];

console.log(machine());
console.log(`\n${N_ITEMS} items, ${offers.length} offers\n`);
console.log('| index built on | build incl. transfer | /healthz answers | p50 | p99 | worst |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { label, result } of runs) {
  const p = percentiles(result.latencies);
  const worst = Math.max(...result.latencies);
  console.log(
    `| ${label} | ${(result.ms / 1000).toFixed(2)} s | ${result.latencies.length} | ${p.p50.toFixed(1)} ms | ${p.p99.toFixed(1)} ms | ${worst.toFixed(1)} ms |`,
  );
}
const worst = Math.max(...runs[0]!.result.latencies);
console.log(`\nworst /healthz while the worker builds < 50 ms: ${worst < 50 ? 'yes' : 'NO'}`);
await app.close();
