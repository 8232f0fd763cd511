import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBody,
  loginBody,
  meSchema,
  preferencesBody,
  resetPasswordBody,
  sessionInfoSchema,
  setupBody,
} from '../../contract/auth';
import { okSchema } from '../../contract/common';
import {
  countAttempt,
  lockedUntil,
  recordFailure,
} from '../../db/repositories/login-throttle.repository';
import {
  createOrganisation,
  isSetupDone,
  markInstalled,
} from '../../db/repositories/organisations.repository';
import { endSession } from '../../db/repositories/sessions.repository';
import {
  clearFailedLogins,
  createUser,
  endAllSessions,
  findUserByEmail,
  findUserById,
  findUsableReset,
  recordFailedLogin,
  setLanguage,
  setPassword,
  teamIdsOf,
  useResetLink,
} from '../../db/repositories/users.repository';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { dummyVerify, hashPassword, passwordProblem, verifyPassword } from '../auth/passwords';
import { hashToken } from '../auth/tokens';
import { AppError, conflict, invalidField } from '../errors';
import { currentAuth } from '../plugins/auth';
import { buildMe, cachedMe } from './me';
import { message } from '../../domain/message';

const invalidLogin = () =>
  new AppError(401, 'invalid_credentials', message('problem.session.invalidCredentials'));

const accountLocked = (until: Date, now: Date) => {
  const minutes = Math.ceil((until.getTime() - now.getTime()) / 60_000);
  return new AppError(423, 'account_locked', message('problem.session.accountLocked', { minutes }));
};

const tooManyAttempts = () =>
  new AppError(429, 'rate_limited', message('problem.session.rateLimited'));

export async function assertAcceptablePassword(
  password: string,
  personal: string[],
  field: string,
) {
  const problem = await passwordProblem(password, personal);
  if (problem) throw invalidField(field, 'weak_password', problem);
}

/**
 * Login, setup and password attempts per client address per minute, counted in the database
 * so every instance behind a load balancer counts together.
 */
const attemptLimit = (ctx: AppContext) => async (request: FastifyRequest) => {
  const hits = await countAttempt(ctx.database.db, `ip:${request.ip}`, {
    now: ctx.now(),
    windowMs: 60_000,
  });
  if (hits > ctx.config.loginRateLimit) throw tooManyAttempts();
};

const lockPolicy = (ctx: AppContext, now: Date) => ({
  now,
  maxFailures: ctx.config.loginMaxFailures,
  lockMs: ctx.config.loginLockMs,
});

/**
 * Refuses a login for an address without an (active) account. The address still locks after
 * as many failures, with the same answer, so the lock does not tell which addresses have one.
 */
async function refuseWithoutAccount(
  ctx: AppContext,
  request: FastifyRequest,
  attempt: { email: string; password: string; now: Date },
  user: { id: string; organisationId: string } | null,
): Promise<never> {
  const { db } = ctx.database;
  const { email, password, now } = attempt;
  const key = `account:${hashToken(email.toLowerCase())}`;
  const until = await lockedUntil(db, key, now);
  await dummyVerify(password);
  if (!until) await recordFailure(db, key, lockPolicy(ctx, now));
  await audit(db, request, {
    action: 'auth.login',
    outcome: until ? 'denied' : 'failure',
    organisationId: user?.organisationId ?? null,
    actorId: user?.id ?? null,
    // An address without an account may be someone's own, mistyped: keep only its domain.
    details: user
      ? { reason: 'inactive' }
      : { reason: 'unknown_account', emailDomain: email.split('@').pop() ?? '' },
  });
  if (until) throw accountLocked(until, now);
  throw invalidLogin();
}

/** Counts a wrong password against the account (locking it at the limit) and logs it. */
async function countWrongPassword(
  ctx: AppContext,
  request: FastifyRequest,
  user: { id: string; organisationId: string },
  now: Date,
) {
  await ctx.database.db.transaction(async (tx) => {
    const { failures, locked } = await recordFailedLogin(tx, user.id, lockPolicy(ctx, now));
    await audit(tx, request, {
      action: locked ? 'auth.lock' : 'auth.login',
      outcome: 'failure',
      organisationId: user.organisationId,
      actorId: user.id,
      details: { reason: 'wrong_password', failures },
    });
  });
}

function sessionInfoRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Who is signed in, whether setup is open, and the CSRF token to send back',
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      const setup = await isSetupDone(db);
      const user = request.auth ? await buildMe(db, request.auth) : null;
      const csrfToken =
        request.auth?.session.csrfToken ?? ctx.auth.ensureCsrfCookie(request, reply);
      reply.header('cache-control', 'no-store');
      return { setupRequired: !setup.done, demo: setup.demo, csrfToken, user };
    },
  );
}

function setupRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/setup',
    {
      config: { access: 'public' },
      onRequest: attemptLimit(ctx),
      schema: {
        summary: 'First-run setup: the organisation and its first beheerder (once only)',
        body: setupBody,
        response: { 201: okSchema },
      },
    },
    async (request, reply) => {
      const body = request.body;
      await assertAcceptablePassword(
        body.admin.password,
        [body.admin.email, body.admin.name],
        'admin.password',
      );
      const passwordHash = await hashPassword(body.admin.password);
      await db.transaction(async (tx) => {
        const closed = () => conflict('setup_closed', message('problem.session.setupClosed'));
        if ((await isSetupDone(tx)).done) throw closed();
        if (!(await markInstalled(tx, { at: ctx.now() }))) throw closed();
        const koepelId = body.koepelName
          ? await createOrganisation(tx, { kind: 'koepel', name: body.koepelName })
          : null;
        const organisationId = await createOrganisation(tx, {
          kind: 'werkorganisatie',
          name: body.organisationName,
          parentId: koepelId,
          gemeenten: body.gemeenten,
        });
        const userId = await createUser(tx, {
          organisationId,
          email: body.admin.email,
          name: body.admin.name,
          role: 'beheerder',
          passwordHash,
        });
        await audit(tx, request, {
          action: 'setup.complete',
          organisationId,
          actorId: userId,
          targetType: 'organisation',
          targetId: organisationId,
        });
      });
      return reply.status(201).send({ ok: true as const });
    },
  );
}

function loginRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/login',
    {
      // Logging in ends the session the browser had (rotation), so that one must go at once.
      config: { changesAccess: true, access: 'public' },
      onRequest: attemptLimit(ctx),
      schema: {
        summary: 'Log in with e-mail and password; starts a new session',
        body: loginBody,
        response: { 200: sessionInfoSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const now = ctx.now();
      const user = await findUserByEmail(db, email);
      if (!user || !user.active)
        return refuseWithoutAccount(ctx, request, { email, password, now }, user);
      if (user.lockedUntil && user.lockedUntil > now) {
        await audit(db, request, {
          action: 'auth.login',
          outcome: 'denied',
          organisationId: user.organisationId,
          actorId: user.id,
          details: { reason: 'locked' },
        });
        throw accountLocked(user.lockedUntil, now);
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        await countWrongPassword(ctx, request, user, now);
        throw invalidLogin();
      }
      const session = await db.transaction(async (tx) => {
        // Rotation: whatever session the browser had before is ended, a new one starts.
        if (request.auth) await endSession(tx, request.auth.session.tokenHash);
        await clearFailedLogins(tx, user.id);
        const started = await ctx.auth.startSession(reply, user.id, tx, request.body.rememberMe);
        await audit(tx, request, {
          action: 'auth.login',
          organisationId: user.organisationId,
          actorId: user.id,
          sessionId: started.id,
        });
        return started;
      });
      const me = await buildMe(db, {
        user: { ...user, language: user.language },
        teamIds: await teamIdsOf(db, user.id),
      });
      const setup = await isSetupDone(db);
      return {
        setupRequired: false,
        demo: setup.demo,
        csrfToken: session.csrfToken,
        user: me,
      };
    },
  );
}

function signedInRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/logout',
    {
      config: { changesAccess: true, access: 'authenticated' },
      schema: { summary: 'End the current session', response: { 200: okSchema } },
    },
    async (request, reply) => {
      await audit(db, request, { action: 'auth.logout' });
      await ctx.auth.endSession(request, reply);
      return { ok: true as const };
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'authenticated' },
      schema: { summary: 'The signed-in user', response: { 200: meSchema } },
    },
    async (request) => cachedMe(db, currentAuth(request), ctx.auth.sessions),
  );
}

function passwordRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/me/password',
    {
      config: { changesAccess: true, access: 'authenticated' },
      onRequest: attemptLimit(ctx),
      schema: {
        summary: 'Change your own password; other sessions are ended',
        body: changePasswordBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const user = await findUserById(db, auth.user.id);
      if (!user || !(await verifyPassword(user.passwordHash, request.body.currentPassword))) {
        await audit(db, request, { action: 'account.change_password', outcome: 'failure' });
        throw invalidField(
          'currentPassword',
          'wrong_password',
          message('problem.session.wrongPassword'),
        );
      }
      await assertAcceptablePassword(
        request.body.newPassword,
        [user.email, user.name],
        'newPassword',
      );
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction(async (tx) => {
        await setPassword(tx, user.id, passwordHash, ctx.now());
        await endAllSessions(tx, user.id, auth.session.tokenHash);
        await audit(tx, request, {
          action: 'account.change_password',
          targetType: 'user',
          targetId: user.id,
        });
      });
      return { ok: true as const };
    },
  );

  app.put(
    '/me/preferences',
    {
      config: { changesAccess: true, access: 'authenticated' },
      schema: {
        summary: 'Save your language',
        body: preferencesBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      await setLanguage(db, auth.user.id, request.body.language);
      return { ok: true as const };
    },
  );
}

function passwordResetRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/password-reset',
    {
      config: { changesAccess: true, access: 'public' },
      onRequest: attemptLimit(ctx),
      schema: {
        summary: 'Set a new password with a one-time link from a beheerder',
        body: resetPasswordBody,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const now = ctx.now();
      const tokenHash = hashToken(request.body.token);
      const user = await findUsableReset(db, tokenHash, now);
      if (!user || !user.active) {
        await audit(db, request, {
          action: 'account.reset_password',
          outcome: 'failure',
          organisationId: user?.organisationId ?? null,
          actorId: null,
          details: { reason: 'invalid_or_expired_link' },
        });
        throw new AppError(410, 'reset_link_invalid', message('problem.session.resetLinkInvalid'));
      }
      await assertAcceptablePassword(
        request.body.newPassword,
        [user.email, user.name],
        'newPassword',
      );
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction(async (tx) => {
        if (!(await useResetLink(tx, tokenHash, now)))
          throw conflict('reset_link_used', message('problem.session.resetLinkUsed'));
        await setPassword(tx, user.id, passwordHash, now);
        await endAllSessions(tx, user.id);
        await audit(tx, request, {
          action: 'account.reset_password',
          organisationId: user.organisationId,
          actorId: user.id,
          targetType: 'user',
          targetId: user.id,
        });
      });
      return { ok: true as const };
    },
  );
}

export const sessionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    sessionInfoRoutes(app, ctx);
    setupRoutes(app, ctx);
    loginRoutes(app, ctx);
    signedInRoutes(app, ctx);
    passwordRoutes(app, ctx);
    passwordResetRoutes(app, ctx);
  };
