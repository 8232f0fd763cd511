import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { findVisibleHousehold, type HouseholdRow } from '../../db/households/households.repository';
import { audit } from '../audit';
import { notFound } from '../errors';
import { currentAuth } from '../plugins/auth';

/** Who works with households. Beheerders and beleidsmedewerkers never see household data. */
export const caseworkers = ['sociaal_werker', 'teamleider'] as const;

export const householdNotFound = () =>
  notFound({
    nl: 'Dit huishouden bestaat niet, of u hebt er geen toegang toe.',
    en: 'This household does not exist, or you have no access to it.',
  });

/**
 * Loads a household the signed-in user may see, and writes the access-log row for what they do
 * with it. A household out of reach answers 404 (it does not reveal whether it exists) and is
 * logged as a denied attempt.
 */
export async function openHousehold(
  db: Db,
  request: FastifyRequest,
  id: string,
  action: string,
): Promise<HouseholdRow> {
  const auth = currentAuth(request);
  const household = await findVisibleHousehold(
    db,
    { userId: auth.user.id, organisationId: auth.user.organisationId, teamIds: auth.teamIds },
    id,
  );
  await audit(db, request, {
    action,
    targetType: 'household',
    targetId: id,
    outcome: household ? 'success' : 'denied',
  });
  if (!household) throw householdNotFound();
  return household;
}
