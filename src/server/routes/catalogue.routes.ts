import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  capitalsViewSchema,
  createdIdSchema,
  interventionDetailSchema,
  localInterventionBody,
  localItemSummarySchema,
  savedEntrySchema,
  vocabulariesViewSchema,
  type LocalInterventionBody,
} from '../../contract/catalogue';
import {
  getInterventionRow,
  itemFromRow,
  loadOffers,
  localItemsOf,
} from '../../db/catalogue/catalogue.repository';
import type { CatalogueItem } from '../../domain/catalogue/types';
import {
  localItemEntries,
  newLocalItem,
  type LocalItemData,
} from '../../db/catalogue/local-items.repository';
import { findOrganisationName } from '../../db/repositories/organisations.repository';
import { userName } from '../../db/repositories/users.repository';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { stalenessCheck } from '../catalogue/freshness';
import { vocabularyErrors } from '../catalogue/vocabulary-check';
import { AppError, forbidden, notFound, validationSummary } from '../errors';
import { currentAuth } from '../plugins/auth';
import { registerVersionedEntryRoutes } from './versioned-entry.routes';

export const editors = ['beleidsmedewerker', 'beheerder'] as const;
const itemNotFound = () => notFound(message('problem.catalogue.notFound'));

export function localItemData(body: LocalInterventionBody, lastReviewed: string): LocalItemData {
  return {
    name: body.name,
    kind: body.kind,
    summary: body.summary,
    description: body.description,
    capitals: body.capitals as LocalItemData['capitals'],
    workingElements: body.workingElements,
    targetGroups: body.targetGroups,
    ageRange: body.ageRange,
    phases: body.phases as LocalItemData['phases'],
    povertyTypes: body.povertyTypes as LocalItemData['povertyTypes'],
    lifeEvents: body.lifeEvents,
    domains: body.domains,
    evidence: {
      level: body.evidence.level,
      source: body.evidence.source,
      date: body.evidence.asOf,
      ...(body.evidence.note ? { note: body.evidence.note } : {}),
    },
    providers: body.providers,
    links: body.links,
    sources: [],
    lastReviewed,
  };
}

/** The API names the evidence's year-or-date `asOf`: it is not always a date (ADR 0005). */
function apiItem(item: CatalogueItem) {
  const { date, ...evidence } = item.evidence;
  return { ...item, evidence: { ...evidence, asOf: date } };
}

function assertVocabulary(ctx: AppContext, body: LocalInterventionBody) {
  const errors = vocabularyErrors(body, ctx.content.vocabularies);
  if (errors.length) throw new AppError(422, 'validation_failed', validationSummary, errors);
}

/** Marking a local item checked, archiving and restoring it, and its history. A national item has no organisation, so only an organisation's own local items pass. */
function localItemLifecycleRoutes(app: RouteApp, ctx: AppContext) {
  return registerVersionedEntryRoutes(app, ctx, {
    entries: localItemEntries,
    path: '/catalogue/interventions',
    idSchema: z.string().min(1).max(200),
    access: editors,
    subject: 'intervention',
    notFound: itemNotFound,
    notOwn: forbidden,
    summaries: {
      step: 'Mark a local intervention as checked, archive it or restore it',
      history: 'Every version of a local intervention: who changed what, when',
    },
    response: savedEntrySchema,
    present: (row) => ({ id: row.id, version: row.version }),
  });
}

function vocabularyRoutes(app: RouteApp, ctx: AppContext) {
  app.get(
    '/catalogue/vocabularies',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Vocabularies (ids with Dutch and English labels)',
        response: { 200: vocabulariesViewSchema },
      },
    },
    async () => ctx.content.vocabularies,
  );

  app.get(
    '/catalogue/capitals',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The five capital sources and how they interact',
        response: { 200: capitalsViewSchema },
      },
    },
    async () => {
      // Name and summary of the example interventions, so a page can link them without more calls.
      const byId = new Map(ctx.content.interventions.map((i) => [i.id, i]));
      const ids = ctx.content.capitals.capitals.flatMap((c) => c.example_interventions);
      return {
        ...ctx.content.capitals,
        examples: Object.fromEntries(
          ids.map((id) => [
            id,
            { id, name: byId.get(id)?.name ?? id, summary: byId.get(id)?.summary ?? '' },
          ]),
        ),
      };
    },
  );
}

function interventionReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/interventions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One intervention with every local offer and its contact',
        params: z.strictObject({ id: z.string().min(1).max(200) }),
        response: { 200: interventionDetailSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await getInterventionRow(db, request.params.id);
      const mine = row?.organisationId === auth.user.organisationId;
      if (!row || (row.archivedAt && !mine)) throw itemNotFound();
      const offers = await loadOffers(db, { interventionIds: [row.id] });
      const now = ctx.now();
      const stale = await stalenessCheck(
        db,
        [row.organisationId ?? '', ...offers.map((o) => o.organisationId)].filter(Boolean),
        now,
      );
      const checker = row.lastCheckedBy ? await userName(db, row.lastCheckedBy) : null;
      const owner = row.organisationId ? await findOrganisationName(db, row.organisationId) : null;
      // Own organisation first: that is whom a worker calls first.
      offers.sort(
        (a, b) =>
          Number(b.organisationId === auth.user.organisationId) -
          Number(a.organisationId === auth.user.organisationId),
      );
      return {
        item: apiItem(itemFromRow(row)),
        archived: row.archivedAt !== null,
        version: row.version,
        lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
        lastCheckedBy: checker,
        stale: stale(row.organisationId, row.lastCheckedAt),
        owner: owner ?? null,
        offers: offers.map((o) => ({ ...o, stale: stale(o.organisationId, o.lastCheckedAt) })),
      };
    },
  );
}

function localItemWriteRoutes(
  app: RouteApp,
  ctx: AppContext,
  localItem: ReturnType<typeof localItemLifecycleRoutes>,
) {
  app.post(
    '/catalogue/interventions',
    {
      config: { access: editors },
      schema: {
        summary: 'Add a local intervention of your organisation',
        body: localInterventionBody,
        response: { 201: createdIdSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      assertVocabulary(ctx, request.body);
      const now = ctx.now();
      const row = await localItem.create(
        request,
        newLocalItem({
          organisationId: auth.user.organisationId,
          data: localItemData(request.body, now.toISOString().slice(0, 10)),
        }),
        { checked: request.body.checked },
      );
      return reply.status(201).send({ id: row.id });
    },
  );

  app.put(
    '/catalogue/interventions/:id',
    {
      config: { access: editors },
      schema: {
        summary: 'Change a local intervention of your organisation (a new version is kept)',
        params: z.strictObject({ id: z.string().min(1).max(200) }),
        body: localInterventionBody,
        response: { 200: savedEntrySchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const current = await localItem.own(auth.user.organisationId, request.params.id);
      assertVocabulary(ctx, request.body);
      // `lastReviewed` of a local item stays the day it was written; its checked date is the
      // row's (ADR 0205), so saving the same content does not count as a change.
      const row = await localItem.update(
        request,
        request.params.id,
        localItemData(request.body, current.data.lastReviewed),
        { checked: request.body.checked },
      );
      return { id: row.id, version: row.version };
    },
  );
}

function localItemListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/local',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The local interventions your organisation keeps',
        response: {
          200: z.array(localItemSummarySchema),
        },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await localItemsOf(db, auth.user.organisationId);
      const stale = await stalenessCheck(db, [auth.user.organisationId], ctx.now());
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        archived: r.archivedAt !== null,
        lastCheckedAt: r.lastCheckedAt?.toISOString() ?? null,
        version: r.version,
        stale: stale(auth.user.organisationId, r.lastCheckedAt),
      }));
    },
  );
}

export const catalogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    vocabularyRoutes(app, ctx);
    interventionReadRoutes(app, ctx);
    const localItem = localItemLifecycleRoutes(app, ctx);
    localItemWriteRoutes(app, ctx, localItem);
    localItemListRoutes(app, ctx);
  };
