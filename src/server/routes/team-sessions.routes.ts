import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse, okSchema } from '../../contract/common';
import {
  closeTeamSessionBody,
  joinedTeamSessionSchema,
  joinTeamSessionBody,
  sessionAnswerBody,
  startedTeamSessionSchema,
  startTeamSessionBody,
  teamSessionParams,
  teamSessionListSchema,
  teamSessionSchema,
} from '../../contract/team-sessions';
import { lockedUntil, recordFailure } from '../../db/repositories/login-throttle.repository';
import {
  closeExpiredSessions,
  closeSession,
  createTeamSession,
  findJoinedSession,
  findOpenSessionByCode,
  joinTeamSession,
  listJoinedSessions,
  listSessionAnswers,
  listSessionMembers,
  revealSession,
  saveSessionAnswer,
  TEAM_SESSION_CHANNEL,
  type TeamSessionRow,
} from '../../db/team-sessions/team-sessions.repository';
import {
  codeIsValid,
  JOIN_CODE_VALID_MS,
  joinCodeFromBytes,
  normaliseJoinCode,
  sessionPhase,
  SESSION_LIFETIME_MS,
} from '../../domain/cards/team-session';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { Db } from '../../db/client';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { sessionWatchers } from '../team-sessions/live';
import { sessionView } from '../team-sessions/session-view';

// Team sessions on a case card (issue 13, ADR 1302). Only members of the session's team who
// joined it see it; to anyone else it does not exist (404). No household data is asked or kept.

type JoinedSession = NonNullable<Awaited<ReturnType<typeof findJoinedSession>>>;

const TAGS = ['team-sessions'];
/** Wrong codes a user may enter before joining is locked for a while. */
const MAX_WRONG_CODES = 10;
const WRONG_CODE_LOCK_MS = 15 * 60_000;
/** How many of your sessions the list shows. */
const RECENT_SESSIONS = 20;

const problem = (key: string) => message(`kaarten.session.problem.${key}`);
const sessionNotFound = () => notFound(problem('notFound'));

const deckById = (ctx: AppContext, deckId: string) =>
  ctx.content.decks.find((d) => d.id === deckId);

/** The session the signed-in user joined, else 404. */
async function joined(db: Db, request: FastifyRequest, sessionId: string): Promise<JoinedSession> {
  const row = await findJoinedSession(db, currentAuth(request).user.id, sessionId);
  if (!row) throw sessionNotFound();
  return row;
}

function onlyStarter(request: FastifyRequest, row: TeamSessionRow) {
  if (row.startedBy !== currentAuth(request).user.id)
    throw new AppError(403, 'only_starter', problem('onlyStarter'));
}

/** The session as the signed-in user sees it. */
async function view(ctx: AppContext, request: FastifyRequest, row: JoinedSession) {
  const { db } = ctx.database;
  const readerId = currentAuth(request).user.id;
  const now = ctx.now();
  const phase = sessionPhase(row, now);
  const [members, answers] = await Promise.all([
    listSessionMembers(db, row.id),
    phase === 'closed'
      ? []
      : listSessionAnswers(db, row.id, phase === 'revealed' ? undefined : readerId),
  ]);
  const deck = deckById(ctx, row.deckId);
  if (!deck) throw sessionNotFound();
  return sessionView({
    row,
    teamName: row.teamName,
    deck,
    members,
    answers,
    readerId,
    now,
  });
}

