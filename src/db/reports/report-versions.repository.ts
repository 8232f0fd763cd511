import { inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { reportDataVersions } from '../schema';

/**
 * The report data version of each organisation, in the order given: 0 for one that has had no
 * write since migration 0027 (the sequence behind the versions starts at 1). Triggers change it
 * in every transaction that writes the rows the reports read.
 */
export async function reportDataVersionsOf(db: Db, organisationIds: string[]): Promise<number[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(reportDataVersions)
    .where(inArray(reportDataVersions.organisationId, organisationIds));
  const versions = new Map(rows.map((r) => [r.organisationId, r.version]));
  return organisationIds.map((id) => versions.get(id) ?? 0);
}
