import { and, eq } from 'drizzle-orm';
import type { Plan } from '../../contract/households';
import type { Db } from '../client';
import { plans } from '../schema';

/**
 * Saves a plan over the version the user started from, in one conditional statement: of two
 * simultaneous saves of the same version exactly one wins. False when someone saved in between.
 */
export async function savePlanOver(
  db: Db,
  input: { householdId: string; plan: Plan; version: number; at: Date; by: string },
): Promise<boolean> {
  const row = {
    data: input.plan,
    version: input.version + 1,
    updatedAt: input.at,
    updatedBy: input.by,
  };
  const written =
    input.version === 0
      ? await db
          .insert(plans)
          .values({ householdId: input.householdId, ...row })
          .onConflictDoNothing()
          .returning({ version: plans.version })
      : await db
          .update(plans)
          .set(row)
          .where(and(eq(plans.householdId, input.householdId), eq(plans.version, input.version)))
          .returning({ version: plans.version });
  return written.length > 0;
}
