import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { hasConsent } from '../../db/households/consents.repository';
import { withdrawForConsent } from '../../db/referrals/referrals.repository';
import { auditReferral } from './audit-referral';

/**
 * The household no longer agrees to share with partners: its running referrals are withdrawn,
 * what they shared is erased and the receiving teams no longer see them (ADR 1403). Runs in the
 * transaction that records the withdrawal.
 */
export async function withdrawReferralsWithoutConsent(
  tx: Db,
  request: FastifyRequest,
  household: { id: string; organisationId: string },
  at: Date,
) {
  if (await hasConsent(tx, household.id, 'delen-met-partners')) return;
  const ids = await withdrawForConsent(tx, household.id, at);
  for (const id of ids)
    await auditReferral(
      tx,
      request,
      { id, householdId: household.id, organisationId: household.organisationId },
      'referral.withdraw_consent',
      'sender',
    );
}