/** A fresh join code from random bytes (drawn again on the rare unusable draw). */
async function drawCode(): Promise<string> {
  for (;;) {
    const code = joinCodeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

type SessionWatchers = ReturnType<typeof sessionWatchers>;

function teamSessionStartRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/team-sessions',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Start a team session on a case card, for one of your teams',
        tags: TAGS,
        body: startTeamSessionBody,
        response: { 201: startedTeamSessionSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const { teamId, deckId, cardId, pointsEnabled } = request.body;
      if (!auth.teamIds.includes(teamId))
        throw invalidField('teamId', 'not_your_team', problem('notYourTeam'));
      const deck = deckById(ctx, deckId);
      const card = deck?.cards.find((c) => c.id === cardId && c.type === 'casus');
      if (!deck || !card) throw invalidField('cardId', 'not_a_case_card', problem('notACaseCard'));
      const now = ctx.now();
      await closeExpiredSessions(db, now, auth.user.organisationId);
      let row: TeamSessionRow | null = null;
      while (!row)
        row = await createTeamSession(db, {
          organisationId: auth.user.organisationId,
          teamId,
          deckId,
          deckVersion: deck.version,
          cardId,
          code: await drawCode(),
          startedBy: auth.user.id,
          pointsEnabled,
          createdAt: now,
          codeExpiresAt: new Date(now.getTime() + JOIN_CODE_VALID_MS),
          expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
        });
      await audit(db, request, {
        action: 'team_session.start',
        targetType: 'team_session',
        targetId: row.id,
        details: { teamId, deckId, cardId },
      });
      return reply.code(201).send({ id: row.id, code: row.code });
    },
  );
}

function teamSessionJoinRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/team-sessions/join',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Join a team session of your team with its code',
        description: `After ${MAX_WRONG_CODES} wrong codes, joining is locked for ${WRONG_CODE_LOCK_MS / 60_000} minutes (429).`,
        tags: TAGS,
        body: joinTeamSessionBody,
        response: { 200: joinedTeamSessionSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const now = ctx.now();
      const lockKey = `team-session-code:${auth.user.id}`;
      const locked = await lockedUntil(db, lockKey, now);
      if (locked)
        throw new AppError(
          429,
          'rate_limited',
          message('kaarten.session.problem.tooManyCodes', {
            minutes: Math.max(1, Math.ceil((locked.getTime() - now.getTime()) / 60_000)),
          }),
        );
      const row = await findOpenSessionByCode(
        db,
        auth.user.id,
        normaliseJoinCode(request.body.code),
      );
      if (!row || !codeIsValid(row, now)) {
        await recordFailure(db, lockKey, {
          now,
          maxFailures: MAX_WRONG_CODES,
          lockMs: WRONG_CODE_LOCK_MS,
        });
        await audit(db, request, { action: 'team_session.join', outcome: 'failure' });
        throw invalidField(
          'code',
          row ? 'code_expired' : 'unknown_code',
          problem(row ? 'codeExpired' : 'unknownCode'),
        );
      }
      await joinTeamSession(db, row.id, auth.user.id, now);
      await audit(db, request, {
        action: 'team_session.join',
        targetType: 'team_session',
        targetId: row.id,
      });
      return { id: row.id };
    },
  );
}

function teamSessionReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/team-sessions',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'The latest team sessions you joined, with what each team kept',
        tags: TAGS,
        response: { 200: teamSessionListSchema },
      },
    },
    async (request) => {
      const now = ctx.now();
      const rows = await listJoinedSessions(db, currentAuth(request).user.id, RECENT_SESSIONS);
      return {
        sessions: rows.map((row) => ({
          id: row.id,
          team: { id: row.teamId, name: row.teamName },
          card: {
            id: row.cardId,
            front: deckById(ctx, row.deckId)?.cards.find((c) => c.id === row.cardId)?.front ?? {
              nl: '',
              en: '',
            },
          },
          phase: sessionPhase(row, now),
          createdAt: row.createdAt.toISOString(),
          teamNote: row.teamNote,
        })),
      };
    },
  );

  app.get(
    '/team-sessions/:sessionId',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'A team session you joined, as you see it',
        tags: TAGS,
        params: teamSessionParams,
        response: { 200: teamSessionSchema },
      },
    },
    async (request) => view(ctx, request, await joined(db, request, request.params.sessionId)),
  );
}

function teamSessionEventRoutes(app: RouteApp, ctx: AppContext, watchers: SessionWatchers) {
  const { db } = ctx.database;
  app.get(
    '/team-sessions/:sessionId/events',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Server-sent events: `changed` whenever the session changes (then read it again)',
        tags: TAGS,
        params: teamSessionParams,
        response: {
          200: fileResponse('text/event-stream', 'An event stream that stays open'),
        },
      },
    },
    async (request, reply) => {
      const row = await joined(db, request, request.params.sessionId);
      reply.hijack();
      // The security headers set for every answer still apply to this one.
      const headers = Object.entries(reply.getHeaders()).filter(([, v]) => v !== undefined);
      reply.raw.writeHead(200, {
        ...(Object.fromEntries(headers) as Record<string, string | number | string[]>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Proxies must pass each event on at once rather than collect them.
        'x-accel-buffering': 'no',
      });
      watchers.watch(row.id, reply.raw);
    },
  );
}

function teamSessionAnswerRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const capitalIds = new Set(ctx.content.vocabularies.capitals.map((c) => c.id));
  app.put(
    '/team-sessions/:sessionId/answer',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'Write or change your answer: the capitals you see and why (hidden until revealed)',
        tags: TAGS,
        params: teamSessionParams,
        body: sessionAnswerBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const row = await joined(db, request, request.params.sessionId);
      const { capitals, reasoning } = request.body;
      if (capitals.some((c) => !capitalIds.has(c)))
        throw invalidField('capitals', 'unknown_capital', problem('unknownCapital'));
      if (capitals.length === 0 && reasoning === '')
        throw invalidField('capitals', 'empty_answer', problem('emptyAnswer'));
      const phase = sessionPhase(row, ctx.now());
      const saved =
        phase === 'answering' &&
        (await saveSessionAnswer(db, {
          sessionId: row.id,
          userId: currentAuth(request).user.id,
          capitals: [...new Set(capitals)],
          reasoning,
          now: ctx.now(),
        }));
      if (!saved)
        throw conflict(
          phase === 'closed' ? 'session_closed' : 'answers_revealed',
          problem(phase === 'closed' ? 'closed' : 'answersRevealed'),
        );
      return { ok: true as const };
    },
  );
}

function teamSessionStarterRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/team-sessions/:sessionId/reveal',
    {
      config: { access: 'authenticated' },
      schema: {
        summary: 'Show everyone’s answers and the back of the card (the starter only)',
        tags: TAGS,
        params: teamSessionParams,
        response: { 200: teamSessionSchema },
      },
    },
    async (request) => {
      const row = await joined(db, request, request.params.sessionId);
      onlyStarter(request, row);
      const now = ctx.now();
      if (sessionPhase(row, now) === 'closed') throw conflict('session_closed', problem('closed'));
      if (await revealSession(db, row.id, now))
        await audit(db, request, {
          action: 'team_session.reveal',
          targetType: 'team_session',
          targetId: row.id,
        });
      return view(ctx, request, { ...row, revealedAt: row.revealedAt ?? now });
    },
  );

  app.post(
    '/team-sessions/:sessionId/close',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'Close the session: delete all answers and keep only the team’s note (the starter only)',
        tags: TAGS,
        params: teamSessionParams,
        body: closeTeamSessionBody,
        response: { 200: teamSessionSchema },
      },
    },
    async (request) => {
      const row = await joined(db, request, request.params.sessionId);
      onlyStarter(request, row);
      const now = ctx.now();
      const teamNote = request.body.teamNote || null;
      if (sessionPhase(row, now) === 'closed') throw conflict('session_closed', problem('closed'));
      if (!(await closeSession(db, row.id, { teamNote, now })))
        throw conflict('session_closed', problem('closed'));
      await audit(db, request, {
        action: 'team_session.close',
        targetType: 'team_session',
        targetId: row.id,
        details: { keptNote: teamNote !== null },
      });
      return view(ctx, request, { ...row, closedAt: now, teamNote });
    },
  );
}

export const teamSessionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const watchers = sessionWatchers();
    const listening = await ctx.database.listen(TEAM_SESSION_CHANNEL, {
      onMessage: watchers.changed,
      onGap: watchers.refreshAll,
    });
    app.addHook('preClose', async () => watchers.endAll());
    app.addHook('onClose', () => listening.stop());

    teamSessionStartRoutes(app, ctx);
    teamSessionJoinRoutes(app, ctx);
    teamSessionReadRoutes(app, ctx);
    teamSessionEventRoutes(app, ctx, watchers);
    teamSessionAnswerRoutes(app, ctx);
    teamSessionStarterRoutes(app, ctx);
  };
