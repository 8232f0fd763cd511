import { and, asc, desc, eq } from 'drizzle-orm';
import type { ScanAnswers } from '../../domain/assessment';
import type { Db } from '../client';
import { scans } from '../schema';

export type ScanRow = typeof scans.$inferSelect;

/** Every scan of a household, newest first unless asked otherwise. */
export async function scansOf(
  db: Db,
  householdId: string,
  order: 'newest' | 'oldest' = 'newest',
): Promise<ScanRow[]> {
  return db
    .select()
    .from(scans)
    .where(eq(scans.householdId, householdId))
    .orderBy(order === 'newest' ? desc(scans.startedAt) : asc(scans.startedAt));
}

/** One scan of a household; null when the id names no scan of that household. */
export async function findScan(
  db: Db,
  householdId: string,
  scanId: string,
): Promise<ScanRow | null> {
  const [row] = await db
    .select()
    .from(scans)
    .where(and(eq(scans.id, scanId), eq(scans.householdId, householdId)));
  return row ?? null;
}

/** The household's scan still being filled in, the latest if there were several. */
export async function openDraft(db: Db, householdId: string): Promise<ScanRow | null> {
  const [row] = await db
    .select()
    .from(scans)
    .where(and(eq(scans.householdId, householdId), eq(scans.status, 'draft')))
    .orderBy(desc(scans.startedAt))
    .limit(1);
  return row ?? null;
}

/** The household's latest completed scans, newest first. */
export async function latestCompleted(
  db: Db,
  householdId: string,
  limit: number,
): Promise<(ScanRow & { completedAt: Date })[]> {
  const rows = await db
    .select()
    .from(scans)
    .where(and(eq(scans.householdId, householdId), eq(scans.status, 'completed')))
    .orderBy(desc(scans.completedAt), desc(scans.startedAt))
    .limit(limit);
  // A completed scan always has its moment of completion (set in completeScan).
  return rows.flatMap((r) => (r.completedAt ? [{ ...r, completedAt: r.completedAt }] : []));
}

export async function startScan(
  db: Db,
  input: { householdId: string; answers: ScanAnswers; createdBy: string; at: Date },
): Promise<ScanRow> {
  const [row] = await db
    .insert(scans)
    .values({
      householdId: input.householdId,
      instrumentId: input.answers.instrumentId,
      instrumentVersion: input.answers.instrumentVersion,
      answers: input.answers,
      createdBy: input.createdBy,
      startedAt: input.at,
      updatedAt: input.at,
    })
    .returning();
  return row!;
}

export async function saveAnswers(
  db: Db,
  scan: { id: string; householdId: string },
  answers: ScanAnswers,
  at: Date,
): Promise<ScanRow> {
  const [row] = await db
    .update(scans)
    .set({ answers, updatedAt: at })
    .where(and(eq(scans.id, scan.id), eq(scans.householdId, scan.householdId)))
    .returning();
  return row!;
}

export async function completeScan(
  db: Db,
  scan: { id: string; householdId: string },
  at: Date,
): Promise<ScanRow> {
  const [row] = await db
    .update(scans)
    .set({ status: 'completed', completedAt: at, updatedAt: at })
    .where(and(eq(scans.id, scan.id), eq(scans.householdId, scan.householdId)))
    .returning();
  return row!;
}
