import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  adviceAnswerBody,
  adviceOverviewSchema,
  adviceParams,
  adviceQuestionBody,
  adviceQuestionSchema,
  type AdviceQuestionView,
} from '../../contract/neighbourhood-signals';
import { listVisibleHouseholds } from '../../db/households/households.repository';
import {
  answerAdviceQuestion,
  findAdviceQuestion,
  insertAdviceQuestion,
  isNamedSpecialist,
  openQuestions,
  questionsAskedBy,
  type AdviceQuestionRow,
} from '../../db/wijksignalen/advice.repository';
import type { Db } from '../../db/client';
import { message } from '../../domain/message';
import { adviceDeleteOn, unknownSignalIds } from '../../domain/wijksignalen/observation';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { conflict, forbidden, invalidField, notFound } from '../errors';
import { assertNoIdentifyingText, type FreeTextMessages } from '../free-text-check';
import { caseworkers } from '../households/access';
import { currentAuth } from '../plugins/auth';

// Anonymous advice from the organisation's poverty specialist (issue 14, item 1; ADR 1404). A
// caseworker asks about a setting and the signals seen without identifying anyone; the answerers
// of the same organisation (its teamleiders, and anyone named by e-mail on a current specialist
// entry of it) see the open questions and answer. No household link is ever stored; questions
// are deleted after ADR 1404's term. Another organisation's question does not exist (404).

const TAGS = ['advice'];

const freeTextMessages: FreeTextMessages = {
  bsn: message('wijkmelding.problem.bsn'),
  referenceSummary: message('wijkmelding.problem.referenceSummary'),
  reference: (term) => message('wijkmelding.problem.reference', { term }),
};

const present = (row: AdviceQuestionRow): AdviceQuestionView => ({
  id: row.id,
  setting: row.setting as AdviceQuestionView['setting'],
  signalIds: row.signalIds,
  question: row.question,
  askedAt: row.askedAt.toISOString(),
  answer: row.answer,
  answeredAt: row.answeredAt?.toISOString() ?? null,
  deleteOn: adviceDeleteOn(row.askedAt),
});

/** Answers for the organisation: a teamleider, or a person named on a current specialist entry. */
async function isAnswerer(db: Db, request: FastifyRequest) {
  const { user } = currentAuth(request);
  return (
    user.role === 'teamleider' || (await isNamedSpecialist(db, user.organisationId, user.email))
  );
}

/** The references and labels of the households the writer works with: what must not appear. */
async function writerTerms(db: Db, request: FastifyRequest) {
  const auth = currentAuth(request);
  const visible = await listVisibleHouseholds(
    db,
    { userId: auth.user.id, organisationId: auth.user.organisationId, teamIds: auth.teamIds },
    { includeClosed: true },
  );
  return visible.flatMap((h) => [h.reference, h.label]);
}

function adviceReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/advice-questions',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'Your anonymous advice questions with their answers; for an answerer also the open questions of the organisation',
        tags: TAGS,
        response: { 200: adviceOverviewSchema },
      },
    },
    async (request) => {
      const { user } = currentAuth(request);
      const answerer = await isAnswerer(db, request);
      const [mine, open] = await Promise.all([
        questionsAskedBy(db, user.organisationId, user.id),
        answerer ? openQuestions(db, user.organisationId) : Promise.resolve([]),
      ]);
      await audit(db, request, {
        action: 'advice_question.list',
        details: { mine: mine.length, open: open.length },
      });
      return { mine: mine.map(present), answerer, open: open.map(present) };
    },
  );
}

function adviceAskRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const lists = new Map(ctx.content.signalChecklists.map((l) => [l.id as string, l]));
  app.post(
    '/advice-questions',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          "Ask your organisation's poverty specialist for anonymous advice; refused with a BSN-like number, held back once when it names a household you work with",
        tags: TAGS,
        body: adviceQuestionBody,
        response: { 201: adviceQuestionSchema },
      },
    },
    async (request, reply) => {
      const { user } = currentAuth(request);
      const { setting, signalIds, question, acknowledgeWarnings } = request.body;
      const ids = lists.get(setting)?.look_for.map((i) => i.id) ?? [];
      const unknown = unknownSignalIds(ids, signalIds);
      if (unknown.length > 0)
        throw invalidField(
          'signalIds',
          'unknown_signal',
          message('wijkmelding.problem.unknownSignal', { ids: unknown.join(', ') }),
        );
      await assertNoIdentifyingText({
        fields: [['question', question]],
        terms: () => writerTerms(db, request),
        acknowledged: acknowledgeWarnings,
        messages: freeTextMessages,
      });
      const row = await db.transaction(async (tx) => {
        const id = await insertAdviceQuestion(tx, {
          organisationId: user.organisationId,
          askedBy: user.id,
          setting,
          signalIds: [...new Set(signalIds)],
          question,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'advice_question.ask',
          targetType: 'advice_question',
          targetId: id,
        });
        return (await findAdviceQuestion(tx, user.organisationId, id))!;
      });
      return reply.status(201).send(present(row));
    },
  );
}

function adviceAnswerRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/advice-questions/:id/answer',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          "Answer an open advice question of your organisation (teamleiders and the organisation's named specialists)",
        tags: TAGS,
        params: adviceParams,
        body: adviceAnswerBody,
        response: { 200: adviceQuestionSchema },
      },
    },
    async (request) => {
      const { user } = currentAuth(request);
      const found = await findAdviceQuestion(db, user.organisationId, request.params.id);
      if (!found) throw notFound(message('wijkmelding.problem.notFound'));
      if (!(await isAnswerer(db, request))) throw forbidden();
      if (found.answer !== null)
        throw conflict('already_answered', message('wijkmelding.problem.alreadyAnswered'));
      const { answer, acknowledgeWarnings } = request.body;
      await assertNoIdentifyingText({
        fields: [['answer', answer]],
        terms: () => writerTerms(db, request),
        acknowledged: acknowledgeWarnings,
        messages: freeTextMessages,
      });
      const row = await db.transaction(async (tx) => {
        const at = ctx.now();
        const stored = await answerAdviceQuestion(tx, {
          organisationId: user.organisationId,
          id: found.id,
          answer,
          by: user.id,
          at,
        });
        if (!stored)
          throw conflict('already_answered', message('wijkmelding.problem.alreadyAnswered'));
        await audit(tx, request, {
          action: 'advice_question.answer',
          targetType: 'advice_question',
          targetId: found.id,
        });
        return (await findAdviceQuestion(tx, user.organisationId, found.id))!;
      });
      return present(row);
    },
  );
}

export const adviceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    adviceReadRoutes(app, ctx);
    adviceAskRoutes(app, ctx);
    adviceAnswerRoutes(app, ctx);
  };
