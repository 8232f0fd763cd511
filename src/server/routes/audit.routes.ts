import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditPageSchema, auditQuery } from '../../contract/admin';
import { auditLog, users } from '../../db/schema';
import type { AppContext } from '../app';
import { currentAuth } from '../plugins/auth';

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/audit',
      {
        config: { access: ['beheerder'] },
        schema: {
          summary: 'Browse and filter the access log of your organisation (newest first)',
          querystring: auditQuery,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const q = request.query;
        const filters: SQL[] = [eq(auditLog.organisationId, auth.user.organisationId)];
        if (q.action) filters.push(eq(auditLog.action, q.action));
        if (q.actorId) filters.push(eq(auditLog.actorId, q.actorId));
        if (q.targetType) filters.push(eq(auditLog.targetType, q.targetType));
        if (q.targetId) filters.push(eq(auditLog.targetId, q.targetId));
        if (q.outcome) filters.push(eq(auditLog.outcome, q.outcome));
        if (q.from) filters.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
        if (q.to)
          filters.push(
            lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)),
          );
        const where = and(...filters);
        const [total] = await db.select({ n: count() }).from(auditLog).where(where);
        const rows = await db
          .select({ entry: auditLog, actorName: users.name })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.actorId))
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(q.perPage)
          .offset((q.page - 1) * q.perPage);
        return {
          total: Number(total?.n ?? 0),
          page: q.page,
          perPage: q.perPage,
          items: rows.map(({ entry, actorName }) => ({
            id: entry.id,
            at: entry.at.toISOString(),
            actor: entry.actorId && actorName ? { id: entry.actorId, name: actorName } : null,
            sessionId: entry.sessionId,
            action: entry.action,
            targetType: entry.targetType,
            targetId: entry.targetId,
            outcome: entry.outcome,
            ip: entry.ip,
            details: entry.details,
          })),
        };
      },
    );
  };
