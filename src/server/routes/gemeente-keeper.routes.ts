import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gemeenteCodeParams, gemeenteSchemesSchema } from '../../contract/benefits';
import { idSchema } from '../../contract/common';
import type { Db } from '../../db/client';
import {
  getGemeenteSchemes,
  handOverGemeenteSchemes,
  organisationWorksIn,
} from '../../db/benefits/gemeente-schemes.repository';
import { gemeenteConfigSchema } from '../../domain/benefits';
import type { AppContext } from '../app';
import { shippedStart } from '../benefits/shipped-gemeenten';
import { audit, type AuditEntry } from '../audit';
import { AppError, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';

// One organisation keeps a gemeente's municipal schemes: the first to save them. Another
// organisation working in the same gemeente cannot overwrite them; the keeper hands them over
// explicitly, and both organisations see that in their access logs.

export const notKeeper = () =>
  new AppError(403, 'not_keeper', message('problem.gemeenteKeeper.notKeeper'));

/** A refused change is logged for the one who tried and for the keeper. */
export async function auditRefusedSchemesChange(
  db: Db,
  request: FastifyRequest,
  code: string,
  keeperId: string,
) {
  const entry: AuditEntry = {
    action: 'gemeente_schemes.save',
    targetType: 'gemeente-schemes',
    targetId: code,
    outcome: 'denied',
    details: { reason: 'not_keeper' },
  };
  await audit(db, request, entry);
  await audit(db, request, { ...entry, organisationId: keeperId });
}

export const gemeenteKeeperRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.post(
      '/gemeenten/:code/schemes/keeper',
      {
        config: { access: ['beheerder'] },
        schema: {
          summary:
            "Hand the keeping of a gemeente's municipal schemes to another organisation that works there",
          params: gemeenteCodeParams,
          body: z.strictObject({ organisationId: idSchema }),
          response: { 200: gemeenteSchemesSchema },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const { code } = request.params;
        const to = request.body.organisationId;
        const row = await getGemeenteSchemes(db, code);
        if (!row) throw notFound(message('problem.gemeenteKeeper.noSchemes', { code }));
        if (row.organisationId !== auth.user.organisationId) {
          await auditRefusedSchemesChange(db, request, code, row.organisationId);
          throw notKeeper();
        }
        if (!(await organisationWorksIn(db, to, code)))
          throw invalidField(
            'organisationId',
            'not_in_gemeente',
            message('problem.gemeenteKeeper.notInGemeente'),
          );
        await db.transaction(async (tx) => {
          if (!(await handOverGemeenteSchemes(tx, { code, from: auth.user.organisationId, to })))
            throw notKeeper();
          const entry: AuditEntry = {
            action: 'gemeente_schemes.hand_over',
            targetType: 'gemeente-schemes',
            targetId: code,
            details: { from: auth.user.organisationId, to },
          };
          await audit(tx, request, entry);
          await audit(tx, request, { ...entry, organisationId: to });
        });
        const now = (await getGemeenteSchemes(db, code))!;
        return {
          code,
          version: now.version,
          updatedAt: now.updatedAt.toISOString(),
          updatedBy: now.updatedBy,
          organisationName: now.organisationName,
          canEdit: false,
          config: gemeenteConfigSchema.parse(now.config),
          shippedConfig: shippedStart(code),
        };
      },
    );
  };
