import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localOfferBody, localOfferSchema, updateLocalOfferBody } from '../../contract/catalogue';
import {
  getInterventionRow,
  interventionNames,
  loadOffers,
} from '../../db/catalogue/catalogue.repository';
import { offerEntries, type OfferData } from '../../db/catalogue/offers.repository';
import { getOrganisation } from '../../db/repositories/organisations.repository';
import type { Db } from '../../db/client';
import { offerIsReachable, unreachableOffer } from '../../domain/catalogue/reachable';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { stalenessCheck } from '../catalogue/freshness';
import { invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';
import { registerVersionedEntryRoutes } from './versioned-entry.routes';

const offerNotFound = () => notFound(message('problem.offers.notFound'));

/** An offer's gemeenten must be gemeenten the organisation works in. */
export async function assertOwnGemeenten(
  db: Db,
  organisationId: string,
  codes: string[],
  field = 'gemeenten',
) {
  const org = await getOrganisation(db, organisationId);
  const own = new Set(org!.gemeenten.map((g) => g.code));
  const index = codes.findIndex((c) => !own.has(c));
  if (index >= 0) {
    throw invalidField(
      `${field}.${index}`,
      'gemeente_not_served',
      message('problem.offers.gemeenteNotServed', { code: codes[index]! }),
    );
  }
}

export function offerData(body: z.infer<typeof localOfferBody> | OfferData): OfferData {
  return {
    gemeenten: body.gemeenten ?? [],
    wijk: body.wijk ?? null,
    howToRefer: body.howToRefer ?? null,
    costs: body.costs ?? null,
    contact: body.contact
      ? {
          name: body.contact.name,
          function: body.contact.function ?? null,
          phone: body.contact.phone ?? null,
          email: body.contact.email ?? null,
          public: body.contact.public ?? false,
        }
      : null,
  };
}

async function view(ctx: AppContext, id: string) {
  const { db } = ctx.database;
  const [offer] = await loadOffers(db, { ids: [id], includeArchived: true });
  const stale = await stalenessCheck(db, [offer!.organisationId], ctx.now());
  return { ...offer!, stale: stale(offer!.organisationId, offer!.lastCheckedAt) };
}

/** Marking an offer checked, archiving and restoring it, and its history. */
function offerLifecycleRoutes(app: RouteApp, ctx: AppContext) {
  return registerVersionedEntryRoutes(app, ctx, {
    entries: offerEntries,
    path: '/catalogue/offers',
    idSchema: z.uuid(),
    access: editors,
    subject: 'offer',
    notFound: offerNotFound,
    summaries: {
      step: 'Mark a local offer as checked (still correct), archive it or restore it',
      history: 'Every version of a local offer: who changed what, when',
    },
    response: localOfferSchema,
    present: (row) => view(ctx, row.id),
  });
}

function offerReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/offers',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: "Your organisation's local offer, including archived entries",
        response: { 200: z.array(localOfferSchema.extend({ interventionName: z.string() })) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const offers = await loadOffers(db, {
        organisationId: auth.user.organisationId,
        includeArchived: true,
      });
      const stale = await stalenessCheck(db, [auth.user.organisationId], ctx.now());
      const names = await interventionNames(
        db,
        offers.map((o) => o.interventionId),
      );
      return offers
        .map((o) => ({
          ...o,
          interventionName: names.get(o.interventionId) ?? o.interventionId,
          stale: stale(o.organisationId, o.lastCheckedAt),
        }))
        .sort((a, b) => a.interventionName.localeCompare(b.interventionName, 'nl'));
    },
  );

  app.get(
    '/catalogue/offers/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One local offer',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: localOfferSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await offerEntries.readable(db, request.params.id, auth.user.organisationId);
      if (!row) throw offerNotFound();
      return view(ctx, row.id);
    },
  );
}

function offerWriteRoutes(
  app: RouteApp,
  ctx: AppContext,
  offer: ReturnType<typeof offerLifecycleRoutes>,
) {
  const { db } = ctx.database;
  app.post(
    '/catalogue/offers',
    {
      config: { access: editors },
      schema: {
        summary: 'Record that your organisation offers an intervention',
        body: localOfferBody,
        response: { 201: localOfferSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const item = await getInterventionRow(db, request.body.interventionId);
      if (!item || item.archivedAt) {
        throw invalidField(
          'interventionId',
          'unknown_intervention',
          message('problem.offers.unknownIntervention'),
        );
      }
      await assertOwnGemeenten(db, auth.user.organisationId, request.body.gemeenten);
      const row = await offer.create(
        request,
        {
          organisationId: auth.user.organisationId,
          interventionId: item.id,
          data: offerData(request.body),
        },
        { interventionId: item.id, checked: request.body.checked },
      );
      return reply.status(201).send(await view(ctx, row.id));
    },
  );

  app.patch(
    '/catalogue/offers/:id',
    {
      config: { access: editors },
      schema: {
        summary: 'Change a local offer of your organisation (a new version is kept)',
        params: z.strictObject({ id: z.uuid() }),
        body: updateLocalOfferBody,
        response: { 200: localOfferSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await offer.own(auth.user.organisationId, request.params.id);
      if (request.body.gemeenten)
        await assertOwnGemeenten(db, auth.user.organisationId, request.body.gemeenten);
      const current = row.data;
      const merged = offerData({
        ...current,
        ...request.body,
        contact: 'contact' in request.body ? (request.body.contact ?? null) : current.contact,
      } as OfferData);
      if (!offerIsReachable(merged))
        throw invalidField('contact', 'offer_unreachable', unreachableOffer);
      const { checked, ...fields } = request.body;
      await offer.update(request, row.id, merged, { changed: Object.keys(fields), checked });
      return view(ctx, row.id);
    },
  );
}

export const offerRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const offer = offerLifecycleRoutes(app, ctx);
    offerReadRoutes(app, ctx);
    offerWriteRoutes(app, ctx, offer);
  };
