import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { households, scanOutcomes, scanScores } from '../schema';
import type { OutcomeFingerprint } from './household-outcomes.repository';
import { householdFilters, type ScoredScan, type SourceScope } from './outcomes.repository';

// Per completed scan, the change since the household's first scan and its capital levels
// (table scan_outcomes, ADR 1501): what the municipal report counts for the scan that is a
// household's latest up to the period's end.

export type ScanOutcomeRow = typeof scanOutcomes.$inferInsert;

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
      scanId: scanScores.scanId,
      instrumentId: scanScores.instrumentId,
      instrumentVersion: scanScores.instrumentVersion,
      aspectScores: scanScores.aspectScores,
      aspectOrder: scanScores.aspectOrder,
      riskFactors: scanScores.riskFactors,
    })
    .from(scanScores)
    .where(inArray(scanScores.householdId, householdIds))
    .orderBy(asc(scanScores.householdId), asc(scanScores.completedAt), asc(scanScores.scanId));
}

/**
 * Of these households, those with a scored scan whose row is missing or was computed for another
 * instrument: what the backfill still has to compute. Two queries bounded by the page (see
 * `unkeptScanPairs` for why not one anti-join).
 */
export async function householdsWithUnkeptScans(
  db: Db,
  instrument: OutcomeFingerprint,
  householdIds: string[],
): Promise<string[]> {
  if (householdIds.length === 0) return [];
  const scanned = await db
    .select({ scanId: scanScores.scanId, householdId: scanScores.householdId })
    .from(scanScores)
    .where(inArray(scanScores.householdId, householdIds));
  const kept = await db
    .select({ scanId: scanOutcomes.scanId })
    .from(scanOutcomes)
    .where(
      and(
        inArray(scanOutcomes.householdId, householdIds),
        eq(scanOutcomes.instrumentId, instrument.instrumentId),
        eq(scanOutcomes.instrumentVersion, instrument.instrumentVersion),
        eq(scanOutcomes.aspectOrder, instrument.aspectOrder),
      ),
    );
  const done = new Set(kept.map((r) => r.scanId));
  return [...new Set(scanned.filter((s) => !done.has(s.scanId)).map((s) => s.householdId))];
}

/** Keeps the rows of these scans, replacing what was kept for them before. */
export async function storeScanOutcomes(db: Db, rows: ScanOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(scanOutcomes)
    .values(rows)
    .onConflictDoUpdate({
      target: scanOutcomes.scanId,
      set: {
        completedAt: sql`excluded.completed_at`,
        nextCompletedAt: sql`excluded.next_completed_at`,
        first: sql`excluded.first`,
        instrumentId: sql`excluded.instrument_id`,
        instrumentVersion: sql`excluded.instrument_version`,
        aspectOrder: sql`excluded.aspect_order`,
        deltaTenths: sql`excluded.delta_tenths`,
        capitalLevels: sql`excluded.capital_levels`,
      },
    });
}

/**
 * FROM clause: the households in scope joined to the row (alias `kept`) of their latest scan
 * completed up to the period's end, when that is not their first; rows computed for another
 * instrument are not read. The latest up to the end is the scan completed by then whose next
 * scan (if any) came after it.
 */
export function latestScanIn(
  scope: SourceScope & { period: { from: string; to: string } },
  instrument: OutcomeFingerprint,
): SQL {
  const end = sql`(${scope.period.to}::date + 1)`;
  return sql`FROM ${households}
    JOIN ${scanOutcomes} kept ON kept.household_id = ${households.id}
    WHERE ${and(...householdFilters(scope))}
      AND NOT kept.first
      AND kept.completed_at < ${end}
      AND (kept.next_completed_at IS NULL OR kept.next_completed_at >= ${end})
      AND kept.instrument_id = ${instrument.instrumentId}
      AND kept.instrument_version = ${instrument.instrumentVersion}
      AND kept.aspect_order = ${instrument.aspectOrder}`;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Households per capital (index in CAPITALS) and level (index in PROFILE_LEVELS) at the latest
 * scan in `from`, and how many of them have levels at all.
 */
export async function profileCounts(db: Db, from: SQL) {
  const cells = rowsOf<{ capital: number; level: number; households: number }>(
    await db.execute(sql`SELECT (l.ord - 1)::int AS capital, l.level::int AS level,
        count(*)::int AS households
      FROM (SELECT kept.capital_levels ${from} AND kept.capital_levels IS NOT NULL) k
      CROSS JOIN LATERAL unnest(k.capital_levels) WITH ORDINALITY AS l(level, ord)
      WHERE l.level IS NOT NULL
      GROUP BY 1, 2`),
  );
  const [total] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n ${from} AND kept.capital_levels IS NOT NULL`),
  );
  return { cells, households: total?.n ?? 0 };
}
