import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import { handoverBody, handoverResultSchema, handoverTargetsSchema } from '../../contract/signals';
import type { ScanAnswers } from '../../domain/assessment';
import { message } from '../../domain/message';
import { receivingTeamRefusal } from '../../domain/partner-teams';
import { recordConsent } from '../../db/households/consents.repository';
import { createHousehold, referenceTaken } from '../../db/households/household-writes.repository';
import { startScan } from '../../db/households/scans.repository';
import { markHandedOver } from '../../db/signals/handover.repository';
import { asTargets, receivingTeams } from '../../db/repositories/receiving-teams.repository';
import { signalCase } from '../../db/signals/signals.repository';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { todayInAmsterdam } from '../clock';

const signalWorkers = ['vroegsignalering'] as const;
const params = z.strictObject({ id: idSchema });
const caseNotFound = () => notFound(message('problem.signals.caseNotFound'));

/**
 * Help accepted: the case goes to a team in Wegwijs as a pseudonymous household with consent and
 * a kapitaalscan draft; the signal side keeps only who received it and when (ADR 1402).
 */
/**
 * The open case and the receiving team, once the dates lie in the past, the team may receive the
 * case's gemeente and the reference is free there; otherwise the problem naming the field.
 */
async function checkedHandover(
  ctx: AppContext,
  organisationId: string,
  caseId: string,
  body: z.infer<typeof handoverBody>,
) {
  const { db } = ctx.database;
  const today = todayInAmsterdam(ctx.now());
  for (const [field, date] of [
    ['on', body.on],
    ['consent.givenAt', body.consent.givenAt],
  ] as const)
    if (date > today)
      throw invalidField(field, 'future_date', message('validation.signals.futureDate'));
  const found = await signalCase(db, organisationId, caseId);
  if (!found) throw caseNotFound();
  if (found.status !== 'open')
    throw conflict('signal_closed', message('problem.signals.handoverClosed'));
  const targets = await receivingTeams(db, organisationId);
  const refusal = receivingTeamRefusal(asTargets(targets), body.teamId, body.data.gemeente.code);
  if (refusal === 'unknown_team')
    throw invalidField('teamId', refusal, message('problem.signals.handoverTeam'));
  if (refusal === 'wrong_gemeente')
    throw invalidField('data.gemeente', refusal, message('problem.signals.handoverGemeente'));
  const target = targets.find((t) => t.teamId === body.teamId)!;
  if (await referenceTaken(db, target.organisationId, body.reference))
    throw invalidField('reference', 'reference_taken', message('problem.signals.referenceTaken'));
  return { found, target };
}

/** A kapitaalscan draft with nothing answered yet, with a part for each child. */
const blankScan = (
  instrument: AppContext['instrument'],
  children: readonly { ref: string }[],
): ScanAnswers => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  aspects: {},
  children: children.map((c) => ({ childRef: c.ref, aspects: {} })),
  riskFactors: [],
  protectiveFactors: [],
});

function handoverTargetRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/signals/cases/:id/handover-targets',
    {
      config: { access: signalWorkers },
      schema: {
        summary: 'Teams that may receive this case: werkorganisaties working in its gemeente',
        params,
        response: { 200: handoverTargetsSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const found = await signalCase(db, auth.user.organisationId, request.params.id);
      if (!found) throw caseNotFound();
      const items = await receivingTeams(db, auth.user.organisationId);
      await audit(db, request, {
        action: 'signal.handover_targets',
        targetType: 'signal_case',
        targetId: found.id,
      });
      return {
        items: items.map(({ teamId, teamName, organisationName, gemeenten }) => ({
          teamId,
          teamName,
          organisationName,
          gemeenten,
        })),
      };
    },
  );
}

function handoverRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/signals/cases/:id/handover',
    {
      config: { access: signalWorkers },
      schema: {
        summary:
          'Help accepted: open a pseudonymous household with consent and a kapitaalscan draft at a team, and close the case',
        params,
        body: handoverBody,
        response: { 201: handoverResultSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const body = request.body;
      const { found, target } = await checkedHandover(
        ctx,
        auth.user.organisationId,
        request.params.id,
        body,
      );

      await db.transaction(async (tx) => {
        const at = ctx.now();
        const householdId = await createHousehold(tx, {
          organisationId: target.organisationId,
          teamId: target.teamId,
          reference: body.reference,
          label: body.label,
          data: body.data,
          notes: null,
          startDate: body.on,
          professionalIds: [],
          createdBy: auth.user.id,
          at,
        });
        for (const purpose of ['registratie', 'kapitaalscan'] as const)
          await recordConsent(tx, {
            householdId,
            purpose,
            how: body.consent.how,
            givenAt: body.consent.givenAt,
            note: null,
            recordedBy: auth.user.id,
            recordedAt: at,
          });
        const answers = blankScan(ctx.instrument, body.data.children);
        await startScan(tx, { householdId, answers, createdBy: auth.user.id, at });
        const closed = await markHandedOver(tx, auth.user.organisationId, found.id, {
          teamId: target.teamId,
          householdId,
          on: body.on,
        });
        // Closed by someone else since it was read: nothing of this handover may stay.
        if (!closed) throw conflict('signal_closed', message('problem.signals.handoverClosed'));
        // The receiving organisation's log names the household; the signal side's names the case.
        await audit(tx, request, {
          action: 'household.create',
          targetType: 'household',
          targetId: householdId,
          organisationId: target.organisationId,
          details: { via: 'signal_handover', teamId: target.teamId },
        });
        await audit(tx, request, {
          action: 'signal.handover',
          targetType: 'signal_case',
          targetId: found.id,
          details: { teamId: target.teamId, organisationId: target.organisationId },
        });
      });
      return reply.status(201).send({
        teamName: target.teamName,
        organisationName: target.organisationName,
        on: body.on,
      });
    },
  );
}

export const signalHandoverRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    handoverTargetRoutes(app, ctx);
    handoverRoutes(app, ctx);
  };
