import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { childDrawings } from '../schema';

// A child's saved praatkleurplaat. Callers open the household first (organisation and team scope,
// access log); these queries only ever take that household's id.

export type DrawingRow = typeof childDrawings.$inferSelect;

export async function insertDrawing(
  db: Db,
  input: {
    householdId: string;
    childRef: string;
    fills: Record<string, string>;
    note: string | null;
    createdBy: string;
    at: Date;
  },
): Promise<DrawingRow> {
  const { at, ...values } = input;
  const [row] = await db
    .insert(childDrawings)
    .values({ ...values, createdAt: at })
    .returning();
  return row!;
}

/** The household's drawings, newest first. */
export async function drawingsOf(db: Db, householdId: string): Promise<DrawingRow[]> {
  return db
    .select()
    .from(childDrawings)
    .where(eq(childDrawings.householdId, householdId))
    .orderBy(desc(childDrawings.createdAt), desc(childDrawings.id));
}

/** Removes one drawing of the household; false when it names none of that household. */
export async function deleteDrawing(
  db: Db,
  householdId: string,
  drawingId: string,
): Promise<boolean> {
  const rows = await db
    .delete(childDrawings)
    .where(and(eq(childDrawings.id, drawingId), eq(childDrawings.householdId, householdId)))
    .returning({ id: childDrawings.id });
  return rows.length > 0;
}
