import { and, asc, eq, sql } from 'drizzle-orm';
import type { ConsentHow, ConsentPurpose } from '../../contract/households';
import type { Db } from '../client';
import { consents } from '../schema';

export type ConsentRow = typeof consents.$inferSelect;

export async function consentsOf(db: Db, householdId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(consents)
    .where(eq(consents.householdId, householdId))
    .orderBy(asc(consents.givenAt), asc(consents.recordedAt));
}

/** Whether the household has given, and not withdrawn, consent for a purpose. */
export async function hasConsent(
  db: Db,
  householdId: string,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const rows = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.householdId, householdId),
        eq(consents.purpose, purpose),
        sql`${consents.withdrawnAt} IS NULL`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** One consent of a household; null when the id names no consent of that household. */
export async function findConsent(
  db: Db,
  householdId: string,
  consentId: string,
): Promise<ConsentRow | null> {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.householdId, householdId)));
  return row ?? null;
}

export async function recordConsent(
  db: Db,
  input: {
    householdId: string;
    purpose: ConsentPurpose;
    how: ConsentHow;
    givenAt: string;
    note: string | null;
    recordedBy: string;
    recordedAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(consents).values(input).returning({ id: consents.id });
  return row!.id;
}

export async function withdrawConsent(
  db: Db,
  input: { householdId: string; consentId: string; withdrawnAt: string; by: string },
): Promise<void> {
  await db
    .update(consents)
    .set({ withdrawnAt: input.withdrawnAt, withdrawnRecordedBy: input.by })
    .where(and(eq(consents.id, input.consentId), eq(consents.householdId, input.householdId)));
}
