import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deck } from '../../contract/content';
import {
  reflectionBody,
  reflectionComparisonQuery,
  reflectionComparisonSchema,
  reflectionEntrySchema,
  reflectionIdParams,
  reflectionListSchema,
} from '../../contract/reflections';
import {
  getOwnReflection,
  insertReflection,
  listOwnReflections,
  type ReflectionRow,
} from '../../db/reflections/reflections.repository';
import { compareReflections } from '../../domain/cards/reflection';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';
import { invalidField, notFound } from '../errors';

// The private reflection log. Every query is scoped to the signed-in author; another person's
// entry answers 404 for every role, the beheerder included, so its existence is not revealed.

const TAGS = ['reflections'];

const entryView = (row: ReflectionRow) => ({
  id: row.id,
  deckId: row.deckId,
  deckVersion: row.deckVersion,
  moment: row.moment,
  createdAt: row.createdAt.toISOString(),
  answers: row.answers,
});

const reflectionCards = (deck: Deck) => deck.cards.filter((c) => c.type === 'reflectie');

/** The deck, when it has reflection cards; else a field error on deckId. */
function deckWithReflections(ctx: AppContext, deckId: string) {
  const deck = ctx.content.decks.find((d) => d.id === deckId);
  if (!deck || reflectionCards(deck).length === 0)
    throw invalidField('deckId', 'unknown_deck', message('kaarten.problem.noReflectionCards'));
  return deck;
}

function reflectionSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/reflections',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Save your own answers to the reflection cards of a deck (private to you)',
        tags: TAGS,
        body: reflectionBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const deck = deckWithReflections(ctx, request.body.deckId);
      const known = new Set(reflectionCards(deck).map((c) => c.id));
      const entries = Object.entries(request.body.answers);
      const unknown = entries.find(([cardId]) => !known.has(cardId));
      if (unknown)
        throw invalidField(
          `answers.${unknown[0]}`,
          'unknown_card',
          message('kaarten.problem.notAReflectionCard'),
        );
      const answers = Object.fromEntries(entries.filter(([, text]) => text !== ''));
      if (Object.keys(answers).length === 0)
        throw invalidField('answers', 'no_answers', message('kaarten.problem.noAnswers'));
      const row = await insertReflection(db, {
        authorId: auth.user.id,
        deckId: deck.id,
        deckVersion: deck.version,
        moment: request.body.moment,
        answers,
        now: ctx.now(),
      });
      return reply.code(201).send({ id: row.id });
    },
  );
}

function reflectionListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reflections',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Your own reflection log, oldest first',
        tags: TAGS,
        response: { 200: reflectionListSchema },
      },
    },
    async (request) => {
      const rows = await listOwnReflections(db, currentAuth(request).user.id);
      return {
        entries: rows.map((row) => {
          const { answers, ...rest } = entryView(row);
          return { ...rest, answered: Object.keys(answers).length };
        }),
      };
    },
  );

  app.get(
    '/reflections/comparison',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Your first answer before and your latest answer after, per reflection card',
        tags: TAGS,
        querystring: reflectionComparisonQuery,
        response: { 200: reflectionComparisonSchema },
      },
    },
    async (request) => {
      const deck = deckWithReflections(ctx, request.query.deckId);
      const cards = reflectionCards(deck);
      const rows = (await listOwnReflections(db, currentAuth(request).user.id)).filter(
        (r) => r.deckId === deck.id,
      );
      const compared = compareReflections(
        rows.map(entryView),
        cards.map((c) => c.id),
      );
      return {
        deckId: deck.id,
        cards: compared.map((c, i) => ({ ...c, question: cards[i]!.front })),
      };
    },
  );
}

function reflectionReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reflections/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One entry of your own reflection log',
        tags: TAGS,
        params: reflectionIdParams,
        response: { 200: reflectionEntrySchema },
      },
    },
    async (request) => {
      const row = await getOwnReflection(db, currentAuth(request).user.id, request.params.id);
      if (!row) throw notFound(message('kaarten.problem.reflectionNotFound'));
      return entryView(row);
    },
  );
}

export const reflectionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    reflectionSaveRoutes(app, ctx);
    reflectionListRoutes(app, ctx);
    reflectionReadRoutes(app, ctx);
  };
