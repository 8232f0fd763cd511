import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema, okSchema } from '../../contract/common';
import {
  closeHouseholdBody,
  consentBody,
  colleagueSchema,
  createHouseholdBody,
  eraseHouseholdBody,
  householdDetailSchema,
  householdSummarySchema,
  updateHouseholdBody,
  withdrawConsentBody,
} from '../../contract/households';
import {
  findConsent,
  recordConsent,
  withdrawConsent,
} from '../../db/households/consents.repository';
import { householdDetail } from '../../db/households/household-detail.repository';
import {
  closeHousehold,
  createHousehold,
  referenceTaken,
  reopenHousehold,
  updateHousehold,
} from '../../db/households/household-writes.repository';
import { eraseHousehold, listVisibleHouseholds } from '../../db/households/households.repository';
import { findTeam } from '../../db/repositories/teams.repository';
import { activeColleagues, activeUsersWithRole } from '../../db/repositories/users.repository';
import { caseFilterQuery } from '../../contract/reports';
import { openCaseFacts } from '../../db/reports/team.repository';
import { matchesCaseFilter } from '../../domain/reports';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { todayInAmsterdam } from '../clock';
import { audit } from '../audit';
import { caseworkers, householdNotFound, openHousehold } from '../households/access';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { withdrawReferralsWithoutConsent } from '../referrals/consent-withdrawn';
import { message } from '../../domain/message';

const params = z.strictObject({ id: z.uuid() });

/** Refuses a team or professional that is not (an active caseworker) of the organisation. */
export async function checkPeople(
  db: Db,
  organisationId: string,
  teamId: string | null | undefined,
  professionalIds: string[],
) {
  if (teamId && !(await findTeam(db, organisationId, teamId)))
    throw invalidField('teamId', 'unknown_team', message('problem.households.unknownTeam'));
  const found = await activeUsersWithRole(db, organisationId, professionalIds, caseworkers);
  if (found.length !== new Set(professionalIds).size) {
    throw invalidField(
      'professionalIds',
      'unknown_professional',
      message('problem.households.unknownProfessional'),
    );
  }
}

const referenceError = () =>
  invalidField('reference', 'reference_taken', message('problem.households.referenceTaken'));

/** The household as the page shows it; it was opened (and so is visible) just before. */
async function detail(db: Db, organisationId: string, id: string) {
  const found = await householdDetail(db, organisationId, id);
  if (!found) throw householdNotFound();
  return found;
}

function householdListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/colleagues',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Colleagues in your organisation who can work with households (to assign them)',
        response: { 200: z.array(colleagueSchema) },
      },
    },
    async (request) => activeColleagues(db, currentAuth(request).user.organisationId, caseworkers),
  );

  app.get(
    '/households',

    {
      config: { access: caseworkers },
      schema: {
        summary:
          'The households you work with (yours and your team’s); the filters select the open households behind a team dashboard figure',
        querystring: caseFilterQuery.extend({
          includeClosed: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.array(householdSummarySchema) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const viewer = {
        userId: auth.user.id,
        organisationId: auth.user.organisationId,
        teamIds: auth.teamIds,
      };
      const { includeClosed, ...filter } = request.query;
      const filtered = Object.values(filter).some((v) => v !== undefined);
      let list = await listVisibleHouseholds(db, viewer, {
        includeClosed: includeClosed === 'true' && !filtered,
      });
      if (filtered) {
        const peildatum = todayInAmsterdam(ctx.now());
        const keep = new Set(
          (await openCaseFacts(db, viewer))
            .filter((c) => matchesCaseFilter(c, filter, peildatum))
            .map((c) => c.householdId),
        );
        list = list.filter((h) => keep.has(h.id));
      }
      await audit(db, request, {
        action: 'household.list',
        details: { count: list.length, ...(filtered ? { filter } : {}) },
      });
      return list;
    },
  );
}

function householdCreateAndReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Register a household (pseudonymous: no name, no BSN)',
        body: createHouseholdBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const organisationId = auth.user.organisationId;
      const body = request.body;
      const teamId = body.teamId === undefined ? (auth.teamIds[0] ?? null) : body.teamId;
      const professionalIds = [...new Set([auth.user.id, ...(body.professionalIds ?? [])])];
      await checkPeople(db, organisationId, teamId, professionalIds);
      if (await referenceTaken(db, organisationId, body.reference)) throw referenceError();
      const id = await db.transaction(async (tx) => {
        const created = await createHousehold(tx, {
          organisationId,
          teamId,
          reference: body.reference,
          label: body.label,
          data: body.data,
          notes: body.notes ?? null,
          startDate: body.startDate,
          professionalIds,
          createdBy: auth.user.id,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'household.create',
          targetType: 'household',
          targetId: created,
        });
        return created;
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/households/:id',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'One household with its consents, scans and plan status',
        params,
        response: { 200: householdDetailSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household.read');
      return detail(db, h.organisationId, h.id);
    },
  );
}

function householdUpdateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.patch(
    '/households/:id',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Change a household',
        params,
        body: updateHouseholdBody,
        response: { 200: householdDetailSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'household.update', {
        logSuccess: false,
      });
      const body = request.body;
      if (body.teamId !== undefined || body.professionalIds)
        await checkPeople(db, auth.user.organisationId, body.teamId, body.professionalIds ?? []);
      if (
        body.reference &&
        (await referenceTaken(db, auth.user.organisationId, body.reference, h.id))
      )
        throw referenceError();
      if (body.professionalIds && body.professionalIds.length === 0) {
        throw invalidField(
          'professionalIds',
          'no_professional',
          message('problem.households.noProfessional'),
        );
      }
      await db.transaction(async (tx) => {
        await updateHousehold(tx, h, body, ctx.now());
        await audit(tx, request, {
          action: 'household.update',
          targetType: 'household',
          targetId: h.id,
          details: { changed: Object.keys(body) },
        });
      });
      return detail(db, h.organisationId, h.id);
    },
  );
}

function householdCloseAndReopenRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/close',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Close a household (the retention period starts)',
        params,
        body: closeHouseholdBody,
        response: { 200: householdDetailSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household.close', {
        logSuccess: false,
      });
      if (request.body.date < h.startDate) {
        throw invalidField('date', 'before_start', message('problem.households.beforeStart'));
      }
      await db.transaction(async (tx) => {
        await closeHousehold(tx, h, { ...request.body, at: ctx.now() });
        await audit(tx, request, {
          action: 'household.close',
          targetType: 'household',
          targetId: h.id,
        });
      });
      return detail(db, h.organisationId, h.id);
    },
  );

  app.post(
    '/households/:id/reopen',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Reopen a closed household',
        params,
        response: { 200: householdDetailSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household.reopen', {
        logSuccess: false,
      });
      await db.transaction(async (tx) => {
        await reopenHousehold(tx, h, ctx.now());
        await audit(tx, request, {
          action: 'household.reopen',
          targetType: 'household',
          targetId: h.id,
        });
      });
      return detail(db, h.organisationId, h.id);
    },
  );
}

function householdEraseRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/erase',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Erase a household and all its data on request; only an access-log entry remains',
        params,
        body: eraseHouseholdBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household.erase', {
        logSuccess: false,
      });
      if (request.body.confirmReference !== h.reference) {
        throw invalidField(
          'confirmReference',
          'confirmation_mismatch',
          message('problem.households.confirmationMismatch'),
        );
      }
      await db.transaction(async (tx) => {
        await eraseHousehold(tx, h.id);
        await audit(tx, request, {
          action: 'household.erase',
          targetType: 'household',
          targetId: h.id,
          details: { reason: 'request' },
        });
      });
      return { ok: true as const };
    },
  );
}

function householdConsentRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/consents',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Record consent: what for, when, how',
        params,
        body: consentBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'consent.record', {
        logSuccess: false,
      });
      const id = await db.transaction(async (tx) => {
        const recorded = await recordConsent(tx, {
          householdId: h.id,
          ...request.body,
          note: request.body.note ?? null,
          recordedBy: auth.user.id,
          recordedAt: ctx.now(),
        });
        await audit(tx, request, {
          action: 'consent.record',
          targetType: 'household',
          targetId: h.id,
        });
        return recorded;
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/households/:id/consents/:consentId/withdraw',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Record that consent was withdrawn',
        params: z.strictObject({ id: z.uuid(), consentId: idSchema }),
        body: withdrawConsentBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'consent.withdraw', {
        logSuccess: false,
      });
      const consent = await findConsent(db, h.id, request.params.consentId);
      if (!consent) throw notFound(message('problem.households.notFound'));
      if (consent.withdrawnAt)
        throw conflict('consent_withdrawn', message('problem.households.consentWithdrawn'));
      await db.transaction(async (tx) => {
        await withdrawConsent(tx, {
          householdId: h.id,
          consentId: consent.id,
          withdrawnAt: request.body.withdrawnAt,
          by: auth.user.id,
        });
        await audit(tx, request, {
          action: 'consent.withdraw',
          targetType: 'household',
          targetId: h.id,
        });
        if (consent.purpose === 'delen-met-partners')
          await withdrawReferralsWithoutConsent(tx, request, h, ctx.now());
      });
      return { ok: true as const };
    },
  );
}

export const householdRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    householdListRoutes(app, ctx);
    householdCreateAndReadRoutes(app, ctx);
    householdUpdateRoutes(app, ctx);
    householdCloseAndReopenRoutes(app, ctx);
    householdEraseRoutes(app, ctx);
    householdConsentRoutes(app, ctx);
  };
