import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { changeCounts } from '../src/db/reports/household-outcomes.repository';
const database = await openDatabase({ engine: 'postgres', url: 'postgres://postgres@127.0.0.1:55432/wegwijs_bench_1796617283430' });
const db = database.db;
const [org] = (await db.execute(sql`SELECT organisation_id FROM households WHERE label='Bench' LIMIT 1`) as any).rows;
const fp = (await db.execute(sql`SELECT instrument_id, instrument_version, aspect_order FROM household_outcomes LIMIT 1`) as any).rows[0];
const fingerprint = { instrumentId: fp.instrument_id, instrumentVersion: fp.instrument_version, aspectOrder: fp.aspect_order };
const orig = db.execute.bind(db);
(db as any).execute = async (q: any) => {
  const r = await orig(sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`);
  console.log((r as any).rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  return { rows: [] };
};
for (const b of [[5], [6], [7], [8], null]) {
  const t = performance.now();
  await changeCounts(db, { organisationId: org.organisation_id }, fingerprint, 'wijk', b);
  console.log('took', b, performance.now() - t);
}
await database.close();
