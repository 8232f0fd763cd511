import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, desc, eq, isNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import { handleSuggestionBody, suggestionBody } from '../../contract/catalogue';
import { getInterventionRow } from '../../db/catalogue/catalogue.repository';
import { getOfferRow } from '../../db/catalogue/offers.repository';
import { getSpecialistRow } from '../../db/catalogue/specialists.repository';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import { interventions, localOffers, specialists, suggestions, users } from '../../db/schema';
import { freshnessCutoff } from '../../domain/catalogue/freshness';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';

const suggestionSchema = z.object({
  id: z.string(),
  targetType: z.enum(['intervention', 'offer', 'specialist']),
  targetId: z.string(),
  targetName: z.string(),
  message: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'accepted', 'rejected']),
  response: z.string().nullable(),
  handledAt: z.string().nullable(),
});

const staleEntrySchema = z.object({
  type: z.enum(['intervention', 'offer', 'specialist']),
  id: z.string(),
  name: z.string(),
  interventionId: z.string().nullable(),
  lastCheckedAt: z.string(),
  lastCheckedBy: z.string().nullable(),
});

export const reviewRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /** The name of what a suggestion is about, and the organisation whose queue it lands in. */
    async function target(
      type: 'intervention' | 'offer' | 'specialist',
      id: string,
      suggesterOrg: string,
    ) {
      if (type === 'intervention') {
        const row = await getInterventionRow(db, id);
        // National items have no owner here: the suggestion goes to the suggester's own queue.
        return row ? { name: row.name, organisationId: row.organisationId ?? suggesterOrg } : null;
      }
      if (type === 'offer') {
        const row = z.uuid().safeParse(id).success ? await getOfferRow(db, id) : null;
        if (!row) return null;
        const item = await getInterventionRow(db, row.interventionId);
        return { name: item?.name ?? row.interventionId, organisationId: row.organisationId };
      }
      const row = z.uuid().safeParse(id).success ? await getSpecialistRow(db, id) : null;
      return row
        ? { name: String((row.data as { name: string }).name), organisationId: row.organisationId }
        : null;
    }

    app.post(
      '/suggestions',
      {
        config: { access: 'authenticated' },
        schema: {
          summary:
            'Suggest a correction; it lands in the review queue of the organisation that keeps the entry',
          body: suggestionBody,
          response: { 201: z.object({ id: z.string() }) },
        },
      },
      async (request, reply) => {
        const auth = currentAuth(request);
        const found = await target(
          request.body.targetType,
          request.body.targetId,
          auth.user.organisationId,
        );
        if (!found) {
          throw invalidField('targetId', 'unknown_target', {
            nl: 'Dit onderdeel van de wegwijzer bestaat niet.',
            en: 'This part of the catalogue does not exist.',
          });
        }
        const id = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(suggestions)
            .values({
              ...request.body,
              organisationId: found.organisationId,
              createdBy: auth.user.id,
              createdAt: ctx.now(),
            })
            .returning({ id: suggestions.id });
          await audit(tx, request, {
            action: 'suggestions.created',
            targetType: request.body.targetType,
            targetId: request.body.targetId,
          });
          return row!.id;
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
        const rows = await db
          .select({ s: suggestions, author: users.name })
          .from(suggestions)
          .innerJoin(users, eq(users.id, suggestions.createdBy))
          .where(
            and(
              eq(suggestions.organisationId, auth.user.organisationId),
              request.query.status ? eq(suggestions.status, request.query.status) : undefined,
            ),
          )
          .orderBy(desc(eq(suggestions.status, 'open')), desc(suggestions.createdAt));
        return Promise.all(
          rows.map(async ({ s, author }) => ({
            id: s.id,
            targetType: s.targetType,
            targetId: s.targetId,
            targetName:
              (await target(s.targetType, s.targetId, s.organisationId))?.name ?? s.targetId,
            message: s.message,
            createdBy: author,
            createdAt: s.createdAt.toISOString(),
            status: s.status,
            response: s.response,
            handledAt: s.handledAt?.toISOString() ?? null,
          })),
        );
      },
    );

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
        const [row] = await db
          .select()
          .from(suggestions)
          .where(
            and(
              eq(suggestions.id, request.params.id),
              eq(suggestions.organisationId, auth.user.organisationId),
            ),
          );
        if (!row)
          throw notFound({
            nl: 'Deze suggestie bestaat niet.',
            en: 'This suggestion does not exist.',
          });
        if (row.status !== 'open') {
          throw conflict('suggestion_handled', {
            nl: 'Deze suggestie is al afgehandeld.',
            en: 'This suggestion has already been handled.',
          });
        }
        await db.transaction(async (tx) => {
          await tx
            .update(suggestions)
            .set({
              status: request.body.status,
              response: request.body.response ?? null,
              handledBy: auth.user.id,
              handledAt: ctx.now(),
            })
            .where(eq(suggestions.id, row.id));
          await audit(tx, request, {
            action: `suggestions.${request.body.status}`,
            targetType: 'suggestion',
            targetId: row.id,
          });
        });
        return { ok: true as const };
      },
    );

    app.get(
      '/catalogue/stale',
      {
        config: { access: editors },
        schema: {
          summary:
            "Your organisation's entries not checked within the freshness period, oldest first",
          response: {
            200: z.object({
              freshnessMonths: z.number(),
              cutoff: z.string(),
              entries: z.array(staleEntrySchema),
            }),
          },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        const org = await getOrganisation(db, auth.user.organisationId);
        const cutoff = freshnessCutoff(ctx.now(), org!.settings.freshnessMonths);
        const orgId = auth.user.organisationId;
        const [items, offers, people] = await Promise.all([
          db
            .select({
              id: interventions.id,
              name: interventions.name,
              at: interventions.lastCheckedAt,
              by: users.name,
            })
            .from(interventions)
            .leftJoin(users, eq(users.id, interventions.lastCheckedBy))
            .where(
              and(
                eq(interventions.organisationId, orgId),
                isNull(interventions.archivedAt),
                lt(interventions.lastCheckedAt, cutoff),
              ),
            ),
          db
            .select({
              id: localOffers.id,
              name: interventions.name,
              interventionId: interventions.id,
              at: localOffers.lastCheckedAt,
              by: users.name,
            })
            .from(localOffers)
            .innerJoin(interventions, eq(interventions.id, localOffers.interventionId))
            .leftJoin(users, eq(users.id, localOffers.lastCheckedBy))
            .where(
              and(
                eq(localOffers.organisationId, orgId),
                isNull(localOffers.archivedAt),
                lt(localOffers.lastCheckedAt, cutoff),
              ),
            ),
          db
            .select({
              id: specialists.id,
              data: specialists.data,
              at: specialists.lastCheckedAt,
              by: users.name,
            })
            .from(specialists)
            .leftJoin(users, eq(users.id, specialists.lastCheckedBy))
            .where(
              and(
                eq(specialists.organisationId, orgId),
                isNull(specialists.archivedAt),
                lt(specialists.lastCheckedAt, cutoff),
              ),
            )
            .orderBy(asc(specialists.lastCheckedAt)),
        ]);
        const entries = [
          ...items.map((r) => ({
            type: 'intervention' as const,
            id: r.id,
            name: r.name,
            interventionId: r.id,
            lastCheckedAt: r.at.toISOString(),
            lastCheckedBy: r.by,
          })),
          ...offers.map((r) => ({
            type: 'offer' as const,
            id: r.id,
            name: r.name,
            interventionId: r.interventionId,
            lastCheckedAt: r.at.toISOString(),
            lastCheckedBy: r.by,
          })),
          ...people.map((r) => ({
            type: 'specialist' as const,
            id: r.id,
            name: String((r.data as { name: string }).name),
            interventionId: null,
            lastCheckedAt: r.at.toISOString(),
            lastCheckedBy: r.by,
          })),
        ].sort((a, b) => a.lastCheckedAt.localeCompare(b.lastCheckedAt));
        return {
          freshnessMonths: org!.settings.freshnessMonths,
          cutoff: cutoff.toISOString(),
          entries,
        };
      },
    );
  };
