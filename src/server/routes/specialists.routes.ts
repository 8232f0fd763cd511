import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  savedEntrySchema,
  specialistBody,
  specialistSchema,
  specialistTopics,
  updateSpecialistBody,
} from '../../contract/catalogue';
import {
  listSpecialists,
  specialistEntries,
  type SpecialistData,
} from '../../db/catalogue/specialists.repository';
import { normaliseForSearch } from '../../domain/catalogue/normalise';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { stalenessCheck } from '../catalogue/freshness';
import { notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';
import { assertOwnGemeenten } from './offers.routes';
import { registerVersionedEntryRoutes } from './versioned-entry.routes';

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

async function withStale<T extends { organisationId: string; lastCheckedAt: string | null }>(
  ctx: AppContext,
  list: T[],
) {
  const stale = await stalenessCheck(
    ctx.database.db,
    list.map((s) => s.organisationId),
    ctx.now(),
  );
  return list.map((s) => ({ ...s, stale: stale(s.organisationId, s.lastCheckedAt) }));
}

/** Marking a specialist entry checked, archiving and restoring it, and its history. */
function specialistLifecycleRoutes(app: RouteApp, ctx: AppContext) {
  return registerVersionedEntryRoutes(app, ctx, {
    entries: specialistEntries,
    path: '/specialists',
    idSchema: z.uuid(),
    access: editors,
    subject: 'specialist',
    notFound: notFoundSpecialist,
    summaries: {
      step: 'Mark a specialist entry as checked, archive it or restore it',
      history: 'Every version of a specialist entry',
    },
    response: savedEntrySchema,
    present: (row) => ({ id: row.id, version: row.version }),
  });
}

function specialistListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
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
      return withStale(ctx, found);
    },
  );
}

function specialistWriteRoutes(
  app: RouteApp,
  ctx: AppContext,
  specialist: ReturnType<typeof specialistLifecycleRoutes>,
) {
  const { db } = ctx.database;
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
      const row = await specialist.create(
        request,
        {
          organisationId: auth.user.organisationId,
          data: dataFrom(request.body),
        },
        { checked: request.body.checked },
      );
      return reply.status(201).send({ id: row.id });
    },
  );

  app.patch(
    '/specialists/:id',
    {
      config: { access: editors },
      schema: {
        summary: 'Change a specialist of your organisation',
        params: z.strictObject({ id: z.uuid() }),
        body: updateSpecialistBody,
        response: { 200: savedEntrySchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await specialist.own(auth.user.organisationId, request.params.id);
      if (request.body.gemeenten)
        await assertOwnGemeenten(db, auth.user.organisationId, request.body.gemeenten);
      const merged = dataFrom({ ...row.data, ...request.body } as z.infer<typeof specialistBody>);
      const changed = await specialist.update(request, row.id, merged, {
        checked: request.body.checked,
      });
      return { id: changed.id, version: changed.version };
    },
  );
}

export const specialistRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const specialist = specialistLifecycleRoutes(app, ctx);
    specialistListRoutes(app, ctx);
    specialistWriteRoutes(app, ctx, specialist);
  };
