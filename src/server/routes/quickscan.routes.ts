import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { learningModulePath, QUICKSCAN_ID, type Quickscan } from '../../contract/content';
import {
  quickscanIdParams,
  quickscanInstrumentSchema,
  quickscanMineSchema,
  quickscanSaveBody,
  quickscanScanSchema,
  quickscanTeamParams,
  quickscanTeamSchema,
  quickscanWijkenSchema,
  quickscanYearQuery,
  type QuickscanSaveBody,
} from '../../contract/quickscan';
import {
  getOwnQuickscan,
  listOwnQuickscans,
  organisationQuickscanAnswers,
  saveOwnQuickscan,
  teamQuickscanAnswers,
  type QuickscanRow,
} from '../../db/quickscan/quickscan.repository';
import { teamNames } from '../../db/repositories/teams.repository';
import { message } from '../../domain/message';
import {
  aggregateGroup,
  compareParts,
  groupByWijk,
  MIN_RESPONDENTS,
  partScores,
  previousYear,
  unansweredStatements,
  unknownStatements,
  type GroupResult,
  type QuickscanShape,
} from '../../domain/quickscan';
import type { AppContext } from '../app';
import { todayInAmsterdam } from '../clock';
import { AppError, fieldError, invalidField, notFound, validationSummary } from '../errors';
import { currentAuth, type AuthContext } from '../plugins/auth';
import type { RouteApp } from './route-app';

// The professionals' quickscan (ADR 1504). A scan is private to its author: every read of answers
// or scores takes the author's own id, so another person's scan answers 404 for every role. Teams
// and wijken get only figures over five or more professionals of a year (the domain decides).

const TAGS = ['quickscan'];
const problem = (key: string) => message(`quickscan.problem.${key}`);

function quickscanOf(ctx: AppContext): Quickscan {
  const scan = ctx.content.quickscans.find((q) => q.id === QUICKSCAN_ID);
  if (!scan) throw notFound(problem('notFound'));
  return scan;
}

const shapeOf = (scan: Quickscan): QuickscanShape => ({
  parts: scan.parts,
  scale: scan.scale,
  helpBelow: scan.help_below,
});

/** The calendar year the Netherlands is in: the year a save fills. */
const currentYear = (ctx: AppContext) => Number(todayInAmsterdam(ctx.now()).slice(0, 4));

function instrumentView(ctx: AppContext, scan: Quickscan) {
  const decks = new Map(ctx.content.decks.map((d) => [d.id, d.title]));
  return {
    id: scan.id,
    version: scan.version,
    title: scan.title,
    intro: scan.intro,
    scale: scan.scale,
    helpBelow: scan.help_below,
    parts: scan.parts.map((part) => ({
      id: part.id,
      title: part.title,
      intro: part.intro,
      statements: part.statements,
      help: {
        decks: part.help.decks.map((id) => ({ id, title: decks.get(id) ?? { nl: id, en: id } })),
        learning: part.help.learning.map((id) => ({ id, path: learningModulePath(id) })),
      },
    })),
  };
}

const scanView = (scan: Quickscan, row: QuickscanRow) => ({
  id: row.id,
  year: row.year,
  quickscanVersion: row.quickscanVersion,
  teamId: row.teamId,
  wijk: row.wijk,
  answers: row.answers,
  parts: partScores(shapeOf(scan), row.answers),
  updatedAt: row.updatedAt.toISOString(),
});

/** Every statement answered on the scale and nothing else; else one field error per statement. */
function checkAnswers(scan: Quickscan, answers: QuickscanSaveBody['answers']) {
  const shape = shapeOf(scan);
  const errors = [
    ...unknownStatements(shape, answers).map((id) =>
      fieldError(`answers.${id}`, 'unknown_statement', problem('unknownStatement')),
    ),
    ...unansweredStatements(shape, answers).map((id) =>
      fieldError(`answers.${id}`, 'unanswered', problem('unanswered')),
    ),
  ];
  if (errors.length > 0) throw new AppError(422, 'validation_failed', validationSummary, errors);
}

/** The team the scan counts for: the one named (must be yours), your only team, or none. */
function teamOf(auth: AuthContext, teamId: string | null | undefined): string | null {
  if (teamId) {
    if (!auth.teamIds.includes(teamId))
      throw invalidField('teamId', 'not_your_team', problem('notYourTeam'));
    return teamId;
  }
  if (auth.teamIds.length > 1) throw invalidField('teamId', 'choose_team', problem('chooseTeam'));
  return auth.teamIds[0] ?? null;
}

