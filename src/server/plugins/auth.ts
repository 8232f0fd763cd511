import type { Message } from '../../contract/messages/catalogue';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../contract/common';
import type { Db } from '../../db/client';
import {
  createSession,
  endSession,
  findLiveSession,
  touchSession,
} from '../../db/repositories/sessions.repository';
import { hashToken, newToken, tokensMatch } from '../auth/tokens';
import { AppError, forbidden, unauthenticated } from '../errors';
import type { SessionCache } from '../session-cache';
import { sendProblem } from './problem-json';
import { message } from '../../domain/message';

/** Who may call a route. Every API route must declare it (checked when routes are added). */
export type Access = 'public' | 'authenticated' | readonly Role[];

/** An API route as the tests see it: who may call it, and the zod schemas its input must meet. */
export type ApiRoute = {
  method: string;
  url: string;
  access: Access;
  request: { body?: unknown; querystring?: unknown };
};

export type AuthContext = {
  user: {
    id: string;
    organisationId: string;
    role: Role;
    name: string;
    email: string;
    language: 'nl' | 'en';
    isDemo: boolean;
  };
  teamIds: string[];
  /** CBS codes of the gemeenten the user's organisation works in ('near me'). */
  gemeenteCodes: string[];
  session: { id: string; tokenHash: string; csrfToken: string };
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * false: no CSRF token and no session for this route. Only for public routes that change
     * nothing and read no cookie, such as the calculation API (ADR 0106).
     */
    csrf?: boolean;
    /**
     * The route changes who may do what (accounts, teams, gemeenten, sign-in, sign-out): after it
     * succeeds this instance forgets its cached sessions at once, without waiting for the
     * database's notification.
     */
    changesAccess?: boolean;
    /** What a body over the route's own `bodyLimit` is told, instead of the general 1 MB text. */
    bodyTooLarge?: Message;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    /** Every API route with the access it declares; the authorisation and fuzz tests walk this list. */
    apiRoutes: ApiRoute[];
    /** The application's clock: every stored time comes from it, so tests control time. */
    clock: () => Date;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Write last_seen_at at most this often; enough precision for an idle timeout of minutes.
const TOUCH_INTERVAL_MS = 60_000;

export type AuthOptions = {
  db: Db;
  secure: boolean;
  idleMs: number;
  absoluteMs: number;
  now: () => Date;
  sessions: SessionCache;
  /** Called before a 403 for a role the route does not allow, to log the attempt. */
  onRoleRefused?: (request: FastifyRequest) => Promise<void>;
};

export function cookieNames(secure: boolean) {
  // The __Host- prefix makes the browser refuse the cookie unless it is Secure and host-only.
  return secure
    ? { session: '__Host-wegwijs_session', csrf: '__Host-wegwijs_csrf' }
    : { session: 'wegwijs_session', csrf: 'wegwijs_csrf' };
}

export function registerAuth(app: FastifyInstance, options: AuthOptions) {
  const { db, secure, absoluteMs, now, sessions: cache } = options;
  const names = cookieNames(secure);
  const cookieBase = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };

  app.decorateRequest('auth', null);
  collectApiRoutes(app);
  app.decorate('clock', options.now);
  guardRequests(app, options, names, sessionLoader(options, names.session));

  return {
    cookieNames: names,
    /** The cached sessions, for what a route keeps beside a session (GET /me). */
    sessions: cache,
    /** Ensures a pre-login CSRF cookie exists and returns its value. */
    ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply): string {
      const existing = request.cookies[names.csrf];
      if (existing && existing.length >= 32) return existing;
      const token = newToken();
      reply.setCookie(names.csrf, token, { ...cookieBase, sameSite: 'strict' });
      return token;
    },
    /**
     * Starts a fresh session (a new token at every login, so a planted one is useless). The
     * cookie ends with the browser, so nobody finds the session on a shared computer, unless the
     * user asked to be remembered on their own device.
     */
    async startSession(reply: FastifyReply, userId: string, tx: Db = db, rememberMe = false) {
      const token = newToken();
      const csrfToken = newToken();
      const current = now();
      const id = await createSession(tx, {
        tokenHash: hashToken(token),
        userId,
        csrfToken,
        at: current,
        expiresAt: new Date(current.getTime() + absoluteMs),
      });
      reply.setCookie(names.session, token, {
        ...cookieBase,
        ...(rememberMe ? { maxAge: Math.floor(absoluteMs / 1000) } : {}),
      });
      return { id, csrfToken };
    },
    async endSession(request: FastifyRequest, reply: FastifyReply) {
      if (request.auth) {
        await endSession(db, request.auth.session.tokenHash);
      }
      reply.clearCookie(names.session, { path: '/' });
    },
  };
}

