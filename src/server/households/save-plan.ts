import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../contract/audit-actions';
import type { Plan } from '../../contract/households';
import { recordVersion } from '../../db/catalogue/history.repository';
import type { Db } from '../../db/client';
import { savePlanOver } from '../../db/households/plans.repository';
import { message } from '../../domain/message';
import { audit } from '../audit';
import { invalidField } from '../errors';
import { currentAuth } from '../plugins/auth';

/**
 * Saves a plan over the version the user started from, in one transaction with its access-log row
 * and its history version. A save by someone else in between is refused, never overwritten.
 * Returns the new version.
 */
export async function savePlanVersion(
  db: Db,
  request: FastifyRequest,
  input: {
    householdId: string;
    plan: Plan;
    version: number;
    at: Date;
    action: AuditAction;
    details?: Record<string, unknown>;
  },
): Promise<number> {
  const auth = currentAuth(request);
  const { householdId, plan, version, at } = input;
  return db.transaction(async (tx) => {
    const written = await savePlanOver(tx, { householdId, plan, version, at, by: auth.user.id });
    if (!written) throw invalidField('version', 'stale_plan', message('problem.plans.stalePlan'));
    await audit(tx, request, {
      action: input.action,
      targetType: 'household',
      targetId: householdId,
      ...(input.details ? { details: input.details } : {}),
    });
    const next = version + 1;
    await recordVersion(tx, {
      type: 'plan',
      id: householdId,
      version: next,
      action: version === 0 ? 'created' : 'updated',
      data: plan,
      by: auth.user.id,
      at,
    });
    return next;
  });
}
