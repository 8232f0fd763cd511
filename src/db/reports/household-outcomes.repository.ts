import { and, asc, gt, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { householdOutcomes, households } from '../schema';
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

/** The first and latest completed scan of the households that match, in id order. */
async function scanPairs(db: Db, where: SQL | undefined, limit?: number): Promise<ScanPair[]> {
  const { first, latest } = firstAndLatestScans(db);
  const query = db
    .select({ householdId: households.id, first: fieldsOf(first), latest: fieldsOf(latest) })
    .from(households)
    .leftJoinLateral(first, sql`true`)
    .leftJoinLateral(latest, ne(latest.scanId, first.scanId))
    .where(where)
    .orderBy(asc(households.id));
  const rows = await (limit ? query.limit(limit) : query);
  return rows.map((r) => {
    const latestScan = r.latest ? scoredScan(r.latest) : null;
    const firstScan = latestScan && r.first ? scoredScan(r.first) : null;
    return { householdId: r.householdId, first: firstScan, latest: firstScan && latestScan };
  });
}

export const scanPairsOf = (db: Db, householdIds: string[]) =>
  scanPairs(db, inArray(households.id, householdIds));

/**
 * Households after `after` (id order) whose change is not kept for this instrument: what the
 * backfill still has to compute, a page at a time. Households with fewer than two scans come
 * back too (with no pair), so the page moves on.
 */
export const unkeptScanPairs = (
  db: Db,
  instrument: OutcomeFingerprint,
  page: { after: string | null; limit: number },
) =>
  scanPairs(
    db,
    and(
      page.after ? gt(households.id, page.after) : undefined,
      sql`NOT EXISTS (SELECT 1 FROM ${householdOutcomes} ho WHERE ho.household_id = ${households.id}
        AND ho.instrument_id = ${instrument.instrumentId}
        AND ho.instrument_version = ${instrument.instrumentVersion}
        AND ho.aspect_order = ${instrument.aspectOrder})`,
    ),
    page.limit,
  );

/** Keeps households' changes, replacing what was kept for them before. */
export async function storeHouseholdOutcomes(db: Db, rows: HouseholdOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(householdOutcomes)
    .values(rows)
    .onConflictDoUpdate({
      target: householdOutcomes.householdId,
      set: {
        firstScanId: sql`excluded.first_scan_id`,
        latestScanId: sql`excluded.latest_scan_id`,
        instrumentId: sql`excluded.instrument_id`,
        instrumentVersion: sql`excluded.instrument_version`,
        aspectOrder: sql`excluded.aspect_order`,
        deltaTenths: sql`excluded.delta_tenths`,
      },
    });
}

/** Kept changes of households in scope (consent for anonymous reporting checked now). */
function keptIn(scope: SourceScope, instrument: OutcomeFingerprint): SQL {
  return sql`FROM ${households}
    JOIN ${householdOutcomes} ho ON ho.household_id = ${households.id}
    WHERE ${and(...householdFilters(scope))}
      AND ho.delta_tenths IS NOT NULL
      AND ho.instrument_id = ${instrument.instrumentId}
      AND ho.instrument_version = ${instrument.instrumentVersion}
      AND ho.aspect_order = ${instrument.aspectOrder}`;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Per measure (index into the stored change), wijk as stored and change in tenths: how many
 * households of the organisation, counted in the database. The outcomes report by wijk needs
 * nothing else. Scope without a period: the latest scan is the latest of all.
 */
export async function changeCountsByWijk(
  db: Db,
  scope: Omit<SourceScope, 'period'>,
  instrument: OutcomeFingerprint,
) {
  const counts = rowsOf<{
    measure: number;
    group: string | null;
    tenths: number;
    households: number;
  }>(
    await db.execute(sql`SELECT (m.ord - 1)::int AS measure, k.wijk AS "group",
        m.delta::int AS tenths, count(*)::int AS households
      FROM (SELECT ${households.data}->>'wijk' AS wijk, ho.delta_tenths ${keptIn(scope, instrument)}) k
      CROSS JOIN LATERAL unnest(k.delta_tenths) WITH ORDINALITY AS m(delta, ord)
      WHERE m.delta IS NOT NULL
      GROUP BY 1, 2, 3`),
  );
  const [total] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n ${keptIn(scope, instrument)}`),
  );
  return { counts, households: total?.n ?? 0 };
}
