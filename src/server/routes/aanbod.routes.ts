import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../contract/common';
import {
  aanbodQuery,
  aanbodSchema,
  decisionDetailSchema,
  newDecisionBody,
  saveDecisionBody,
} from '../../contract/aanbod';
import {
  decisionAbout,
  decisionHistory,
  decisionOf,
  insertDecision,
  saveDecision,
} from '../../db/aanbod/aanbod.repository';
import {
  checkNewDecision,
  checkRevision,
  isInUse,
  type DecisionProblem,
} from '../../domain/aanbod';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { AppError, conflict, fieldError, notFound, validationSummary } from '../errors';
import type { AuthContext } from '../plugins/auth';
import { currentAuth } from '../plugins/auth';
import {
  assertMayDecide,
  buildAanbod,
  decisionData,
  gemeenteOfScope,
  itemUse,
  mayDecide,
} from '../reports/aanbod';

// The offer per capital (issue 15, item 5, ADR 1503): the organisation's (or, for a gemeente it
// works in, the gemeente side's) offer with evidence and local outcomes, and the decisions about it.

const tags = ['aanbod'];
const access = ['teamleider', 'beleidsmedewerker'] as const;
const params = z.strictObject({ id: idSchema });
const decisionNotFound = () => notFound(message('aanbod.problem.notFound'));

function refuse(problems: DecisionProblem[]) {
  if (problems.length === 0) return;
  throw new AppError(
    422,
    'validation_failed',
    validationSummary,
    problems.map((p) => fieldError(p.field, p.code, p.message)),
  );
}

/** A decision of the asker's organisation with its history, or 404. */
async function present(ctx: AppContext, auth: AuthContext, id: string) {
  const { db } = ctx.database;
  const decision = await decisionOf(db, id, auth.user.organisationId);
  if (!decision) throw decisionNotFound();
  const history = await decisionHistory(db, id);
  const policy = ctx.content.policyOptions.find((p) => p.id === decision.subjectId);
  const { items } = await ctx.catalogue();
  const name = items.get(decision.subjectId)?.name ?? decision.subjectId;
  return {
    ...decisionData(decision),
    subjectName: decision.kind === 'policy' && policy ? policy.title : { nl: name, en: name },
    canDecide: mayDecide(auth, decision.scope),
    history: history.map((h) => ({ ...h, savedAt: h.savedAt.toISOString() })),
  };
}

function aanbodReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/aanbod',
    {
      config: { access },
      schema: {
        summary:
          'The offer per capital of your organisation (or of a gemeente it works in): interventions in use with evidence and local outcomes (cells under 10 households hidden), policy options and the decisions about them',
        tags,
        querystring: aanbodQuery,
        response: { 200: aanbodSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { aanbod, households } = await buildAanbod(ctx, auth, request.query.scope);
      await audit(db, request, {
        action: 'aanbod.read',
        details: { scope: aanbod.scope, households },
      });
      return aanbod;
    },
  );

  app.get(
    '/aanbod/decisions/:id',
    {
      config: { access },
      schema: {
        summary: 'A decision about the offer with its history: who saved what, when',
        tags,
        params,
        response: { 200: decisionDetailSchema },
      },
    },
    async (request) => present(ctx, currentAuth(request), request.params.id),
  );
}

/** The subject must exist, and fit the capital it is decided under. */
async function checkSubject(
  ctx: AppContext,
  organisationId: string,
  body: z.infer<typeof newDecisionBody>,
  gemeente: string | undefined,
) {
  const notUnderCapital = () =>
    refuse([
      {
        field: 'capital',
        code: 'capital_mismatch',
        message: message('aanbod.problem.capitalMismatch'),
      },
    ]);
  const unknown = () =>
    refuse([
      {
        field: 'subjectId',
        code: 'unknown_subject',
        message: message('aanbod.problem.unknownSubject'),
      },
    ]);
  if (body.kind === 'policy') {
    const option = ctx.content.policyOptions.find((p) => p.id === body.subjectId);
    if (!option) unknown();
    if (!option!.capitals.includes(body.capital)) notUnderCapital();
    return false;
  }
  const { items, use } = await itemUse(ctx, organisationId, gemeente);
  const item = items.get(body.subjectId);
  if (!item) unknown();
  if (!item!.primaryCapitals.includes(body.capital)) notUnderCapital();
  return isInUse(use.get(body.subjectId));
}

function aanbodWriteRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/aanbod/decisions',
    {
      config: { access },
      schema: {
        summary:
          'Decide about an intervention or policy option under a capital: doorgaan, versterken, toevoegen or stoppen, with a reason',
        tags,
        body: newDecisionBody,
        response: { 201: decisionDetailSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const body = request.body;
      const gemeente = gemeenteOfScope(auth, body.scope);
      assertMayDecide(auth, body.scope);
      const inUse = await checkSubject(ctx, auth.user.organisationId, body, gemeente);
      refuse(checkNewDecision({ ...body, inUse }));
      const id = await db.transaction(async (tx) => {
        const exists = () => conflict('decision_exists', message('aanbod.problem.decisionExists'));
        if (await decisionAbout(tx, auth.user.organisationId, body)) throw exists();
        const created = await insertDecision(tx, {
          ...body,
          organisationId: auth.user.organisationId,
          status: 'besloten',
          note: body.note || null,
          userId: auth.user.id,
          now: ctx.now(),
        });
        if (!created) throw exists();
        await audit(tx, request, {
          action: 'aanbod.decide',
          targetType: 'offer_decision',
          targetId: created,
          details: { scope: body.scope, capital: body.capital, decision: body.decision },
        });
        return created;
      });
      return reply.status(201).send(await present(ctx, auth, id));
    },
  );
}

function aanbodSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/aanbod/decisions/:id',
    {
      config: { access },
      schema: {
        summary:
          'Save a decision: a new decision, reason or status (besloten, in-uitvoering, gedaan, herzien); refused (409) when someone saved it in between',
        tags,
        params,
        body: saveDecisionBody,
        response: { 200: decisionDetailSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { id } = request.params;
      const body = request.body;
      await db.transaction(async (tx) => {
        const current = await decisionOf(tx, id, auth.user.organisationId);
        if (!current) throw decisionNotFound();
        assertMayDecide(auth, current.scope);
        if (current.version !== body.version)
          throw conflict('version_conflict', message('aanbod.problem.versionConflict'));
        refuse(checkRevision(current, body));
        const saved = await saveDecision(tx, {
          id,
          version: current.version,
          decision: body.decision,
          reason: body.reason,
          status: body.status,
          note: body.note || null,
          userId: auth.user.id,
          now: ctx.now(),
        });
        if (!saved) throw conflict('version_conflict', message('aanbod.problem.versionConflict'));
        await audit(tx, request, {
          action: 'aanbod.update',
          targetType: 'offer_decision',
          targetId: id,
          details: { version: current.version + 1, status: body.status },
        });
      });
      return present(ctx, auth, id);
    },
  );
}

export const aanbodRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    aanbodReadRoutes(app, ctx);
    aanbodWriteRoutes(app, ctx);
    aanbodSaveRoutes(app, ctx);
  };
