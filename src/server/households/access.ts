import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../contract/audit-actions';
import type { Db } from '../../db/client';
import { holderOf } from '../../db/households/holder.repository';
import {
  findVisibleHousehold,
  type HouseholdRow,
  type Viewer,
} from '../../db/households/households.repository';
import { audit } from '../audit';
import { notFound } from '../errors';
import { currentAuth, type AuthContext } from '../plugins/auth';
import { message } from '../../domain/message';

/** Who works with households. Beheerders and beleidsmedewerkers never see household data. */
export const caseworkers = ['sociaal_werker', 'teamleider'] as const;

export const householdNotFound = () => notFound(message('problem.access.notFound'));

/** The signed-in user as a household viewer: own organisation, teams and assignments. */
export const viewerOf = (auth: AuthContext): Viewer => ({
  userId: auth.user.id,
  organisationId: auth.user.organisationId,
  teamIds: auth.teamIds,
});

// An id that is not a uuid cannot name a household; the lookup would only fail in SQL.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Logs a refused attempt on a household in the user's own access log and, when the household
 * belongs to another organisation, in that organisation's log too: the organisation that holds
 * a household sees every attempt on it.
 */
export async function auditRefusedAttempt(
  db: Db,
  request: FastifyRequest,
  householdId: string,
  action: AuditAction,
  reason: 'not_visible' | 'role',
) {
  const auth = currentAuth(request);
  const entry = {
    action,
    targetType: 'household',
    targetId: householdId,
    outcome: 'denied' as const,
    details: { reason },
  };
  await audit(db, request, entry);
  const holder = UUID.test(householdId) ? await holderOf(db, householdId) : null;
  if (holder && holder !== auth.user.organisationId)
    await audit(db, request, {
      ...entry,
      organisationId: holder,
      details: { reason, actorOrganisationId: auth.user.organisationId },
    });
}

/**
 * Loads a household the signed-in user may see, and writes the access-log row for what they do
 * with it. A household out of reach answers 404 (it does not reveal whether it exists) and is
 * logged as a denied attempt. A write passes `logSuccess: false` and logs itself in the
 * transaction that saves, so the log never claims a save that failed.
 */
export async function openHousehold(
  db: Db,
  request: FastifyRequest,
  id: string,
  action: AuditAction,
  options: { logSuccess?: boolean } = {},
): Promise<HouseholdRow> {
  const auth = currentAuth(request);
  const household = await findVisibleHousehold(db, viewerOf(auth), id);
  if (!household) {
    await auditRefusedAttempt(db, request, id, action, 'not_visible');
    throw householdNotFound();
  }
  if (options.logSuccess !== false)
    await audit(db, request, { action, targetType: 'household', targetId: id });
  return household;
}

/** A role refusal (403) on a household route is an attempt on that household: log it. */
export async function logRoleRefusal(db: Db, request: FastifyRequest) {
  const id = (request.params as { id?: unknown } | undefined)?.id;
  if (!request.routeOptions.url?.startsWith('/api/v1/households/:id') || typeof id !== 'string')
    return;
  await auditRefusedAttempt(db, request, id, 'household.access', 'role');
}
