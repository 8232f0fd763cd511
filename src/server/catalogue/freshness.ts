import type { Db } from '../../db/client';
import {
  defaultOrganisationSettings,
  freshnessMonthsOf,
} from '../../db/repositories/organisations.repository';
import { isStale } from '../../domain/catalogue/freshness';

/** Per organisation: is an entry it owns, last checked at a given moment, overdue for a check? */
export async function stalenessCheck(db: Db, organisationIds: string[], now: Date) {
  const months = await freshnessMonthsOf(db, organisationIds);
  return (organisationId: string | null, lastCheckedAt: string | Date | null) =>
    organisationId !== null &&
    isStale(
      lastCheckedAt,
      now,
      months.get(organisationId) ?? defaultOrganisationSettings.freshnessMonths,
    );
}
