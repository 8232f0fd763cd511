import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createdIdSchema,
  handleSuggestionBody,
  staleEntriesSchema,
  suggestionBody,
  suggestionSchema,
} from '../../contract/catalogue';
import { getInterventionRow } from '../../db/catalogue/catalogue.repository';
import { offerEntries } from '../../db/catalogue/offers.repository';
import { specialistEntries } from '../../db/catalogue/specialists.repository';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import {
  addSuggestion,
  closeSuggestion,
  getSuggestion,
  listSuggestions,
  staleEntries,
} from '../../db/catalogue/review.repository';
import { freshnessCutoff } from '../../domain/catalogue/freshness';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';
import { message } from '../../domain/message';

/** The name of what a suggestion is about, and the organisation whose queue it lands in. */
async function target(
  db: Db,
  type: 'intervention' | 'offer' | 'specialist',
  id: string,
  suggesterOrg: string,
) {
  if (type === 'intervention') {
    const row = await getInterventionRow(db, id);
    // An archived entry exists only for the organisation that keeps it.
    if (!row || (row.archivedAt && row.organisationId !== suggesterOrg)) return null;
    // National items have no owner here: the suggestion goes to the suggester's own queue.
    return { name: row.name, organisationId: row.organisationId ?? suggesterOrg };
  }
  if (type === 'offer') {
    const row = z.uuid().safeParse(id).success
      ? await offerEntries.readable(db, id, suggesterOrg)
      : null;
    if (!row) return null;
    const item = await getInterventionRow(db, row.interventionId);
    return { name: item?.name ?? row.interventionId, organisationId: row.organisationId };
  }
  const row = z.uuid().safeParse(id).success
    ? await specialistEntries.readable(db, id, suggesterOrg)
    : null;
  return row ? { name: row.data.name, organisationId: row.organisationId } : null;
}

function suggestionRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/suggestions',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'Suggest a correction; it lands in the review queue of the organisation that keeps the entry',
        body: suggestionBody,
        response: { 201: createdIdSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const found = await target(
        db,
        request.body.targetType,
        request.body.targetId,
        auth.user.organisationId,
      );
      if (!found) {
        throw invalidField('targetId', 'unknown_target', message('problem.review.unknownTarget'));
      }
      const id = await db.transaction(async (tx) => {
        const created = await addSuggestion(tx, {
          ...request.body,
          organisationId: found.organisationId,
          createdBy: auth.user.id,
          createdAt: ctx.now(),
        });
        await audit(tx, request, {
          action: 'suggestion.create',
          targetType: request.body.targetType,
          targetId: request.body.targetId,
        });
        return created;
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/suggestions',
    {
      config: { access: editors },
      schema: {
        summary: 'The review queue of your organisation (open first)',
        querystring: z.strictObject({
          status: z.enum(['open', 'accepted', 'rejected']).optional(),
        }),
        response: { 200: z.array(suggestionSchema) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await listSuggestions(db, auth.user.organisationId, request.query.status);
      return Promise.all(
        rows.map(async (s) => ({
          id: s.id,
          targetType: s.targetType,
          targetId: s.targetId,
          targetName:
            (await target(db, s.targetType, s.targetId, s.organisationId))?.name ?? s.targetId,
          message: s.message,
          createdBy: s.author,
          createdAt: s.createdAt.toISOString(),
          status: s.status,
          response: s.response,
          handledAt: s.handledAt?.toISOString() ?? null,
        })),
      );
    },
  );
}

function suggestionReviewRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.patch(
    '/suggestions/:id',
    {
      config: { access: editors },
      schema: {
        summary: 'Accept or reject a suggestion, with an optional answer',
        params: z.strictObject({ id: z.uuid() }),
        body: handleSuggestionBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await getSuggestion(db, auth.user.organisationId, request.params.id);
      if (!row) throw notFound(message('problem.review.notFound'));
      const handled = () =>
        conflict('suggestion_handled', message('problem.review.suggestionHandled'));
      if (row.status !== 'open') throw handled();
      await db.transaction(async (tx) => {
        const closed = await closeSuggestion(tx, row.id, {
          status: request.body.status,
          response: request.body.response ?? null,
          by: auth.user.id,
          at: ctx.now(),
        });
        if (!closed) throw handled();
        await audit(tx, request, {
          action: request.body.status === 'accepted' ? 'suggestion.accept' : 'suggestion.reject',
          targetType: 'suggestion',
          targetId: row.id,
        });
      });
      return { ok: true as const };
    },
  );
}

function staleCatalogueRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/stale',
    {
      config: { access: editors },
      schema: {
        summary:
          "Your organisation's entries not checked within the freshness period, oldest first",
        response: {
          200: staleEntriesSchema,
        },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const org = await getOrganisation(db, auth.user.organisationId);
      const cutoff = freshnessCutoff(ctx.now(), org!.settings.freshnessMonths);
      const entries = (await staleEntries(db, auth.user.organisationId, cutoff)).map((e) => ({
        ...e,
        lastCheckedAt: e.lastCheckedAt?.toISOString() ?? null,
      }));
      return {
        freshnessMonths: org!.settings.freshnessMonths,
        cutoff: cutoff.toISOString(),
        entries,
      };
    },
  );
}

export const reviewRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    suggestionRoutes(app, ctx);
    suggestionReviewRoutes(app, ctx);
    staleCatalogueRoutes(app, ctx);
  };
