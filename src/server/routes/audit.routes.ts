import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuery } from '../../contract/admin';
import { actionLabel } from '../../contract/audit-actions';
import { fileResponse } from '../../contract/common';
import { auditPage } from '../../db/repositories/audit.repository';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { currentAuth } from '../plugins/auth';
import { toCsv } from '../csv';

// A CSV export holds at most this many rows; narrow the filter for more.
const CSV_MAX_ROWS = 10_000;

async function entries(
  db: Db,
  organisationId: string,
  q: typeof auditQuery._output,
  limit: number,
) {
  const { total, rows } = await auditPage(db, organisationId, q, {
    limit,
    offset: (q.page - 1) * limit,
  });
  const items = rows.map(({ entry, actorName, actorOrganisation, householdReference }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    actor:
      entry.actorId && actorName
        ? { id: entry.actorId, name: actorName, organisation: actorOrganisation ?? '' }
        : null,
    sessionId: entry.sessionId,
    action: entry.action,
    actionLabel: actionLabel(entry.action),
    householdReference,
    targetType: entry.targetType,
    targetId: entry.targetId,
    outcome: entry.outcome,
    ip: entry.ip,
    details: entry.details,
  }));
  return { total, items };
}

function auditListRoutes(app: RouteApp, ctx: AppContext) {
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
      const q = request.query;
      const { total, items } = await entries(
        db,
        currentAuth(request).user.organisationId,
        q,
        q.perPage,
      );
      return { total, page: q.page, perPage: q.perPage, items };
    },
  );
}

function auditExportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/audit/export',
    {
      config: { access: ['beheerder'] },
      schema: {
        summary: 'The filtered access log as CSV (at most 10,000 rows, newest first)',
        querystring: auditQuery,
        response: { 200: fileResponse('text/csv', 'The access log as CSV') },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const lang = auth.user.language;
      const { items } = await entries(
        db,
        auth.user.organisationId,
        { ...request.query, page: 1 },
        CSV_MAX_ROWS,
      );
      const header =
        lang === 'en'
          ? ['time', 'action', 'outcome', 'household', 'by', 'organisation', 'address']
          : ['tijdstip', 'handeling', 'uitkomst', 'huishouden', 'door', 'organisatie', 'adres'];
      const csv = toCsv([
        header,
        ...items.map((e) => [
          e.at,
          e.actionLabel[lang],
          e.outcome,
          e.householdReference ?? '',
          e.actor?.name ?? '',
          e.actor?.organisation ?? '',
          e.ip ?? '',
        ]),
      ]);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="toegangslog.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    auditListRoutes(app, ctx);
    auditExportRoutes(app, ctx);
  };
