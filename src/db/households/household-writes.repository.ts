import { and, eq, sql } from 'drizzle-orm';
import type { CloseReason, HouseholdData } from '../../contract/households';
import type { Db } from '../client';
import { households } from '../schema';
import { setProfessionals } from './households.repository';

/** Names a household inside the organisation that holds it: every write is scoped to both. */
export type HouseholdKey = { id: string; organisationId: string };

const scoped = (key: HouseholdKey) =>
  and(eq(households.id, key.id), eq(households.organisationId, key.organisationId));

/** Whether another household of the organisation already uses this reference. */
export async function referenceTaken(
  db: Db,
  organisationId: string,
  reference: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.organisationId, organisationId), eq(households.reference, reference)));
  return rows.some((r) => r.id !== exceptId);
}

export type NewHousehold = {
  organisationId: string;
  teamId: string | null;
  reference: string;
  label: string;
  data: HouseholdData;
  notes: string | null;
  startDate: string;
  professionalIds: string[];
  createdBy: string;
  at: Date;
};

/** Saves a household with its professionals; run it in a transaction. */
export async function createHousehold(db: Db, input: NewHousehold): Promise<string> {
  const { professionalIds, createdBy, at, ...fields } = input;
  const [row] = await db
    .insert(households)
    .values({ ...fields, createdBy, createdAt: at, updatedAt: at })
    .returning({ id: households.id });
  await setProfessionals(db, row!.id, professionalIds);
  return row!.id;
}

export type HouseholdChange = Partial<
  Pick<NewHousehold, 'reference' | 'label' | 'teamId' | 'data' | 'notes' | 'startDate'>
> & { professionalIds?: string[] };

/** Applies the fields given (and only those), counting a new version; run it in a transaction. */
export async function updateHousehold(
  db: Db,
  key: HouseholdKey,
  change: HouseholdChange,
  at: Date,
): Promise<void> {
  const { reference, label, teamId, data, notes, startDate, professionalIds } = change;
  // Drizzle leaves fields that are undefined out of the UPDATE: only what was given changes.
  await db
    .update(households)
    .set({
      reference,
      label,
      teamId,
      data,
      notes,
      startDate,
      version: sql`${households.version} + 1`,
      updatedAt: at,
    })
    .where(scoped(key));
  if (professionalIds) await setProfessionals(db, key.id, professionalIds);
}

export async function closeHousehold(
  db: Db,
  key: HouseholdKey,
  close: { date: string; reason: CloseReason; at: Date },
): Promise<void> {
  await db
    .update(households)
    .set({ closedAt: close.date, closeReason: close.reason, updatedAt: close.at })
    .where(scoped(key));
}

export async function reopenHousehold(db: Db, key: HouseholdKey, at: Date): Promise<void> {
  await db
    .update(households)
    .set({ closedAt: null, closeReason: null, updatedAt: at })
    .where(scoped(key));
}

/** Marks the household as changed (a scan was completed) so lists show recent work first. */
export async function touchHousehold(db: Db, key: HouseholdKey, at: Date): Promise<void> {
  await db.update(households).set({ updatedAt: at }).where(scoped(key));
}
