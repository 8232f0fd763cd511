import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DRAWING_BODY_LIMIT_KB,
  drawingListSchema,
  drawingParams,
  drawingSchema,
  saveDrawingBody,
} from '../../contract/kleurplaat';
import { okSchema } from '../../contract/common';
import { hasConsent } from '../../db/households/consents.repository';
import {
  deleteDrawing,
  drawingsOf,
  insertDrawing,
  type DrawingRow,
} from '../../db/households/drawings.repository';
import { drawingProblems, withoutBlanks } from '../../domain/kleurplaat/drawing';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import {
  AppError,
  conflict,
  fieldError,
  invalidField,
  notFound,
  validationSummary,
} from '../errors';
import { caseworkers, openHousehold } from '../households/access';
import { currentAuth } from '../plugins/auth';

// A child's praatkleurplaat kept in the household's record (issue 13). Household data: the
// household's access rules, an access-log row for every read and change, and only with the
// household's consent for it. Without that consent nothing is stored; the drawing stays in the
// browser and is gone when the page closes.

const TAGS = ['households'];
const deleteParams = drawingParams.extend({ drawingId: z.uuid() });

const view = (row: DrawingRow) => ({
  id: row.id,
  childRef: row.childRef,
  fills: row.fills,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
});

function drawingListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/drawings',
    {
      config: { access: caseworkers },
      schema: {
        summary: "The household's kept colouring pages, and whether its consent allows keeping one",
        tags: TAGS,
        params: drawingParams,
        response: { 200: drawingListSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'drawing.list');
      return {
        canSave: await hasConsent(db, h.id, 'kleurplaat'),
        children: h.data.children.map((c) => c.ref),
        drawings: (await drawingsOf(db, h.id)).map(view),
      };
    },
  );
}

function drawingSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/drawings',
    {
      bodyLimit: DRAWING_BODY_LIMIT_KB * 1024,
      config: {
        access: caseworkers,
        bodyTooLarge: message('kleurplaat.problem.tooLarge', { limit: DRAWING_BODY_LIMIT_KB }),
      },
      schema: {
        summary: "Keep a child's colouring page in the household's record (needs consent for it)",
        tags: TAGS,
        params: drawingParams,
        body: saveDrawingBody,
        response: { 201: drawingSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'drawing.save', {
        logSuccess: false,
      });
      const { childRef, fills, note } = request.body;
      if (!h.data.children.some((c) => c.ref === childRef))
        throw invalidField('childRef', 'unknown_child', message('kleurplaat.problem.unknownChild'));
      const problems = drawingProblems(fills).slice(0, 20);
      if (problems.length > 0)
        throw new AppError(
          422,
          'validation_failed',
          validationSummary,
          problems.map((p) => fieldError(p.field, 'unknown_value', message(p.key))),
        );
      const kept = withoutBlanks(fills);
      if (Object.keys(kept).length === 0)
        throw invalidField('fills', 'empty_drawing', message('kleurplaat.problem.noFills'));
      if (!(await hasConsent(db, h.id, 'kleurplaat')))
        throw conflict('consent_missing', message('kleurplaat.problem.consentMissing'));
      const row = await db.transaction(async (tx) => {
        const saved = await insertDrawing(tx, {
          householdId: h.id,
          childRef,
          fills: kept,
          note: note || null,
          createdBy: auth.user.id,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'drawing.save',
          targetType: 'household',
          targetId: h.id,
        });
        return saved;
      });
      return reply.status(201).send(view(row));
    },
  );
}

function drawingDeleteRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.delete(
    '/households/:id/drawings/:drawingId',
    {
      config: { access: caseworkers },
      schema: {
        summary: "Delete one of the household's kept colouring pages",
        tags: TAGS,
        params: deleteParams,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'drawing.delete', {
        logSuccess: false,
      });
      await db.transaction(async (tx) => {
        if (!(await deleteDrawing(tx, h.id, request.params.drawingId)))
          throw notFound(message('kleurplaat.problem.notFound'));
        await audit(tx, request, {
          action: 'drawing.delete',
          targetType: 'household',
          targetId: h.id,
        });
      });
      return { ok: true as const };
    },
  );
}

export const drawingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    drawingListRoutes(app, ctx);
    drawingSaveRoutes(app, ctx);
    drawingDeleteRoutes(app, ctx);
  };
