import { asc, desc, eq } from 'drizzle-orm';
import type { SignalSetting } from '../../contract/content';
import type { Db } from '../client';
import { householdSignals, users } from '../schema';

// Signals recorded on a household from a signal checklist. Callers open the household first
// (organisation and team scope, access log); these queries only ever take that household's id.

export type HouseholdSignalRow = typeof householdSignals.$inferSelect;

export async function insertHouseholdSignal(
  db: Db,
  input: {
    householdId: string;
    setting: SignalSetting;
    signalIds: string[];
    seenOn: string;
    note: string | null;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const { at, ...values } = input;
  const [row] = await db
    .insert(householdSignals)
    .values({ ...values, recordedAt: at })
    .returning({ id: householdSignals.id });
  return row!.id;
}

/** The household's signals, newest first, with the name of who recorded each. */
export async function signalsOf(
  db: Db,
  householdId: string,
  order: 'newest' | 'oldest' = 'newest',
) {
  const by = order === 'newest' ? desc : asc;
  return db
    .select({ s: householdSignals, recordedByName: users.name })
    .from(householdSignals)
    .leftJoin(users, eq(users.id, householdSignals.recordedBy))
    .where(eq(householdSignals.householdId, householdId))
    .orderBy(by(householdSignals.seenOn), by(householdSignals.recordedAt));
}
