import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse, rowVersionSchema } from '../../contract/common';
import { planSchema, planViewSchema, type Plan } from '../../contract/households';
import { planOf } from '../../db/households/households.repository';
import { offerEntries } from '../../db/catalogue/offers.repository';
import { savePlanVersion } from '../households/save-plan';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { caseworkers, openHousehold } from '../households/access';
import { planDocument } from '../pdf/plan-pdf';
import { renderPdf } from '../pdf/render-pdf';
import { invalidField } from '../errors';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';

const params = z.strictObject({ id: z.uuid() });
const emptyPlan: Plan = { goals: [], referrals: [], actions: [], reviewDate: null };

/** Each referral's offer must be one this organisation may see, for the same intervention. */
async function checkReferralOffers(db: Db, referrals: Plan['referrals'], organisationId: string) {
  for (const [index, referral] of referrals.entries()) {
    if (!referral.offerId) continue;
    const offer = await offerEntries.readable(db, referral.offerId, organisationId);
    if (!offer || offer.interventionId !== referral.interventionId)
      throw invalidField(
        `referrals.${index}.offerId`,
        'unknown_offer',
        message('problem.plans.unknownOffer'),
      );
  }
}

function planReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/plan',
    {
      config: { access: caseworkers },
      schema: { summary: 'The plan of a household', params, response: { 200: planViewSchema } },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'plan.read');
      const found = await planOf(db, h.id);
      return { plan: found?.plan ?? emptyPlan, version: found?.version ?? 0 };
    },
  );
}

function planSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/households/:id/plan',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Save the plan (goals in the household’s own words, steps, referrals, review date); earlier versions are kept',
        params,
        body: planSchema.extend({ version: rowVersionSchema }),
        response: { 200: planViewSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'plan.save', {
        logSuccess: false,
      });
      const { version, ...plan } = request.body;
      const { items } = await ctx.catalogue();
      const unknownItem = plan.referrals.findIndex((r) => !items.has(r.interventionId));

      if (unknownItem >= 0) {
        throw invalidField(
          `referrals.${unknownItem}.interventionId`,
          'unknown_intervention',
          message('problem.plans.unknownIntervention'),
        );
      }
      await checkReferralOffers(db, plan.referrals, auth.user.organisationId);
      const saved = await savePlanVersion(db, request, {
        householdId: h.id,
        plan,
        version,
        at: ctx.now(),
        action: 'plan.save',
      });
      return { plan, version: saved };
    },
  );
}

function planPdfRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/plan/pdf',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'The plan as a PDF in plain Dutch for the household to keep',
        params,
        querystring: z.strictObject({ lang: z.enum(['nl', 'en']).default('nl') }),
        response: { 200: fileResponse('application/pdf', 'The plan as a PDF') },
      },
    },
    async (request, reply) => {
      const h = await openHousehold(db, request, request.params.id, 'plan.download');
      const found = await planOf(db, h.id);
      const { items } = await ctx.catalogue();
      const pdf = await renderPdf(
        planDocument({
          label: h.label,
          plan: found?.plan ?? emptyPlan,
          data: h.data,
          interventionName: (id) => items.get(id)?.name ?? id,
          capitalName: (c) =>
            ctx.content.vocabularies.capitals.find((x) => x.id === c)?.[request.query.lang] ?? c,
          date: ctx.now(),
          language: request.query.lang,
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="plan-${h.reference}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    planReadRoutes(app, ctx);
    planSaveRoutes(app, ctx);
    planPdfRoutes(app, ctx);
  };
