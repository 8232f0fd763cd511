import { and, asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { fromExcluded } from '../upsert';
import { households, scanOutcomes, scanScores } from '../schema';
import type { OutcomeFingerprint } from './household-outcomes.repository';
import { inBuckets, reportBucket, type BucketCountRow } from './buckets';
import {
  householdFilters,
  scoredScanColumns,
  type ScoredScan,
  type SourceScope,
} from './outcomes.repository';

// Per completed scan, the change since the household's first scan and its capital levels
// (table scan_outcomes, ADR 1501): what the municipal report counts for the scan that is a
// household's latest up to the period's end.

export type ScanOutcomeRow = typeof scanOutcomes.$inferInsert;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** A scored scan of a household with its completion moment. */
export interface DatedScan extends ScoredScan {
  householdId: string;
  completedAt: Date;
}

/** Every scored scan of these households, per household in completion order (then by id). */
export async function datedScansOf(db: Db, householdIds: string[]): Promise<DatedScan[]> {
  if (householdIds.length === 0) return [];
  return db
    .select({
      householdId: scanScores.householdId,
      completedAt: scanScores.completedAt,
      ...scoredScanColumns(),
    })
    .from(scanScores)
    .where(inArray(scanScores.householdId, householdIds))
    .orderBy(asc(scanScores.householdId), asc(scanScores.completedAt), asc(scanScores.scanId));
}

/** The first or latest scored scan of the household `h` (index scan_scores_household_idx). */
const edgeScan = (order: SQL) => sql`(SELECT s.scan_id FROM ${scanScores} s
  WHERE s.household_id = h.id ORDER BY ${order} LIMIT 1)`;

/** The kept row of scan `scanId` (one step on the primary key), as a lateral subquery. */
const keptRow = (scanId: SQL) => sql`(SELECT o.first, o.next_completed_at, o.instrument_id,
    o.instrument_version, o.aspect_order
  FROM ${scanOutcomes} o WHERE o.scan_id = ${scanId} LIMIT 1)`;

/**
 * Of the households after `after` (id order), a page of those whose rows are not kept as their
 * scans are now: the row of the first scored scan is missing or not marked first, or the row of
 * the latest is missing, has a next scan or was computed for another instrument. A household's
 * rows are always written together (`refreshScanOutcomes`), so these two show whether they are
 * complete; a start after a complete backfill returns no household. Per household four steps on
 * indexes (lateral subqueries with a limit, which a planner without statistics, PGlite at start,
 * does not turn into scans of whole tables). `next` is where the following page starts, null
 * after the last.
 */
export async function householdsWithUnkeptScans(
  db: Db,
  instrument: OutcomeFingerprint,
  page: { after: string | null; limit: number },
): Promise<{ householdIds: string[]; next: string | null }> {
  const { instrumentId, instrumentVersion, aspectOrder } = instrument;
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT h.id FROM ${households} h
      CROSS JOIN LATERAL ${edgeScan(sql`s.completed_at, s.scan_id`)} first_scan
      CROSS JOIN LATERAL ${edgeScan(sql`s.completed_at DESC, s.scan_id DESC`)} latest_scan
      LEFT JOIN LATERAL ${keptRow(sql`first_scan.scan_id`)} kf ON true
      LEFT JOIN LATERAL ${keptRow(sql`latest_scan.scan_id`)} kl ON true
      WHERE ${page.after ? sql`h.id > ${page.after}` : sql`true`}
        AND (kf.first IS NOT TRUE OR kl.instrument_id IS NULL
          OR kl.next_completed_at IS NOT NULL OR kl.instrument_id <> ${instrumentId}
          OR kl.instrument_version <> ${instrumentVersion} OR kl.aspect_order <> ${aspectOrder})
      ORDER BY h.id LIMIT ${page.limit}`),
  );
  const householdIds = rows.map((r) => r.id);
  return {
    householdIds,
    next: householdIds.length < page.limit ? null : householdIds[householdIds.length - 1]!,
  };
}

/** Keeps the rows of these scans, replacing what was kept for them before. */
export async function storeScanOutcomes(db: Db, rows: ScanOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(scanOutcomes)
    .values(rows)
    .onConflictDoUpdate({
      target: scanOutcomes.scanId,
      set: fromExcluded(scanOutcomes, [
        'completedAt',
        'nextCompletedAt',
        'first',
        'instrumentId',
        'instrumentVersion',
        'aspectOrder',
        'deltaTenths',
        'capitalLevels',
      ]),
    });
}

/**
 * Every count of the municipal report over the households in scope in these report buckets
 * (every bucket for null), per bucket, in one statement so the households are found once:
 * `reach` households and `children`; `status` referrals in their plans per status (name) and
 * `intervention` households per intervention (name); and, from the row (scan_outcomes) of each
 * household's latest scan completed by the period's end when that is not its first, `change`
 * households per wijk (name), measure (x) and change in tenths (y), `level` per capital (x) and
 * index in PROFILE_LEVELS (y), and `profiled` households with levels. The latest by the end is
 * the scan completed by then whose next scan (if any) came after it.
 */
export async function municipalCounts(
  db: Db,
  scope: SourceScope & { period: { from: string; to: string } },
  instrument: OutcomeFingerprint,
  buckets: readonly number[] | null,
): Promise<BucketCountRow[]> {
  const end = sql`(${scope.period.to}::date + 1)`;
  const result = await db.execute(sql`WITH h AS MATERIALIZED (
      SELECT ${households.id} AS id, ${reportBucket(households.id)} AS bucket,
        ${households.data}->>'wijk' AS wijk,
        jsonb_array_length(${households.data}->'children') AS children
      FROM ${households}
      WHERE ${and(...householdFilters(scope), inBuckets(households.id, buckets))}),
    k AS MATERIALIZED (
      SELECT h.bucket, h.wijk, kept.delta_tenths, kept.capital_levels
      FROM h JOIN ${scanOutcomes} kept ON kept.household_id = h.id
      WHERE NOT kept.first AND kept.completed_at < ${end}
        AND (kept.next_completed_at IS NULL OR kept.next_completed_at >= ${end})
        AND kept.instrument_id = ${instrument.instrumentId}
        AND kept.instrument_version = ${instrument.instrumentVersion}
        AND kept.aspect_order = ${instrument.aspectOrder}),
    r AS MATERIALIZED (
      SELECT h.bucket, h.id, r->>'status' AS status, r->>'interventionId' AS intervention
      FROM h JOIN plans p ON p.household_id = h.id
      CROSS JOIN LATERAL jsonb_array_elements(p.data->'referrals') r)
    SELECT bucket, 'reach' AS kind, NULL AS name, NULL::int AS x, NULL::int AS y,
      count(*)::int AS n FROM h GROUP BY bucket
    UNION ALL SELECT bucket, 'children', NULL, NULL, NULL, coalesce(sum(children), 0)::int
      FROM h GROUP BY bucket
    UNION ALL SELECT bucket, 'status', status, NULL, NULL, count(*)::int FROM r GROUP BY 1, 3
    UNION ALL SELECT bucket, 'intervention', intervention, NULL, NULL, count(DISTINCT id)::int
      FROM r GROUP BY 1, 3
    UNION ALL SELECT k.bucket, 'change', k.wijk, (m.ord - 1)::int, m.delta::int, count(*)::int
      FROM k CROSS JOIN LATERAL unnest(k.delta_tenths) WITH ORDINALITY AS m(delta, ord)
      WHERE m.delta IS NOT NULL GROUP BY 1, 3, 4, 5
    UNION ALL SELECT k.bucket, 'level', NULL, (l.ord - 1)::int, l.level::int, count(*)::int
      FROM k CROSS JOIN LATERAL unnest(k.capital_levels) WITH ORDINALITY AS l(level, ord)
      WHERE l.level IS NOT NULL GROUP BY 1, 4, 5
    UNION ALL SELECT bucket, 'profiled', NULL, NULL, NULL, count(*)::int
      FROM k WHERE k.capital_levels IS NOT NULL GROUP BY bucket`);
  return rowsOf<BucketCountRow>(result);
}