/** Keeps every /api/v1 route (for the authorisation matrix), refusing one without declared access. */
function collectApiRoutes(app: FastifyInstance) {
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`Route ${route.method} ${route.url} does not declare who may call it`);
    if (route.config?.csrf === false && access !== 'public')
      throw new Error(`Route ${route.method} ${route.url} skips CSRF but is not public`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        apiRoutes.push({
          method,
          url: route.url,
          access,
          request: { body: route.schema?.body, querystring: route.schema?.querystring },
        });
    }
  });
}

/** Reads the request's session (cached, checked against idle and absolute expiry) as its auth. */
function sessionLoader(options: AuthOptions, cookieName: string) {
  const { db, idleMs, now, sessions: cache } = options;
  async function readSession(tokenHash: string, current: Date) {
    const generation = cache.generation();
    const row = await findLiveSession(db, tokenHash, current);
    if (row) cache.store(tokenHash, row, generation);
    return row;
  }

  async function loadSession(request: FastifyRequest): Promise<AuthContext | null> {
    const token = request.cookies[cookieName];
    if (!token) return null;
    const tokenHash = hashToken(token);
    const current = now();
    const cached = cache.get(tokenHash);
    let row = cached && cached.session.expiresAt > current ? cached : null;
    row ??= await readSession(tokenHash, current);
    const idle = () => current.getTime() - row!.session.lastSeenAt.getTime() > idleMs;
    // Another instance may have seen the session since this one cached it: ask before ending it.
    if (row === cached && row && idle()) row = await readSession(tokenHash, current);
    if (!row || !row.user.active) return null;
    if (idle()) {
      await endSession(db, tokenHash);
      return null;
    }
    if (current.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await touchSession(db, tokenHash, current);
      row.session.lastSeenAt = current;
    }
    const { active: _active, ...user } = row.user;
    return {
      user,
      teamIds: row.teamIds,
      gemeenteCodes: row.gemeenteCodes,

      session: { id: row.session.id, tokenHash, csrfToken: row.session.csrfToken },
    };
  }
  return loadSession;
}

/** Sets request.auth, checks the CSRF token on state-changing requests and the route's access. */
function guardRequests(
  app: FastifyInstance,
  options: AuthOptions,
  names: ReturnType<typeof cookieNames>,
  loadSession: (request: FastifyRequest) => Promise<AuthContext | null>,
) {
  const cache = options.sessions;
  // Before the answer leaves, not after it: the client may otherwise ask again with an ended
  // session while the cache still holds it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config?.changesAccess && reply.statusCode < 400) cache.forgetAll();
    return payload;
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // static files and the SPA
    // A cookie-less public route: no session is read, so a forged request can act as nobody.
    if (request.routeOptions.config?.csrf === false) return;
    request.auth = await loadSession(request);

    if (STATE_CHANGING.has(request.method)) {
      // Synchronizer token for a session, double-submit cookie before login. A custom header
      // cannot be sent cross-site without a CORS preflight, which this API never allows.
      const expected = request.auth?.session.csrfToken ?? request.cookies[names.csrf];
      const given = request.headers['x-csrf-token'];
      if (!tokensMatch(expected, given)) {
        return sendProblem(request, reply, 403, 'csrf_failed', message('problem.auth.csrfFailed'));
      }
    }
    if (access === 'public') return;
    if (!request.auth) throw unauthenticated();
    if (access !== 'authenticated' && !access.includes(request.auth.user.role)) {
      await options.onRoleRefused?.(request);
      throw forbidden();
    }
  });
}

export type AuthService = ReturnType<typeof registerAuth>;

/** The signed-in user, for handlers on routes that require one. */
export function currentAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

export { AppError };
