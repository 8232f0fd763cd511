import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  specialistBody,
  specialistTopics,
  updateSpecialistBody,
  versionEntrySchema,
} from '../../contract/catalogue';
import { listVersions } from '../../db/catalogue/history.repository';
import {
  changeSpecialist,
  createSpecialist,
  getSpecialistRow,
  listSpecialists,
  type SpecialistData,
} from '../../db/catalogue/specialists.repository';
import { normaliseForSearch } from '../../domain/catalogue/normalise';
import { LIFECYCLE_VERB } from '../../contract/audit-actions';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { stalenessCheck } from '../catalogue/freshness';
import { notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';
import { assertOwnGemeenten } from './offers.routes';
import { message } from '../../domain/message';

const specialistSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  function: z.string(),
  topics: z.array(z.string()),
  gemeenten: z.array(z.object({ code: z.string(), name: z.string() })),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  lastCheckedAt: z.string(),
  lastCheckedBy: z.string().nullable(),
  version: z.number(),
  archived: z.boolean(),
  stale: z.boolean(),
});

const notFoundSpecialist = () => notFound(message('problem.specialists.notFound'));

function dataFrom(body: z.infer<typeof specialistBody>): SpecialistData {
  return {
    name: body.name,
    function: body.function,
    topics: body.topics,
    gemeenten: body.gemeenten,
    phone: body.phone ?? null,
    email: body.email ?? null,
    note: body.note ?? null,
  };
}

export const specialistRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    async function withStale<T extends { organisationId: string; lastCheckedAt: string }>(
      list: T[],
    ) {
      const stale = await stalenessCheck(
        db,
        list.map((s) => s.organisationId),
        ctx.now(),
      );
      return list.map((s) => ({ ...s, stale: stale(s.organisationId, s.lastCheckedAt) }));
    }

    app.get(
      '/specialists',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: 'Colleagues to phone about poverty, searchable by topic, gemeente and name',
          querystring: z.strictObject({
            q: z.string().max(100).optional(),
            topic: z.enum(specialistTopics).optional(),
            gemeente: z.string().max(6).optional(),
            /** Only the own organisation's entries, archived ones included (for editing). */
            own: z.enum(['true']).optional(),
          }),
          response: { 200: z.array(specialistSchema) },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const { q, topic, gemeente, own } = request.query;
        const all = await listSpecialists(db, {
          ...(own ? { organisationId: auth.user.organisationId } : {}),
          includeArchived: Boolean(own),
        });
        const words = q ? normaliseForSearch(q).split(' ').filter(Boolean) : [];
        const found = all.filter(
          (s) =>
            (!topic || s.topics.includes(topic)) &&
            (!gemeente || s.gemeenten.some((g) => g.code === gemeente.toUpperCase())) &&
            words.every((w) =>
              normaliseForSearch(
                `${s.name} ${s.function} ${s.organisationName} ${s.note ?? ''}`,
              ).includes(w),
            ),
        );
        // Own organisation first.
        found.sort(
          (a, b) =>
            Number(b.organisationId === auth.user.organisationId) -
            Number(a.organisationId === auth.user.organisationId),
        );
        return withStale(found);
      },
    );

    app.post(
      '/specialists',
      {
        config: { access: editors },
        schema: {
          summary: 'Add a specialist of your organisation',
          body: specialistBody,
          response: { 201: z.object({ id: z.string() }) },
        },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        await assertOwnGemeenten(db, auth.user.organisationId, request.body.gemeenten);
        const row = await db.transaction(async (tx) => {
          const created = await createSpecialist(
            tx,
            auth.user.organisationId,
            dataFrom(request.body),
            { userId: auth.user.id, now: ctx.now() },
          );
          await audit(tx, request, {
            action: 'specialist.create',
            targetType: 'specialist',
            targetId: created.id,
          });
          return created;
        });
        return reply.status(201).send({ id: row.id });
      },
    );

    async function own(organisationId: string, id: string) {
      const row = await getSpecialistRow(db, id);
      if (!row || row.organisationId !== organisationId) throw notFoundSpecialist();
      return row;
    }

    app.patch(
      '/specialists/:id',
      {
        config: { access: editors },
        schema: {
          summary: 'Change a specialist of your organisation',
          params: z.strictObject({ id: z.uuid() }),
          body: updateSpecialistBody,
          response: { 200: z.object({ id: z.string(), version: z.number() }) },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const row = await own(auth.user.organisationId, request.params.id);
        if (request.body.gemeenten)
          await assertOwnGemeenten(db, auth.user.organisationId, request.body.gemeenten);
        const merged = dataFrom({ ...row.data, ...request.body } as z.infer<typeof specialistBody>);
        const changed = await db.transaction(async (tx) => {
          const c = await changeSpecialist(
            tx,
            row.id,
            { data: merged },
            { userId: auth.user.id, now: ctx.now() },
            'updated',
          );
          await audit(tx, request, {
            action: 'specialist.update',
            targetType: 'specialist',
            targetId: row.id,
          });
          return c;
        });
        return { id: changed.id, version: changed.version };
      },
    );

    app.post(
      '/specialists/:id/:action',
      {
        config: { access: editors },
        schema: {
          summary: 'Mark a specialist entry as checked, archive it or restore it',
          params: z.strictObject({
            id: z.uuid(),
            action: z.enum(['checked', 'archive', 'restore']),
          }),
          response: { 200: z.object({ id: z.string(), version: z.number() }) },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const row = await own(auth.user.organisationId, request.params.id);
        const { action } = request.params;
        const changed = await db.transaction(async (tx) => {
          const c = await changeSpecialist(
            tx,
            row.id,
            action === 'checked' ? {} : { archived: action === 'archive' },
            { userId: auth.user.id, now: ctx.now() },
            action === 'checked' ? 'checked' : action === 'archive' ? 'archived' : 'restored',
          );
          await audit(tx, request, {
            action: `specialist.${LIFECYCLE_VERB[action]}`,
            targetType: 'specialist',
            targetId: row.id,
          });
          return c;
        });
        return { id: changed.id, version: changed.version };
      },
    );

    app.get(
      '/specialists/:id/history',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: 'Every version of a specialist entry',
          params: z.strictObject({ id: z.uuid() }),
          response: { 200: z.array(versionEntrySchema) },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const row = await getSpecialistRow(db, request.params.id);
        // The history is visible exactly when the entry is: an archived one only to its own.
        if (!row || (row.archivedAt && row.organisationId !== auth.user.organisationId))
          throw notFoundSpecialist();
        return listVersions(db, 'specialist', row.id);
      },
    );
  };
