import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LifeEvent } from '../../contract/content';
import type { Plan } from '../../contract/households';
import {
  addLifeEventBody,
  addLifeEventResultSchema,
  lifeEventDetailSchema,
  lifeEventIdParams,
  lifeEventListSchema,
  type LifeEventDetail,
} from '../../contract/life-events';
import { hasConsent } from '../../db/households/consents.repository';
import { planOf } from '../../db/households/households.repository';
import { addLifeEventToPlan } from '../../domain/life-events/add-to-plan';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { conflict, invalidField, notFound } from '../errors';
import { caseworkers, openHousehold } from '../households/access';
import { savePlanVersion } from '../households/save-plan';

// Levensgebeurtenissen (issue 14): the checklists of content/life-events, read-only for every
// signed-in user, and adding one to a household's plan (caseworkers, with the household's consent
// to register its details; logged in the household's access log like every plan change).

const TAGS = ['life-events'];
const emptyPlan: Plan = { goals: [], referrals: [], actions: [], reviewDate: null };

/** The checklists by id and in the vocabulary's order, with their list summaries. */
function lifeEventLookup(ctx: AppContext) {
  const events = new Map(ctx.content.lifeEvents.map((e) => [e.id, e]));
  const title = (id: string) => {
    const entry = ctx.content.vocabularies.life_events.find((e) => e.id === id);
    return { nl: entry?.nl ?? id, en: entry?.en ?? id };
  };
  const summary = (e: LifeEvent) => ({
    id: e.id,
    title: title(e.id),
    intro: e.intro,
    stepCount: e.arrange.length,
  });
  const find = (id: string): LifeEvent => {
    const event = events.get(id);
    if (!event) throw notFound(message('problem.lifeEvents.notFound'));
    return event;
  };
  // Life events in the order of the vocabulary: the order of a life, not of the alphabet.
  const ordered = ctx.content.vocabularies.life_events.flatMap((v) => events.get(v.id) ?? []);
  return { events, summary, find, ordered };
}

function lifeEventReadRoutes(app: RouteApp, ctx: AppContext) {
  const { summary, find, ordered } = lifeEventLookup(ctx);
  app.get(
    '/life-events',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The life-event checklists',
        tags: TAGS,
        response: { 200: lifeEventListSchema },
      },
    },
    async () => ({ lifeEvents: ordered.map(summary) }),
  );

  app.get(
    '/life-events/:eventId',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'One checklist: what to arrange, which schemes change and which interventions help',
        tags: TAGS,
        params: lifeEventIdParams,
        response: { 200: lifeEventDetailSchema },
      },
    },
    async (request): Promise<LifeEventDetail> => {
      const event = find(request.params.eventId);
      const { items } = await ctx.catalogue();
      return {
        ...summary(event),
        arrange: event.arrange.map((s) => ({ id: s.id, text: s.text, scheme: s.scheme ?? null })),
        schemes: event.schemes,
        whatIf: event.what_if ?? null,
        interventions: event.interventions.flatMap((id) => {
          const item = items.get(id);
          return item ? [{ id, name: item.name, summary: item.summary }] : [];
        }),
        lastReviewed: event.last_reviewed,
      };
    },
  );
}

function lifeEventPlanRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const { events } = lifeEventLookup(ctx);
  app.post(
    '/households/:id/plan/life-events',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Add a life-event checklist to the plan: its steps as actions, its interventions as suggested referrals',
        tags: TAGS,
        params: z.strictObject({ id: z.uuid() }),
        body: addLifeEventBody,
        response: { 200: addLifeEventResultSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'plan.add_life_event', {
        logSuccess: false,
      });
      const { lifeEventId, version, language } = request.body;
      const event = events.get(lifeEventId);
      if (!event)
        throw invalidField(
          'lifeEventId',
          'unknown_life_event',
          message('problem.lifeEvents.notFound'),
        );
      if (!(await hasConsent(db, h.id, 'registratie')))
        throw conflict('consent_missing', message('problem.lifeEvents.consentMissing'));
      const found = await planOf(db, h.id);
      if ((found?.version ?? 0) !== version)
        throw invalidField('version', 'stale_plan', message('problem.plans.stalePlan'));
      const result = addLifeEventToPlan(found?.plan ?? emptyPlan, event, language);
      if (!result.ok)
        throw conflict(
          result.reason === 'tooManyActions' ? 'too_many_actions' : 'too_many_referrals',
          message(`problem.lifeEvents.${result.reason}`),
        );
      const saved = await savePlanVersion(db, request, {
        householdId: h.id,
        plan: result.plan,
        version,
        at: ctx.now(),
        // No event id in the log: which life event a household faces is theirs to tell.
        action: 'plan.add_life_event',
      });
      return { plan: result.plan, version: saved, added: result.added };
    },
  );
}

export const lifeEventRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    lifeEventReadRoutes(app, ctx);
    lifeEventPlanRoutes(app, ctx);
  };
