import { and, asc, eq, gt, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { fromExcluded } from '../upsert';
import { householdOutcomes, households } from '../schema';
import { inBuckets, reportBucket, type BucketCountRow } from './buckets';
import {
  fieldsOf,
  firstAndLatestScans,
  householdFilters,
  scoredScan,
  type ScoredScan,
  type SourceScope,
} from './outcomes.repository';

export type HouseholdOutcomeRow = typeof householdOutcomes.$inferInsert;

/** The instrument a kept change was computed for: rows of any other are not read. */
export interface OutcomeFingerprint {
  instrumentId: string;
  instrumentVersion: number;
  aspectOrder: number;
}

export interface ScanPair {
  householdId: string;
  /** Both null when the household has fewer than two completed scans. */
  first: ScoredScan | null;
  latest: ScoredScan | null;
}

/** Households with the numbers of their first and latest completed scan, to filter and order. */
function withScanPairs(db: Db) {
  const { first, latest } = firstAndLatestScans(db);
  const query = db
    .select({ householdId: households.id, first: fieldsOf(first), latest: fieldsOf(latest) })
    .from(households)
    .leftJoinLateral(first, sql`true`)
    .leftJoinLateral(latest, ne(latest.scanId, first.scanId))
    .$dynamic();
  return { query, first, latest };
}

type PairRow = Awaited<ReturnType<typeof withScanPairs>['query']>[number];
function scanPair(r: PairRow): ScanPair {
  const latestScan = r.latest ? scoredScan(r.latest) : null;
  const firstScan = latestScan && r.first ? scoredScan(r.first) : null;
  return { householdId: r.householdId, first: firstScan, latest: firstScan && latestScan };
}

/** The first and latest completed scan of these households, in id order. */
export async function scanPairsOf(db: Db, householdIds: string[]): Promise<ScanPair[]> {
  const { query } = withScanPairs(db);
  const rows = await query.where(inArray(households.id, householdIds)).orderBy(asc(households.id));
  return rows.map(scanPair);
}

/**
 * Of the households after `after` (id order), a page of those whose change is not kept as their
 * scans are now: two or more scored scans, and no row for this instrument with this first and
 * latest scan (households scanned before the table existed, a new instrument version, a scan
 * kept without its change). Households with fewer than two scans never have a row and are not
 * returned, so a start after a complete backfill reads no household. `next` is where the
 * following page starts, null after the last. The row is one step on its primary key per
 * household: a lateral subquery with a limit is not flattened into a join, which a planner
 * without statistics (PGlite, at start) ran as a scan of the whole table per household.
 */
export async function unkeptScanPairs(
  db: Db,
  instrument: OutcomeFingerprint,
  page: { after: string | null; limit: number },
): Promise<{ pairs: ScanPair[]; next: string | null }> {
  const { query, first, latest } = withScanPairs(db);
  const kept = db
    .select({
      firstScanId: householdOutcomes.firstScanId,
      latestScanId: householdOutcomes.latestScanId,
    })
    .from(householdOutcomes)
    .where(
      and(
        eq(householdOutcomes.householdId, households.id),
        eq(householdOutcomes.instrumentId, instrument.instrumentId),
        eq(householdOutcomes.instrumentVersion, instrument.instrumentVersion),
        eq(householdOutcomes.aspectOrder, instrument.aspectOrder),
      ),
    )
    .limit(1)
    .as('kept');
  const rows = await query
    .leftJoinLateral(kept, sql`true`)
    .where(
      and(
        page.after ? gt(households.id, page.after) : undefined,
        isNotNull(latest.scanId),
        sql`(${kept.firstScanId}, ${kept.latestScanId}) IS DISTINCT FROM (${first.scanId}, ${latest.scanId})`,
      ),
    )
    .orderBy(asc(households.id))
    .limit(page.limit);
  return {
    pairs: rows.map(scanPair),
    next: rows.length < page.limit ? null : rows[rows.length - 1]!.householdId,
  };
}

/** Keeps households' changes, replacing what was kept for them before. */
export async function storeHouseholdOutcomes(db: Db, rows: HouseholdOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(householdOutcomes)
    .values(rows)
    .onConflictDoUpdate({
      target: householdOutcomes.householdId,
      set: fromExcluded(householdOutcomes, [
        'firstScanId',
        'latestScanId',
        'instrumentId',
        'instrumentVersion',
        'aspectOrder',
        'deltaTenths',
      ]),
    });
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** What the kept changes are counted by: a household's groups, from a row of `households`. */
export type CountedBy = 'wijk' | { interventionsWithStatus: readonly string[] } | 'none';

/** Per household, the groups it counts in (as stored; null for none), as an array. */
function groupsOf(by: CountedBy): SQL {
  if (by === 'none') return sql`ARRAY[NULL]::text[]`;
  if (by === 'wijk') return sql`ARRAY[${households.data}->>'wijk']`;
  // Each intervention once, from the plan's referrals with these statuses; none: the null group.
  const statuses = sql.join(
    by.interventionsWithStatus.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`coalesce((SELECT array_agg(DISTINCT r->>'interventionId')
      FROM plans p CROSS JOIN LATERAL jsonb_array_elements(p.data->'referrals') r
      WHERE p.household_id = ${households.id} AND r->>'status' IN (${statuses})),
    ARRAY[NULL]::text[])`;
}

/**
 * FROM-clause join of the kept change (alias `kept`) of each household of `h`. For a few buckets
 * one step on the primary key per household (a lateral subquery with a limit is not turned into
 * a scan of the whole table); for every bucket a join the planner may hash.
 */
function keptChangeOf(instrument: OutcomeFingerprint, buckets: readonly number[] | null): SQL {
  const matches = sql`kept.instrument_id = ${instrument.instrumentId}
    AND kept.instrument_version = ${instrument.instrumentVersion}
    AND kept.aspect_order = ${instrument.aspectOrder} AND kept.delta_tenths IS NOT NULL`;
  if (buckets === null)
    return sql`JOIN ${householdOutcomes} kept ON kept.household_id = h.id AND ${matches}`;
  return sql`CROSS JOIN LATERAL (SELECT kept.delta_tenths FROM ${householdOutcomes} kept
    WHERE kept.household_id = h.id AND ${matches} LIMIT 1) kept`;
}

/**
 * Counted in the database per report bucket over the kept changes of the households in scope
 * and in these buckets (every bucket for null), consent for anonymous reporting checked now:
 * `kind` households per group (name), measure (index into the stored change, x) and change in
 * tenths (y), and `households` with a change. The households are found first (for a few buckets,
 * on households_report_bucket_idx), then their kept changes.
 */
export async function changeCounts(
  db: Db,
  scope: Omit<SourceScope, 'period'>,
  instrument: OutcomeFingerprint,
  by: CountedBy,
  buckets: readonly number[] | null,
  kind = 'change',
): Promise<BucketCountRow[]> {
  const result = await db.execute(sql`WITH h AS MATERIALIZED (
      SELECT ${households.id} AS id, ${reportBucket(households.id)} AS bucket,
        ${groupsOf(by)} AS groups
      FROM ${households}
      WHERE ${and(...householdFilters(scope), inBuckets(households.id, buckets))}),
    k AS MATERIALIZED (
      SELECT h.bucket, h.groups, kept.delta_tenths FROM h ${keptChangeOf(instrument, buckets)})
    SELECT k.bucket, ${kind} AS kind, g.name, (m.ord - 1)::int AS x, m.delta::int AS y,
      count(*)::int AS n
    FROM k CROSS JOIN LATERAL unnest(k.groups) AS g(name)
    CROSS JOIN LATERAL unnest(k.delta_tenths) WITH ORDINALITY AS m(delta, ord)
    WHERE m.delta IS NOT NULL
    GROUP BY 1, 3, 4, 5
    UNION ALL SELECT bucket, 'households', NULL, NULL, NULL, count(*)::int FROM k GROUP BY 1`);
  return rowsOf<BucketCountRow>(result);
}
