import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../contract/common';
import { posterSchema } from '../../contract/catalogue';
import { liveItemsOfferedBy, loadOffers } from '../../db/catalogue/catalogue.repository';
import { listSpecialists } from '../../db/catalogue/specialists.repository';
import {
  findOrganisationName,
  getOrganisation,
} from '../../db/repositories/organisations.repository';
import { buildPoster } from '../../domain/catalogue/poster';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { notFound } from '../errors';
import { posterDocument } from '../pdf/poster-pdf';
import { renderPdf } from '../pdf/render-pdf';
import { message } from '../../domain/message';

const params = z.strictObject({ organisationId: z.uuid() });

async function poster(db: Db, organisationId: string) {
  const org = await findOrganisationName(db, organisationId, { werkorganisatie: true });
  if (!org) throw notFound(message('problem.poster.notFound'));
  const details = await getOrganisation(db, org.id);
  const offers = await loadOffers(db, { organisationId: org.id });
  const itemIds = [...new Set(offers.map((o) => o.interventionId))];
  const items = await liveItemsOfferedBy(db, org.id, itemIds);
  const people = await listSpecialists(db, { organisationId: org.id });
  return buildPoster({
    organisation: {
      id: org.id,
      name: org.name,
      gemeenten: details!.gemeenten.map((g) => g.name),
    },
    items,
    offers,
    specialists: people.map((s) => ({
      name: s.name,
      function: s.function,
      phone: s.phone,
      email: s.email,
      topics: s.topics,
    })),
  });
}

function posterPageRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/poster/:organisationId',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: "A werkorganisatie's offer grouped by capital, with contact people",
        params,
        response: { 200: posterSchema },
      },
    },
    async (request) => poster(db, request.params.organisationId),
  );
}

function posterPdfRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/catalogue/poster/:organisationId/pdf',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The poster as a PDF to print (A4 or A3)',
        params,
        querystring: z.strictObject({
          size: z.enum(['A4', 'A3']).default('A4'),
          lang: z.enum(['nl', 'en']).default('nl'),
        }),
        response: { 200: fileResponse('application/pdf', 'The poster as a PDF') },
      },
    },
    async (request, reply) => {
      const data = await poster(db, request.params.organisationId);
      const { size: formaat, lang: taal } = request.query;
      const names = Object.fromEntries(
        ctx.content.vocabularies.capitals.map((c) => [c.id, c[taal]]),
      );
      const date = ctx.now().toLocaleDateString(taal === 'en' ? 'en-GB' : 'nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      const pdf = await renderPdf(
        posterDocument(
          data,
          taal === 'en'
            ? {
                title: `What ${data.organisation.name} offers against poverty`,
                subtitle: `${data.organisation.gemeenten.join(', ')} · grouped by capital source · ${date}`,
                capitalNames: names,
                contact: 'Contact',
                specialists: 'Specialists to call',
                footer: `Made with Wegwijs on ${date}. Check the current details in Wegwijs.`,
              }
            : {
                title: `Dit doet ${data.organisation.name} tegen armoede`,
                subtitle: `${data.organisation.gemeenten.join(', ')} · per kapitaalbron · ${date}`,
                capitalNames: names,
                contact: 'Contact',
                specialists: 'Specialisten om te bellen',
                footer: `Gemaakt met Wegwijs op ${date}. Kijk in Wegwijs voor de actuele gegevens.`,
              },
          formaat,
        ),
      );
      const fileName = `poster-${data.organisation.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${formaat}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}

export const posterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    posterPageRoutes(app, ctx);
    posterPdfRoutes(app, ctx);
  };
