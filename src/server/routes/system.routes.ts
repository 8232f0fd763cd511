import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { migrationsAreCurrent } from '../../db/migrate';
import { pingDatabase } from '../../db/repositories/health.repository';
import type { AppContext } from '../app';

export const systemRoutes =
  (
    ctx: AppContext,
    options: { needsSearchIndex: boolean } = { needsSearchIndex: false },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    // Liveness: the process answers. Never touches the database.
    app.get(
      '/healthz',
      { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );

    // Readiness: the database answers, its schema matches this build, and (when the app builds it
    // in advance) the first search index exists, so no search waits for one.
    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      try {
        await pingDatabase(ctx.database.db);
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: 'unreachable' });
      }
      if (ctx.storage.active()) {
        return reply.status(503).send({ status: 'unavailable', database: 'storage full' });
      }
      if (!(await migrationsAreCurrent(ctx.database))) {
        return reply.status(503).send({ status: 'unavailable', database: 'migrations pending' });
      }
      if (options.needsSearchIndex && !ctx.catalogue.ready()) {
        return reply.status(503).send({ status: 'unavailable', search: 'index not built yet' });
      }
      return { status: 'ok', database: ctx.database.engine };
    });
  };
