import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { fromExcluded } from '../upsert';
import { scans, scanScores } from '../schema';

export type ScanScoresRow = typeof scanScores.$inferInsert;

/** Keeps the numbers of completed scans, replacing numbers stored in another aspect order. */
export async function storeScanScores(db: Db, rows: ScanScoresRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(scanScores)
    .values(rows)
    .onConflictDoUpdate({
      target: scanScores.scanId,
      set: fromExcluded(scanScores, ['aspectScores', 'aspectOrder', 'riskFactors']),
      setWhere: sql`${scanScores.aspectOrder} <> excluded.aspect_order`,
    });
}

/**
 * Completed scans of this instrument version whose numbers are not stored yet (in this aspect
 * order), in id order:
 * what the backfill still has to score, a page at a time (ids after `after`). Scans of other versions cannot be scored and stay out.
 */
export async function unscoredScans(
  db: Db,
  instrument: { id: string; version: number; aspectOrder: number },
  page: { after: string | null; limit: number },
) {
  const rows = await db
    .select({
      id: scans.id,
      householdId: scans.householdId,
      answers: scans.answers,
      completedAt: scans.completedAt,
    })
    .from(scans)
    .where(
      and(
        eq(scans.status, 'completed'),
        isNotNull(scans.completedAt),
        eq(scans.instrumentId, instrument.id),
        eq(scans.instrumentVersion, instrument.version),
        page.after ? gt(scans.id, page.after) : undefined,
        sql`NOT EXISTS (SELECT 1 FROM ${scanScores} ss WHERE ss.scan_id = ${scans.id}
          AND ss.aspect_order = ${instrument.aspectOrder})`,
      ),
    )
    .orderBy(asc(scans.id))
    .limit(page.limit);
  return rows.map((r) => ({ ...r, completedAt: r.completedAt! }));
}
