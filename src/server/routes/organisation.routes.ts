import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisationSettingsSchema,
  organisationSummarySchema,
  updateOrganisationBody,
} from '../../contract/admin';
import { z } from 'zod';
import {
  getOrganisation,
  listWerkorganisaties,
  updateOrganisation,
} from '../../db/repositories/organisations.repository';

import type { AppContext } from '../app';
import { audit } from '../audit';
import { currentAuth } from '../plugins/auth';

export const organisationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/organisation',
      {
        config: { access: 'authenticated' },
        schema: {
          summary: 'Your werkorganisatie and its settings',
          response: { 200: organisationSettingsSchema },
        },
      },
      async (request) => (await getOrganisation(db, currentAuth(request).user.organisationId))!,
    );

    app.get(
      '/organisations',
      {
        config: { access: 'authenticated' },
        schema: {
          summary:
            'All werkorganisaties in this Wegwijs, with their gemeenten (for posters and filters)',
          response: {
            200: z.array(organisationSummarySchema),
          },
        },
      },
      async () => {
        const orgs = await listWerkorganisaties(db);
        return Promise.all(
          orgs.map(async (o) => ({
            ...o,
            gemeenten: (await getOrganisation(db, o.id))!.gemeenten,
          })),
        );
      },
    );

    app.patch(
      '/organisation',
      {
        config: { changesAccess: true, access: ['beheerder'] },
        schema: {
          summary: 'Change the name, gemeenten or settings of your werkorganisatie',
          body: updateOrganisationBody,
          response: { 200: organisationSettingsSchema },
        },
      },
      async (request) => {
        const auth = currentAuth(request);
        return db.transaction(async (tx) => {
          const updated = await updateOrganisation(tx, auth.user.organisationId, request.body);
          await audit(tx, request, {
            action: 'organisation.update',
            targetType: 'organisation',
            targetId: auth.user.organisationId,
            details: { changed: Object.keys(request.body) },
          });
          return updated!;
        });
      },
    );
  };
