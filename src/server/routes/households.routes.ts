import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import {
  closeHouseholdBody,
  consentBody,
  createHouseholdBody,
  eraseHouseholdBody,
  updateHouseholdBody,
  withdrawConsentBody,
} from '../../contract/households';
import {
  consentsOf,
  eraseHousehold,
  listVisibleHouseholds,
  planOf,
  professionalsOf,
  scansOf,
  setProfessionals,
} from '../../db/households/households.repository';
import { consents, households, teams, users } from '../../db/schema';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { caseworkers, openHousehold } from '../households/access';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';

const params = z.strictObject({ id: z.uuid() });

export const householdRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    async function checkPeople(
      organisationId: string,
      teamId: string | null | undefined,
      professionalIds: string[],
    ) {
      if (teamId) {
        const [team] = await db
          .select()
          .from(teams)
          .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisationId)));
        if (!team)
          throw invalidField('teamId', 'unknown_team', message('problem.households.unknownTeam'));
      }
      if (professionalIds.length) {
        const found = await db
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              inArray(users.id, professionalIds),
              eq(users.organisationId, organisationId),
              eq(users.active, true),
              inArray(users.role, [...caseworkers]),
            ),
          );
        if (found.length !== new Set(professionalIds).size) {
          throw invalidField(
            'professionalIds',
            'unknown_professional',
            message('problem.households.unknownProfessional'),
          );
        }
      }
    }

    async function referenceTaken(organisationId: string, reference: string, exceptId?: string) {
      const rows = await db
        .select({ id: households.id })
        .from(households)
        .where(
          and(eq(households.organisationId, organisationId), eq(households.reference, reference)),
        );
      return rows.some((r) => r.id !== exceptId);
    }
    const referenceError = () =>
      invalidField('reference', 'reference_taken', message('problem.households.referenceTaken'));

    async function detail(id: string) {
      const [row] = await db
        .select({ h: households, team: teams.name })
        .from(households)
        .leftJoin(teams, eq(teams.id, households.teamId))
        .where(eq(households.id, id));
      const h = row!.h;
      const [list, consentRows, scanRows, plan] = await Promise.all([
        professionalsOf(db, id),
        consentsOf(db, id),
        scansOf(db, id),
        planOf(db, id),
      ]);
      return {
        id: h.id,
        reference: h.reference,
        label: h.label,
        team: h.teamId ? { id: h.teamId, name: row!.team ?? '' } : null,
        professionals: list,
        data: h.data,
        notes: h.notes,
        startDate: h.startDate,
        closedAt: h.closedAt,
        closeReason: h.closeReason,
        version: h.version,
        consents: consentRows.map((c) => ({
          id: c.id,
          purpose: c.purpose,
          how: c.how,
          givenAt: c.givenAt,
          note: c.note,
          withdrawnAt: c.withdrawnAt,
        })),
        scans: scanRows.map((s) => ({
          id: s.id,
          status: s.status,
          startedAt: s.startedAt.toISOString(),
          completedAt: s.completedAt?.toISOString() ?? null,
        })),
        hasPlan: plan !== null,
      };
    }

    app.get(
      '/colleagues',
      {
        config: { access: caseworkers },
        schema: {
          summary: 'Colleagues in your organisation who can work with households (to assign them)',
          response: {
            200: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
          },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        return db
          .select({ id: users.id, name: users.name, role: users.role })
          .from(users)
          .where(
            and(
              eq(users.organisationId, auth.user.organisationId),
              eq(users.active, true),
              inArray(users.role, [...caseworkers]),
            ),
          )
          .orderBy(users.name);
      },
    );

    app.get(
      '/households',

      {
        config: { access: caseworkers },
        schema: {
          summary: 'The households you work with (yours and your team’s)',
          querystring: z.strictObject({
            includeClosed: z.enum(['true', 'false']).default('false'),
          }),
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const list = await listVisibleHouseholds(
          db,
          { userId: auth.user.id, organisationId: auth.user.organisationId, teamIds: auth.teamIds },
          { includeClosed: request.query.includeClosed === 'true' },
        );
        await audit(db, request, { action: 'household.list', details: { count: list.length } });
        return list;
      },
    );

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
        const body = request.body;
        const teamId = body.teamId === undefined ? (auth.teamIds[0] ?? null) : body.teamId;
        const professionals = [...new Set([auth.user.id, ...(body.professionalIds ?? [])])];
        await checkPeople(auth.user.organisationId, teamId, professionals);
        if (await referenceTaken(auth.user.organisationId, body.reference)) throw referenceError();
        const id = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(households)
            .values({
              organisationId: auth.user.organisationId,
              teamId,
              reference: body.reference,
              label: body.label,
              data: body.data,
              notes: body.notes ?? null,
              startDate: body.startDate,
              createdBy: auth.user.id,
              createdAt: ctx.now(),
              updatedAt: ctx.now(),
            })
            .returning({ id: households.id });
          await setProfessionals(tx, row!.id, professionals);
          await audit(tx, request, {
            action: 'household.create',
            targetType: 'household',
            targetId: row!.id,
          });
          return row!.id;
        });
        return reply.status(201).send({ id });
      },
    );

    app.get(
      '/households/:id',
      {
        config: { access: caseworkers },
        schema: { summary: 'One household with its consents, scans and plan status', params },
      },
      async (request) => {
        await openHousehold(db, request, request.params.id, 'household.read');
        return detail(request.params.id);
      },
    );

    app.patch(
      '/households/:id',
      {
        config: { access: caseworkers },
        schema: { summary: 'Change a household', params, body: updateHouseholdBody },
      },
      async (request) => {
        const auth = currentAuth(request);
        const h = await openHousehold(db, request, request.params.id, 'household.update', {
          logSuccess: false,
        });
        const body = request.body;
        if (body.teamId !== undefined || body.professionalIds)
          await checkPeople(auth.user.organisationId, body.teamId, body.professionalIds ?? []);
        if (
          body.reference &&
          (await referenceTaken(auth.user.organisationId, body.reference, h.id))
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
          await tx
            .update(households)
            .set({
              ...(body.reference ? { reference: body.reference } : {}),
              ...(body.label ? { label: body.label } : {}),
              ...(body.teamId !== undefined ? { teamId: body.teamId } : {}),
              ...(body.data ? { data: body.data } : {}),
              ...(body.notes !== undefined ? { notes: body.notes } : {}),
              ...(body.startDate ? { startDate: body.startDate } : {}),
              version: sql`${households.version} + 1`,
              updatedAt: ctx.now(),
            })
            .where(eq(households.id, h.id));
          if (body.professionalIds) await setProfessionals(tx, h.id, body.professionalIds);
          await audit(tx, request, {
            action: 'household.update',
            targetType: 'household',
            targetId: h.id,
            details: { changed: Object.keys(body) },
          });
        });
        return detail(h.id);
      },
    );

    app.post(
      '/households/:id/close',
      {
        config: { access: caseworkers },
        schema: {
          summary: 'Close a household (the retention period starts)',
          params,
          body: closeHouseholdBody,
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
          await tx
            .update(households)
            .set({
              closedAt: request.body.date,
              closeReason: request.body.reason,
              updatedAt: ctx.now(),
            })
            .where(eq(households.id, h.id));
          await audit(tx, request, {
            action: 'household.close',
            targetType: 'household',
            targetId: h.id,
          });
        });
        return detail(h.id);
      },
    );

    app.post(
      '/households/:id/reopen',
      { config: { access: caseworkers }, schema: { summary: 'Reopen a closed household', params } },
      async (request) => {
        const h = await openHousehold(db, request, request.params.id, 'household.reopen', {
          logSuccess: false,
        });
        await db.transaction(async (tx) => {
          await tx
            .update(households)
            .set({ closedAt: null, closeReason: null, updatedAt: ctx.now() })
            .where(eq(households.id, h.id));
          await audit(tx, request, {
            action: 'household.reopen',
            targetType: 'household',
            targetId: h.id,
          });
        });
        return detail(h.id);
      },
    );

    app.post(
      '/households/:id/erase',
      {
        config: { access: caseworkers },
        schema: {
          summary:
            'Erase a household and all its data on request; only an access-log entry remains',
          params,
          body: eraseHouseholdBody,
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

    app.post(
      '/households/:id/consents',
      {
        config: { access: caseworkers },
        schema: { summary: 'Record consent: what for, when, how', params, body: consentBody },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        const h = await openHousehold(db, request, request.params.id, 'consent.record', {
          logSuccess: false,
        });
        const id = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(consents)
            .values({
              householdId: h.id,
              ...request.body,
              note: request.body.note ?? null,
              recordedBy: auth.user.id,
              recordedAt: ctx.now(),
            })
            .returning({ id: consents.id });
          await audit(tx, request, {
            action: 'consent.record',
            targetType: 'household',
            targetId: h.id,
          });
          return row!.id;
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
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const h = await openHousehold(db, request, request.params.id, 'consent.withdraw', {
          logSuccess: false,
        });
        const [row] = await db
          .select()
          .from(consents)
          .where(and(eq(consents.id, request.params.consentId), eq(consents.householdId, h.id)));
        if (!row) throw notFound(message('problem.households.notFound'));
        if (row.withdrawnAt)
          throw conflict('consent_withdrawn', message('problem.households.consentWithdrawn'));
        await db.transaction(async (tx) => {
          await tx
            .update(consents)
            .set({ withdrawnAt: request.body.withdrawnAt, withdrawnRecordedBy: auth.user.id })
            .where(eq(consents.id, row.id));
          await audit(tx, request, {
            action: 'consent.withdraw',
            targetType: 'household',
            targetId: h.id,
          });
        });
        return { ok: true as const };
      },
    );
  };
