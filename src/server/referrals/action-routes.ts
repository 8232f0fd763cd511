import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import { householdDataSchema } from '../../contract/households';
import {
  referralActionBody,
  referralViewSchema,
  type ReferralActionBody,
} from '../../contract/referrals';
import { message } from '../../domain/message';
import { transition, type ReferralSide, type ReferralStatus } from '../../domain/referrals';
import type { Db } from '../../db/client';
import { createHousehold, referenceTaken } from '../../db/households/household-writes.repository';
import {
  changeReferral,
  referralFor,
  type ReferralChange,
  type ReferralRecord,
} from '../../db/referrals/referrals.repository';
import type { AppContext } from '../app';
import type { RouteApp } from '../routes/route-app';
import { audit } from '../audit';
import { todayInAmsterdam } from '../clock';
import { conflict, invalidField } from '../errors';
import { caseworkers, viewerOf } from '../households/access';
import { currentAuth } from '../plugins/auth';
import { auditReferral } from './audit-referral';
import { referralNotFound, referralView } from './present';

// Status actions on a referral: the pure state machine decides, the version guards against a
// change made in between (ADR 1403).

const stale = () => conflict('stale_version', message('overdracht.problem.stale'));

/** The new status, or the problem: 422 for the other side's action, 409 when not from here. */
function checkedMove(found: ReferralRecord & { side: ReferralSide }, body: ReferralActionBody) {
  const step = transition(found.r.status, body.action, found.side);
  if (!step.ok && step.refusal === 'wrong_side')
    throw invalidField(
      'action',
      'wrong_side',
      message(`overdracht.problem.wrongSide.${found.side}`),
    );
  if (!step.ok)
    throw conflict(
      'illegal_transition',
      message('overdracht.problem.notNow', {
        status: message(`overdracht.status.${found.r.status}`),
      }),
    );
  if (body.version !== found.r.version) throw stale();
  return step.to;
}

/** Accepting with a record: a pseudonymous household at the receiving team, its own reference. */
async function openReceivingHousehold(
  tx: Db,
  request: FastifyRequest,
  found: ReferralRecord,
  household: { reference: string; label: string },
  at: Date,
) {
  const auth = currentAuth(request);
  const id = await createHousehold(tx, {
    organisationId: found.r.receivingOrganisationId,
    teamId: found.r.receivingTeamId,
    reference: household.reference,
    label: household.label,
    // Only the gemeente travels; the rest the household tells the receiving team itself.
    data: householdDataSchema.parse({ adults: [{}], gemeente: found.gemeente }),
    notes: null,
    startDate: todayInAmsterdam(at),
    professionalIds: [auth.user.id],
    createdBy: auth.user.id,
    at,
  });
  await audit(tx, request, {
    action: 'household.create',
    targetType: 'household',
    targetId: id,
    details: { via: 'referral', referralId: found.r.id },
  });
  return id;
}

function changeFor(body: ReferralActionBody, to: ReferralStatus, side: ReferralSide, at: Date) {
  const change: ReferralChange = { status: to, event: { status: to, at: at.toISOString(), side } };
  if (body.action === 'reject') change.rejectReason = body.reason;
  if (body.action === 'complete') {
    change.outcome = body.outcome;
    change.outcomeNote = body.note;
  }
  // Withdrawn: what was shared is erased; both sides keep only the status line.
  if (body.action === 'withdraw')
    Object.assign(change, { withdrawnBecause: 'sender', message: null, shared: null });
  return change;
}

export function referralActionRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/referrals/:id/actions',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Accept (optionally opening a household record), decline with a reason, start, complete with an outcome, or withdraw',
        tags: ['referrals'],
        params: z.strictObject({ id: idSchema }),
        body: referralActionBody,
        response: { 200: referralViewSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const viewer = viewerOf(auth);
      const body = request.body;
      const found = await referralFor(db, viewer, request.params.id);
      if (!found) throw referralNotFound();
      const to = checkedMove(found, body);
      const household = body.action === 'accept' ? body.household : null;
      if (
        household &&
        (await referenceTaken(db, found.r.receivingOrganisationId, household.reference))
      )
        throw invalidField(
          'household.reference',
          'reference_taken',
          message('overdracht.problem.referenceTaken'),
        );
      await db.transaction(async (tx) => {
        const at = ctx.now();
        const change = changeFor(body, to, found.side, at);
        if (household)
          change.receivingHouseholdId = await openReceivingHousehold(
            tx,
            request,
            found,
            household,
            at,
          );
        if (!(await changeReferral(tx, found.r.id, body.version, change))) throw stale();
        await auditReferral(tx, request, found.r, `referral.${body.action}`, found.side);
      });
      const now = await referralFor(db, viewer, found.r.id);
      return referralView(now!, now!.side, todayInAmsterdam(ctx.now()));
    },
  );
}
