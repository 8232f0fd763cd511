import { and, asc, type AnyColumn, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../../contract/households';
import type { Db } from '../client';
import { households, plans, scanScores } from '../schema';
import { inBuckets, reportBucket, type BucketCountRow } from './buckets';

/** The stored numbers of one completed scan (table scan_scores). */
export interface ScoredScan {
  scanId: string;
  instrumentId: string;
  instrumentVersion: number;
  /** See src/domain/assessment/stored-scores.ts. */
  aspectScores: string;
  aspectOrder: number;
  riskFactors: string[];
}

export interface OutcomeSource {
  /** The household's report bucket (buckets.ts). */
  bucket: number;
  data: HouseholdData;
  referrals: Plan['referrals'];
  /** null when the household has fewer than two completed scans (in the period). */
  first: ScoredScan | null;
  latest: ScoredScan | null;
}

export interface SourceScope {
  organisationId: string;
  /** Only households in this gemeente (CBS code). */
  gemeente?: string;
  /** Only households open at some time in [from, to], and scans completed up to `to`. */
  period?: { from: string; to: string };
}

/** The households in scope: the organisation's, with a current consent for anonymous reporting. */
export function householdFilters(scope: SourceScope): SQL[] {
  const filters: SQL[] = [
    eq(households.organisationId, scope.organisationId),
    sql`EXISTS (SELECT 1 FROM consents c WHERE c.household_id = ${households.id}
      AND c.purpose = 'rapportage-anoniem' AND c.withdrawn_at IS NULL)`,
  ];
  if (scope.gemeente)
    filters.push(sql`${households.data}->'gemeente'->>'code' = ${scope.gemeente}`);
  if (scope.period)
    filters.push(
      sql`${households.startDate} <= ${scope.period.to}`,
      sql`(${households.closedAt} IS NULL OR ${households.closedAt} >= ${scope.period.from})`,
    );
  return filters;
}

/** The stored numbers of one scan as the report reads them, from a (lateral) subquery. */
export function scoredScanColumns() {
  return {
    scanId: scanScores.scanId,
    instrumentId: scanScores.instrumentId,
    instrumentVersion: scanScores.instrumentVersion,
    aspectScores: scanScores.aspectScores,
    aspectOrder: scanScores.aspectOrder,
    riskFactors: scanScores.riskFactors,
  };
}

type ScanColumns = ReturnType<typeof scoredScanColumns>;
/** The columns of a subquery over scoredScanColumns, referred to through its alias. */
export const fieldsOf = <Q extends Record<keyof ScanColumns, AnyColumn>>(
  q: Q,
): Pick<Q, keyof ScanColumns> => ({
  scanId: q.scanId,
  instrumentId: q.instrumentId,
  instrumentVersion: q.instrumentVersion,
  aspectScores: q.aspectScores,
  aspectOrder: q.aspectOrder,
  riskFactors: q.riskFactors,
});
export const scoredScan = (scan: {
  [K in keyof ScanColumns]: ScanColumns[K]['_']['data'] | null;
}): ScoredScan | null =>
  scan.scanId === null
    ? null
    : {
        scanId: scan.scanId,
        instrumentId: scan.instrumentId!,
        instrumentVersion: scan.instrumentVersion!,
        aspectScores: scan.aspectScores!,
        aspectOrder: scan.aspectOrder!,
        riskFactors: scan.riskFactors!,
      };

/**
 * Households of the organisation with a current consent for anonymous reporting (in these report
 * buckets; every one for null): the numbers of the first and the latest completed scan (up to the
 * period's end, when there are two or more), the household facts the indication needs, and the
 * plan's referrals. Reference, label and notes are not read.
 *
 * One row per household: the first and the latest scan are each one step on the index
 * scan_scores_household_idx (household, completion moment, scan), forwards and backwards, so the
 * scans in between are never read. The latest is joined only when it is another scan than the
 * first, i.e. when the household has two or more.
 */
export async function outcomeSources(
  db: Db,
  scope: SourceScope,
  buckets: readonly number[] | null = null,
): Promise<OutcomeSource[]> {
  const { first, latest } = firstAndLatestScans(db, scope.period?.to);
  const rows = await db
    .select({
      bucket: sql<number>`${reportBucket(households.id)}`,
      data: households.data,
      // Only the referrals: the goals and their texts stay in the plan. A subquery, so the plan
      // is one step on its primary key per household (a join made PostgreSQL hash every plan of
      // the organisation to recount a bucket of 1 600 households).
      referrals: sql<Plan['referrals'] | null>`(SELECT p.data->'referrals' FROM ${plans} p
        WHERE p.household_id = ${households.id})`,
      first: fieldsOf(first),
      latest: fieldsOf(latest),
    })
    .from(households)
    .leftJoinLateral(first, sql`true`)
    .leftJoinLateral(latest, ne(latest.scanId, first.scanId))
    .where(and(...householdFilters(scope), inBuckets(households.id, buckets)));
  return rows.map((r) => {
    const latestScan = r.latest ? scoredScan(r.latest) : null;
    return {
      bucket: r.bucket,
      data: r.data,
      referrals: r.referrals ?? [],
      first: latestScan && r.first ? scoredScan(r.first) : null,
      latest: latestScan,
    };
  });
}

/**
 * Lateral subqueries for a row of `households`: the numbers of its first and its latest completed
 * scan (up to `to`), each one step on scan_scores_household_idx. Join the latest on
 * `ne(latest.scanId, first.scanId)`, so it is there only when the household has two or more.
 */
export function firstAndLatestScans(db: Db, to?: string) {
  const ofHousehold = and(
    eq(scanScores.householdId, households.id),
    to ? sql`${scanScores.completedAt} < (${to}::date + 1)` : undefined,
  );
  const first = db
    .select(scoredScanColumns())
    .from(scanScores)
    .where(ofHousehold)
    .orderBy(asc(scanScores.completedAt), asc(scanScores.scanId))
    .limit(1)
    .as('first_scan');
  const latest = db
    .select(scoredScanColumns())
    .from(scanScores)
    .where(ofHousehold)
    .orderBy(desc(scanScores.completedAt), desc(scanScores.scanId))
    .limit(1)
    .as('latest_scan');
  return { first, latest };
}

/**
 * Planner statistics for the tables the reports read. PGlite has no autovacuum, so without this
 * a database filled after its creation keeps the estimates of empty tables for good; PostgreSQL's
 * autovacuum keeps them current by itself. ANALYZE reads a sample, so it costs well under a
 * second at 10 000 households.
 */
export async function analyzeReportTables(db: Db): Promise<void> {
  await db.execute(sql`ANALYZE households, consents, plans, scan_scores, household_outcomes,
    scan_outcomes`);
}

/**
 * The households `outcomeSources` would return and their children, counted in the database per
 * report bucket (`reach` and `children`, as `municipalCounts` counts them): the reach of another
 * organisation of the koepel, without reading its households.
 */
export async function reachCounts(
  db: Db,
  scope: SourceScope,
  buckets: readonly number[] | null,
): Promise<BucketCountRow[]> {
  const bucket = reportBucket(households.id);
  const result = await db.execute(sql`SELECT ${bucket} AS bucket, k.kind, NULL AS name,
      NULL::int AS x, NULL::int AS y,
      CASE k.kind WHEN 'reach' THEN count(*)
        ELSE coalesce(sum(jsonb_array_length(${households.data}->'children')), 0) END::int AS n
    FROM ${households} CROSS JOIN (VALUES ('reach'), ('children')) AS k(kind)
    WHERE ${and(...householdFilters(scope), inBuckets(households.id, buckets))}
    GROUP BY 1, 2`);
  return (result as unknown as { rows: BucketCountRow[] }).rows;
}
