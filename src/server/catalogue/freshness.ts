import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { defaultOrganisationSettings } from '../../db/repositories/organisations.repository';
import { organisations } from '../../db/schema';
import { isStale } from '../../domain/catalogue/freshness';

/** Per organisation: is an entry it owns, last checked at a given moment, overdue for a check? */
export async function stalenessCheck(db: Db, organisationIds: string[], now: Date) {
  const months = new Map<string, number>();
  const ids = [...new Set(organisationIds)];
  if (ids.length) {
    for (const org of await db
      .select({ id: organisations.id, settings: organisations.settings })
      .from(organisations)
      .where(inArray(organisations.id, ids))) {
      months.set(
        org.id,
        org.settings.freshnessMonths ?? defaultOrganisationSettings.freshnessMonths,
      );
    }
  }
  return (organisationId: string | null, lastCheckedAt: string | Date) =>
    organisationId !== null &&
    isStale(
      lastCheckedAt,
      now,
      months.get(organisationId) ?? defaultOrganisationSettings.freshnessMonths,
    );
}
