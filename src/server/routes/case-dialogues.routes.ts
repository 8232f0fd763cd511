import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseDialogueBody,
  caseDialogueListQuery,
  caseDialogueListSchema,
  caseDialogueParams,
  caseDialogueSchema,
  type CaseDialogueData,
} from '../../contract/case-dialogues';
import {
  caseloadTerms,
  findCaseDialogue,
  insertCaseDialogue,
  listCaseDialogues,
} from '../../db/case-dialogues/case-dialogues.repository';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { invalidField, notFound } from '../errors';
import { assertNoIdentifyingText } from '../free-text-check';
import { caseworkers } from '../households/access';
import { currentAuth } from '../plugins/auth';

// The ethical case dialogue (issue 13): a team's record of a hard case seen from four sides. It is
// team data without household data: a BSN-like number is refused, and a reference or label of one
// of the team's households must be acknowledged before the record is kept.

const TAGS = ['case-dialogues'];

/** Every free text of a dialogue with the field that holds it. */
function texts(title: string, data: CaseDialogueData): [string, string][] {
  return [
    ['title', title],
    ['data.caseDescription', data.caseDescription],
    ['data.dilemma', data.dilemma],
    ...Object.entries(data.perspectives).map(([p, text]): [string, string] => [
      `data.perspectives.${p}`,
      text,
    ]),
    ...data.values.map((v, i): [string, string] => [`data.values.${i}`, v]),
    ['data.decision', data.decision],
  ];
}

function caseDialogueReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/case-dialogues',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'The case dialogues of the teams you are in (or of one of them)',
        tags: TAGS,
        querystring: caseDialogueListQuery,
        response: { 200: caseDialogueListSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const reader = { organisationId: auth.user.organisationId, teamIds: auth.teamIds };
      const dialogues = await listCaseDialogues(db, reader, request.query.teamId);
      await audit(db, request, { action: 'case_dialogue.list', targetType: 'team' });
      return { dialogues };
    },
  );

  app.get(
    '/case-dialogues/:id',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'One case dialogue of a team you are in',
        tags: TAGS,
        params: caseDialogueParams,
        response: { 200: caseDialogueSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const reader = { organisationId: auth.user.organisationId, teamIds: auth.teamIds };
      const found = await findCaseDialogue(db, reader, request.params.id);
      if (!found) throw notFound(message('casusdialoog.problem.notFound'));
      await audit(db, request, {
        action: 'case_dialogue.read',
        targetType: 'case_dialogue',
        targetId: found.id,
      });
      return found;
    },
  );
}

function caseDialogueCreateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/case-dialogues',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Keep a case dialogue for your team; refused with a BSN-like number, held back once when it names a household of the team',
        tags: TAGS,
        body: caseDialogueBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const { teamId, title, data, acknowledgeWarnings } = request.body;
      if (!auth.teamIds.includes(teamId))
        throw invalidField('teamId', 'not_your_team', message('casusdialoog.problem.notYourTeam'));
      await assertNoIdentifyingText({
        fields: texts(title, data),
        terms: () =>
          caseloadTerms(db, {
            organisationId: auth.user.organisationId,
            teamId,
            userId: auth.user.id,
          }),
        acknowledged: acknowledgeWarnings,
        messages: {
          bsn: message('casusdialoog.problem.bsn'),
          referenceSummary: message('casusdialoog.problem.referenceSummary'),
          reference: (term) => message('casusdialoog.problem.reference', { term }),
        },
      });
      const id = await db.transaction(async (tx) => {
        const created = await insertCaseDialogue(tx, {
          organisationId: auth.user.organisationId,
          teamId,
          title,
          data,
          createdBy: auth.user.id,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'case_dialogue.create',
          targetType: 'case_dialogue',
          targetId: created,
        });
        return created;
      });
      return reply.status(201).send({ id });
    },
  );
}

export const caseDialogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    caseDialogueReadRoutes(app, ctx);
    caseDialogueCreateRoutes(app, ctx);
  };
