import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../contract/audit-actions';
import type { Db } from '../../db/client';
import type { ReferralSide } from '../../domain/referrals';
import { audit } from '../audit';
import { currentAuth } from '../plugins/auth';

/**
 * Writes what someone did with a referral in the access log of the household's organisation
 * (ADR 1403), naming the household there; a receiving organisation's user gets a row in their own
 * log too, naming only the referral.
 */
export async function auditReferral(
  db: Db,
  request: FastifyRequest,
  referral: { id: string; householdId: string; organisationId: string },
  action: AuditAction,
  side: ReferralSide,
) {
  const actorOrganisationId = currentAuth(request).user.organisationId;
  await audit(db, request, {
    action,
    targetType: 'household',
    targetId: referral.householdId,
    organisationId: referral.organisationId,
    details: { referralId: referral.id, side, actorOrganisationId },
  });
  if (actorOrganisationId !== referral.organisationId)
    await audit(db, request, {
      action,
      targetType: 'referral',
      targetId: referral.id,
      details: { side },
    });
}
