import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import { receivingTeamsSchema } from '../../contract/partner-teams';
import {
  referralCountsSchema,
  referralListSchema,
  referralViewSchema,
  sendReferralBody,
} from '../../contract/referrals';
import { message } from '../../domain/message';
import { receivingTeamRefusal } from '../../domain/partner-teams';
import { sharedPlanParts } from '../../domain/referrals';
import { hasConsent } from '../../db/households/consents.repository';
import { planOf } from '../../db/households/households.repository';
import {
  incomingReferrals,
  incomingWaitingCount,
  insertReferral,
  outgoingReferrals,
  referralFor,
} from '../../db/referrals/referrals.repository';
import { asTargets, receivingTeams } from '../../db/repositories/receiving-teams.repository';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { todayInAmsterdam } from '../clock';
import { conflict, invalidField } from '../errors';
import { caseworkers, openHousehold, viewerOf } from '../households/access';
import { currentAuth } from '../plugins/auth';
import { auditReferral } from '../referrals/audit-referral';
import { referralNotFound, referralSummary, referralView } from '../referrals/present';
import { referralActionRoutes } from '../referrals/action-routes';

// Warme overdracht (ADR 1403): send from a household, lists for both sides, the referral page.

const householdParams = z.strictObject({ id: z.uuid() });
const referralParams = z.strictObject({ id: idSchema });
const tags = ['referrals'];

function referralTargetRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/referral-targets',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Teams this household may be referred to: where its gemeente is served',
        tags,
        params: householdParams,
        response: { 200: receivingTeamsSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'referral.targets');
      const teams = await receivingTeams(db, currentAuth(request).user.organisationId);
      const items = teams
        .filter((t) => t.teamId !== h.teamId)
        .filter((t) => t.gemeenten.some((g) => g.code === h.data.gemeente.code));
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

/** The receiving team, once it may receive this household; otherwise the problem naming the field. */
async function checkedTarget(
  ctx: AppContext,
  household: { organisationId: string; teamId: string | null; gemeente: string },
  teamId: string,
) {
  const targets = await receivingTeams(ctx.database.db, household.organisationId);
  if (teamId === household.teamId)
    throw invalidField('teamId', 'same_team', message('overdracht.problem.sameTeam'));
  const refusal = receivingTeamRefusal(asTargets(targets), teamId, household.gemeente);
  if (refusal) throw invalidField('teamId', refusal, message(`overdracht.problem.${refusal}`));
  return targets.find((t) => t.teamId === teamId)!;
}

function referralSendRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/referrals',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Refer the household to a team, with its consent to share: a message and the chosen plan parts',
        tags,
        params: householdParams,
        body: sendReferralBody,
        response: { 201: z.object({ id: idSchema }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'referral.send', {
        logSuccess: false,
      });
      if (h.closedAt) throw conflict('household_closed', message('overdracht.problem.closed'));
      if (!(await hasConsent(db, h.id, 'delen-met-partners')))
        throw conflict('no_consent', message('overdracht.problem.noConsent'));
      const target = await checkedTarget(
        ctx,
        { organisationId: h.organisationId, teamId: h.teamId, gemeente: h.data.gemeente.code },
        request.body.teamId,
      );
      const plan = await planOf(db, h.id);
      const parts = sharedPlanParts(plan?.plan ?? { goals: [] }, request.body.goals);
      if (!parts.ok)
        throw invalidField(
          parts.field,
          parts.refusal,
          message(`overdracht.problem.${parts.refusal}`),
        );
      const id = await db.transaction(async (tx) => {
        const at = ctx.now();
        const referralId = await insertReferral(tx, {
          householdId: h.id,
          organisationId: h.organisationId,
          sentBy: auth.user.id,
          receivingOrganisationId: target.organisationId,
          receivingTeamId: target.teamId,
          message: request.body.message,
          shared: parts.goals,
          sentOn: todayInAmsterdam(at),
          at,
        });
        const referral = { id: referralId, householdId: h.id, organisationId: h.organisationId };
        await auditReferral(tx, request, referral, 'referral.send', 'sender');
        return referralId;
      });
      return reply.status(201).send({ id });
    },
  );
}

function referralListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/referrals/outgoing',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Referrals sent for the households I work with, with overdue answers flagged',
        tags,
        querystring: z.strictObject({ householdId: z.uuid().optional() }),
        response: { 200: referralListSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await outgoingReferrals(db, viewerOf(auth), request.query.householdId);
      const today = todayInAmsterdam(ctx.now());
      const items = rows.map((row) => referralSummary(row, 'sender', today));
      await audit(db, request, {
        action: 'referral.list',
        targetType: 'referral_list',
        details: { direction: 'outgoing', count: items.length },
      });
      return { items, overdueCount: items.filter((i) => i.overdue).length };
    },
  );
  app.get(
    '/referrals/incoming',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Referrals sent to my teams (no household data in the list)',
        tags,
        response: { 200: referralListSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await incomingReferrals(db, viewerOf(auth));
      const today = todayInAmsterdam(ctx.now());
      const items = rows.map((row) => referralSummary(row, 'receiver', today));
      await audit(db, request, {
        action: 'referral.list',
        targetType: 'referral_list',
        details: { direction: 'incoming', count: items.length },
      });
      return { items, overdueCount: 0 };
    },
  );
}

function referralCountRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/referrals/counts',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'For the home page: referrals waiting for my teams, and my overdue ones',
        tags,
        response: { 200: referralCountsSchema },
      },
    },
    async (request) => {
      const viewer = viewerOf(currentAuth(request));
      const today = todayInAmsterdam(ctx.now());
      const outgoing = await outgoingReferrals(db, viewer);
      return {
        incomingWaiting: await incomingWaitingCount(db, viewer),
        outgoingOverdue: outgoing.filter((row) => referralSummary(row, 'sender', today).overdue)
          .length,
      };
    },
  );
}

function referralReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/referrals/:id',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'One referral as my side sees it; the view is logged for the household’s organisation',
        tags,
        params: referralParams,
        response: { 200: referralViewSchema },
      },
    },
    async (request) => {
      const found = await referralFor(db, viewerOf(currentAuth(request)), request.params.id);
      if (!found) {
        await audit(db, request, {
          action: 'referral.read',
          targetType: 'referral',
          targetId: request.params.id,
          outcome: 'denied',
        });
        throw referralNotFound();
      }
      await auditReferral(db, request, found.r, 'referral.read', found.side);
      return referralView(found, found.side, todayInAmsterdam(ctx.now()));
    },
  );
}

export const referralRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    referralTargetRoutes(app, ctx);
    referralSendRoutes(app, ctx);
    referralListRoutes(app, ctx);
    referralCountRoutes(app, ctx);
    referralReadRoutes(app, ctx);
    referralActionRoutes(app, ctx);
  };