/** Your scan of this year, your earlier years and the change since the most recent one. */
async function ownOverview(ctx: AppContext, auth: AuthContext) {
  const { db } = ctx.database;
  const scan = quickscanOf(ctx);
  const year = currentYear(ctx);
  const rows = await listOwnQuickscans(db, auth.user.id);
  const current = rows.find((r) => r.year === year);
  const earlier = rows.filter((r) => r.year < year);
  const last = previousYear(
    earlier.map((r) => r.year),
    year,
  );
  const lastRow = earlier.find((r) => r.year === last);
  const shape = shapeOf(scan);
  return {
    year,
    teams: await teamNames(db, auth.teamIds),
    current: current ? scanView(scan, current) : null,
    history: earlier.map((r) => ({ id: r.id, year: r.year, parts: partScores(shape, r.answers) })),
    growth:
      current && lastRow
        ? {
            previousYear: lastRow.year,
            parts: compareParts(
              partScores(shape, current.answers),
              partScores(shape, lastRow.answers),
            ),
          }
        : null,
  };
}

function ownRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/quickscan/instrument',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The quickscan for professionals: its parts, statements, scale and what helps',
        tags: TAGS,
        response: { 200: quickscanInstrumentSchema },
      },
    },
    async () => instrumentView(ctx, quickscanOf(ctx)),
  );

  app.get(
    '/quickscan/mine',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Your own quickscan of this year, your earlier years and your growth (private)',
        tags: TAGS,
        response: { 200: quickscanMineSchema },
      },
    },
    async (request) => ownOverview(ctx, currentAuth(request)),
  );

  app.put(
    '/quickscan/mine',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Save your quickscan of this year (one per year; saving again replaces it)',
        tags: TAGS,
        body: quickscanSaveBody,
        response: { 200: quickscanScanSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const scan = quickscanOf(ctx);
      checkAnswers(scan, request.body.answers);
      const teamId = teamOf(auth, request.body.teamId);
      const wijk = request.body.wijk?.replace(/\s+/g, ' ') || null;
      const row = await saveOwnQuickscan(db, {
        authorId: auth.user.id,
        organisationId: auth.user.organisationId,
        year: currentYear(ctx),
        quickscanId: scan.id,
        quickscanVersion: scan.version,
        teamId,
        wijk,
        answers: request.body.answers,
        now: ctx.now(),
      });
      return scanView(scan, row);
    },
  );

  app.get(
    '/quickscan/scans/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'One of your own quickscans, with its answers and scores (private to you)',
        tags: TAGS,
        params: quickscanIdParams,
        response: { 200: quickscanScanSchema },
      },
    },
    async (request) => {
      const row = await getOwnQuickscan(db, currentAuth(request).user.id, request.params.id);
      if (!row) throw notFound(problem('notFound'));
      return scanView(quickscanOf(ctx), row);
    },
  );
}

/** A group's figures as the API gives them: nothing but `shown: false` under the minimum. */
const groupView = (result: GroupResult) =>
  result.shown
    ? { shown: true, respondents: result.respondents, parts: result.parts }
    : { shown: false, respondents: null, parts: [] };

function groupRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/quickscan/teams/:teamId',
    {
      config: { access: ['teamleider'] },
      schema: {
        summary:
          'Your team’s quickscan figures of a year and the year before (five or more professionals only)',
        tags: TAGS,
        params: quickscanTeamParams,
        querystring: quickscanYearQuery,
        response: { 200: quickscanTeamSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const { teamId } = request.params;
      const [team] = auth.teamIds.includes(teamId) ? await teamNames(db, [teamId]) : [];
      if (!team) throw notFound(problem('teamNotFound'));
      const scan = quickscanOf(ctx);
      const year = request.query.year ?? currentYear(ctx);
      const rows = await teamQuickscanAnswers(db, {
        organisationId: auth.user.organisationId,
        teamId,
        years: [year, year - 1],
      });
      const of = (y: number) =>
        groupView(
          aggregateGroup(
            shapeOf(scan),
            rows.filter((r) => r.year === y),
          ),
        );
      return {
        teamId,
        teamName: team.name,
        year,
        minimum: MIN_RESPONDENTS,
        result: of(year),
        previous: { year: year - 1, result: of(year - 1) },
      };
    },
  );

  app.get(
    '/quickscan/wijken',
    {
      config: { access: ['teamleider', 'beleidsmedewerker'] },
      schema: {
        summary:
          'Quickscan figures per wijk of your organisation for a year (five or more professionals only)',
        tags: TAGS,
        querystring: quickscanYearQuery,
        response: { 200: quickscanWijkenSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const shape = shapeOf(quickscanOf(ctx));
      const year = request.query.year ?? currentYear(ctx);
      const rows = await organisationQuickscanAnswers(db, {
        organisationId: auth.user.organisationId,
        year,
      });
      const wijken = groupByWijk(rows)
        .map((g) => ({ wijk: g.wijk, result: aggregateGroup(shape, g.scans) }))
        .filter((g) => g.result.shown)
        .map((g) => ({ wijk: g.wijk, result: groupView(g.result) }));
      return { year, minimum: MIN_RESPONDENTS, wijken };
    },
  );
}

export const quickscanRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    ownRoutes(app, ctx);
    groupRoutes(app, ctx);
  };
