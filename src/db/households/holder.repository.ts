import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { households } from '../schema';

/**
 * The organisation that holds a household, whoever asks. Only for writing refused attempts into
 * that organisation's access log; never to show anything to the one who asked.
 */
export async function holderOf(db: Db, householdId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: households.organisationId })
    .from(households)
    .where(eq(households.id, householdId))
    .limit(1);
  return row?.organisationId ?? null;
}
