import { fileResponse } from '../../contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deckDetailSchema, deckIdParams, deckListSchema, deckPdfQuery } from '../../contract/cards';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { deckDetail, deckSummary } from '../cards/deck-view';
import { message } from '../../domain/message';
import { notFound } from '../errors';
import { deckDocument } from '../pdf/deck-pdf';
import { kleurplaatDocument } from '../pdf/kleurplaat-pdf';
import { kleurplaatPdfQuery } from '../../contract/kleurplaat';
import { renderPdf } from '../pdf/render-pdf';

// Gesprekskaarten (issue 13): the decks of content/cards, read-only, for every signed-in user.
// Nothing here touches household data; using a deck stores nothing.

const TAGS = ['decks'];

/** Looks a deck up by id, with its cards; an unknown id is a 404. */
function deckFinder(ctx: AppContext) {
  const decks = new Map(ctx.content.decks.map((d) => [d.id, d]));
  return (deckId: string) => {
    const deck = decks.get(deckId);
    if (!deck) throw notFound(message('kaarten.problem.deckNotFound'));
    return deckDetail(deck, ctx.content);
  };
}

type FindDeck = ReturnType<typeof deckFinder>;

function deckReadRoutes(app: RouteApp, ctx: AppContext, find: FindDeck) {
  app.get(
    '/decks',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The conversation card decks',
        tags: TAGS,
        response: { 200: deckListSchema },
      },
    },
    async () => ({ decks: ctx.content.decks.map((d) => deckSummary(d, ctx.content)) }),
  );

  app.get(
    '/decks/:deckId',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One deck with all its cards, front and back, in Dutch and English',
        tags: TAGS,
        params: deckIdParams,
        response: { 200: deckDetailSchema },
      },
    },
    async (request) => find(request.params.deckId),
  );
}

function deckPdfRoutes(app: RouteApp, ctx: AppContext, find: FindDeck) {
  app.get(
    '/decks/:deckId/pdf',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The deck as an A4 PDF to print double-sided, with cut lines',
        tags: TAGS,
        params: deckIdParams,
        querystring: deckPdfQuery,
        response: { 200: fileResponse('application/pdf', 'The deck as a PDF') },
      },
    },
    async (request, reply) => {
      const deck = find(request.params.deckId);
      const { lang } = request.query;
      const capitalNames = Object.fromEntries(
        ctx.content.vocabularies.capitals.map((c) => [c.id, c[lang]]),
      );
      const pdf = await renderPdf(deckDocument(deck, lang, capitalNames));
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${deck.id}-v${deck.version}-${lang}.pdf"`,
        )
        .send(pdf);
    },
  );

  app.get(
    '/kleurplaat/pdf',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The praatkleurplaat as a blank A4 colouring page, with its questions',
        tags: TAGS,
        querystring: kleurplaatPdfQuery,
        response: { 200: fileResponse('application/pdf', 'The colouring page as a PDF') },
      },
    },
    async (request, reply) => {
      const { lang } = request.query;
      const pdf = await renderPdf(kleurplaatDocument(find('praatkleurplaat'), lang));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="praatkleurplaat-${lang}.pdf"`)
        .send(pdf);
    },
  );
}

export const cardRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const find = deckFinder(ctx);
    deckReadRoutes(app, ctx, find);
    deckPdfRoutes(app, ctx, find);
  };
