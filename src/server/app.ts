import { existsSync } from 'node:fs';
import { fromRoot } from '../paths';

import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Content } from '../content/read-content';
import type { Database } from '../db/client';
import type { Instrument } from '../domain/assessment';
import { catalogueSearch, type CatalogueSearchOptions } from './catalogue/search-service';

import type { Config } from '../config';
import { logSerializers } from './log-safe';
import { logRoleRefusal } from './households/access';
import { registerAuth, type AuthService } from './plugins/auth';
import { registerInputGuard } from './plugins/input-guard';
import { registerProblemJson, routerProblem, sendProblem } from './plugins/problem-json';
import { sessionCache } from './session-cache';
import { storageAlarm, type StorageAlarm } from './storage-alarm';
import { adminRoutes } from './routes/admin.routes';
import { auditRoutes } from './routes/audit.routes';
import { benefitsRoutes } from './routes/benefits.routes';
import { gemeenteKeeperRoutes } from './routes/gemeente-keeper.routes';
import { rulesStatusRoutes } from './routes/rules-status.routes';
import { catalogueRoutes } from './routes/catalogue.routes';
import { hsdsExchangeRoutes, hsdsPublicRoutes } from './routes/hsds.routes';
import { householdRoutes } from './routes/households.routes';
import { offerRoutes } from './routes/offers.routes';
import { planRoutes } from './routes/plans.routes';
import { privacyRoutes } from './routes/privacy.routes';
import { scanRoutes } from './routes/scans.routes';
import { drawingRoutes } from './routes/drawings.routes';
import { caseDialogueRoutes } from './routes/case-dialogues.routes';
import { experienceExpertRoutes } from './routes/experience-experts.routes';

import { searchRoutes } from './routes/search.routes';

import { posterRoutes } from './routes/poster.routes';
import { cardRoutes } from './routes/cards.routes';
import { lifeEventRoutes } from './routes/life-events.routes';
import { signalChecklistRoutes } from './routes/signal-checklists.routes';
import { householdSignalRoutes } from './routes/household-signals.routes';
import { adviceRoutes } from './routes/advice.routes';
import { reflectionRoutes } from './routes/reflections.routes';
import { learningRoutes } from './routes/learning.routes';
import { quickscanRoutes } from './routes/quickscan.routes';
import { teamSessionRoutes } from './routes/team-sessions.routes';

import { reviewRoutes } from './routes/review.routes';
import { specialistRoutes } from './routes/specialists.routes';
import { organisationRoutes } from './routes/organisation.routes';
import { sessionRoutes } from './routes/session.routes';
import { systemRoutes } from './routes/system.routes';
import { API_VERSION, shapeDocument } from './openapi';
import { teamRoutes } from './routes/team.routes';
import { signalHandoverRoutes } from './routes/signals-handover.routes';
import { referralRoutes } from './routes/referrals.routes';
import { signalRoutes } from './routes/signals.routes';
import { reportRoutes } from './routes/reports.routes';
import { kompasRoutes } from './routes/kompas.routes';
import { aanbodRoutes } from './routes/aanbod.routes';
import { message } from '../domain/message';
import { keptCounts, type KeptCounts } from './reports/kept-counts';

export type AppContext = {
  config: Config;
  database: Database;
  /** Validated content/: vocabularies, capitals, synonyms and the national catalogue. */
  content: Content;
  /** The kapitaalscan instrument in use. */
  instrument: Instrument;
  /** The catalogue with its search index, kept in step with the database. */
  catalogue: ReturnType<typeof catalogueSearch>;
  auth: AuthService;
  now: () => Date;
  /** Raised when the database refuses writes for lack of disk space; /readyz reports it. */
  storage: StorageAlarm;
  /** Work that outlives its request (imports); shutdown waits for it. */
  backgroundJobs: Set<Promise<unknown>>;
  /** Report counts kept per bucket of households (ADR 1501). */
  keptCounts: KeptCounts;
};

export type BuildAppOptions = {
  config: Config;
  database: Database;
  content: Content;
  instrument: Instrument;
  /** The clock; tests move it to check timeouts. */
  now?: () => Date;
  /** Directory with the built web app; omitted in API tests. */
  webDist?: string | null;
  logger?: boolean;
  /** Where the log goes instead of stdout (tests read it back). */
  logStream?: { write(line: string): void };
  /**
   * Start building the search index while the app is built, and let /readyz wait for it, so the
   * first search does not (seconds with a large catalogue). Off when omitted (tests).
   */
  buildSearchIndexAtStart?: boolean;
  /** How the search index is built; a worker thread when omitted (tests may hold a build back). */
  buildSearchIndex?: CatalogueSearchOptions['buildIndex'];
  /** Where built search indexes are kept for the next start; none when omitted. */
  searchIndexStore?: CatalogueSearchOptions['store'];
};

export const defaultWebDist = fromRoot('dist', 'web');

const isSourceMap = (url: string) => /\.map($|\?)/.test(url);

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = createFastify(options);
  // The API speaks JSON only; other bodies get a clear 415 instead of a confusing 422.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const storage = storageAlarm();
  registerProblemJson(app, storage);
  registerInputGuard(app);
  await registerHttpPlugins(app, options.config);
  const ctx = await createContext(app, options, now, storage);
  addCatalogueHooks(app, ctx, options.buildSearchIndexAtStart ?? false);
  await registerRoutes(app, ctx, options);
  await registerWebApp(app, options);
  return app;
}

/** Fastify with logging, body limit, proxy trust and request ids from the configuration. */
function createFastify(options: BuildAppOptions) {
  const { config } = options;
  return Fastify({
    logger:
      options.logger || options.logStream
        ? {
            level: config.logLevel,
            serializers: logSerializers,
            ...(options.logStream ? { stream: options.logStream } : {}),
          }
        : false,
    bodyLimit: 1_048_576,
    // A hop count: believe that many proxies in front (Fastify's own number handling is untyped).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // Request ids in the log let an operator find one request without logging personal data.
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: routerProblem,
  }).withTypeProvider<ZodTypeProvider>();
}

type App = ReturnType<typeof createFastify>;

/** Cookies, security headers (helmet), rate limiting and the OpenAPI document. */
async function registerHttpPlugins(app: App, config: BuildAppOptions['config']) {
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Chart libraries set style attributes; no inline <style> or scripts are needed.
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secure ? [] : null,
      },
    },
    hsts: config.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Wegwijs API',
        version: '1.0.0',
        description:
          'API of Wegwijs. Errors are RFC 9457 problem+json with a Dutch and an English message.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        contact: {
          name: 'Wegwijs',
          url: 'https://github.com/wegwijs/wegwijs',
          email: 'beheer@wegwijs.nl',
        },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'wegwijs_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
}

/** The sessions (kept in step with other instances), authentication and the routes' context. */
async function createContext(
  app: App,
  options: BuildAppOptions,
  now: () => Date,
  storage: AppContext['storage'],
): Promise<AppContext> {
  const { config, database } = options;
  const sessions = sessionCache();
  const listening = await database.listen('wegwijs_auth', {
    onMessage: sessions.changed,
    onGap: sessions.forgetAll,
  });
  sessions.listenWhile(listening.active);
  app.addHook('onClose', () => listening.stop());
  const auth = registerAuth(app, {
    sessions,
    db: database.db,
    secure: config.secure,
    idleMs: config.sessionIdleMs,
    absoluteMs: config.sessionAbsoluteMs,
    now,
    onRoleRefused: (request) => logRoleRefusal(database.db, request),
  });
  return {
    instrument: options.instrument,
    catalogue: catalogueSearch(database.db, options.content.synonyms, {
      ...(options.buildSearchIndex && { buildIndex: options.buildSearchIndex }),
      ...(options.searchIndexStore && { store: options.searchIndexStore }),
    }),
    config,
    database,
    content: options.content,
    auth,
    now,
    storage,
    backgroundJobs: new Set(),
    keptCounts: keptCounts(database.db),
  };
}

/** Keeps the search index current after catalogue writes, and builds it in advance when asked. */
function addCatalogueHooks(app: App, ctx: AppContext, buildAtStart: boolean) {
  // A change to the catalogue through this instance shows in the next search at once.
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && /^\/api\/v1\/(catalogue|specialists)/.test(request.url))
      ctx.catalogue.invalidate();
  });
  app.addHook('onClose', async () => {
    await Promise.allSettled([...ctx.backgroundJobs]);
  });
  if (!buildAtStart) return;
  // Started here, not after listening: the worker thread starts up and reads the catalogue while
  // the main thread registers the routes and runs the start's other work.
  const started = performance.now();
  const building = ctx.catalogue().then(
    (snap) =>
      app.log.info(
        { items: snap.items.size, ms: Math.round(performance.now() - started) },
        'search index ready',
      ),
    (error: unknown) => app.log.warn({ err: error }, 'search index not built in advance'),
  );
  ctx.backgroundJobs.add(building);
  void building.finally(() => ctx.backgroundJobs.delete(building));
}

/** The system routes, the /api/v1 route groups with their OpenAPI document, and the HSDS API. */
async function registerRoutes(app: App, ctx: AppContext, options: BuildAppOptions) {
  // NL API Design Rules: every /api/v1 answer, errors included, names the full API version.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/')) reply.header('API-Version', API_VERSION);
  });
  // When the index is built in advance, the instance is ready only once it exists.
  await app.register(
    systemRoutes(ctx, { needsSearchIndex: options.buildSearchIndexAtStart ?? false }),
  );
  await app.register(
    async (api) => {
      await api.register(sessionRoutes(ctx));
      await api.register(adminRoutes(ctx));
      await api.register(teamRoutes(ctx));
      await api.register(organisationRoutes(ctx));
      await api.register(auditRoutes(ctx));
      await api.register(catalogueRoutes(ctx));
      await api.register(offerRoutes(ctx));
      await api.register(specialistRoutes(ctx));
      await api.register(reviewRoutes(ctx));
      await api.register(posterRoutes(ctx));
      await api.register(cardRoutes(ctx));
      await api.register(reflectionRoutes(ctx));
      await api.register(learningRoutes(ctx));
      await api.register(quickscanRoutes(ctx));
      await api.register(teamSessionRoutes(ctx));
      await api.register(searchRoutes(ctx));
      await api.register(householdRoutes(ctx));
      await api.register(scanRoutes(ctx));
      await api.register(planRoutes(ctx));
      await api.register(drawingRoutes(ctx));
      await api.register(caseDialogueRoutes(ctx));
      await api.register(experienceExpertRoutes(ctx));
      await api.register(lifeEventRoutes(ctx));
      await api.register(signalChecklistRoutes(ctx));
      await api.register(householdSignalRoutes(ctx));
      await api.register(adviceRoutes(ctx));
      await api.register(privacyRoutes(ctx));
      await api.register(reportRoutes(ctx));
      await api.register(kompasRoutes(ctx));
      await api.register(aanbodRoutes(ctx));
      await api.register(hsdsExchangeRoutes(ctx));
      await api.register(benefitsRoutes(ctx));
      await api.register(gemeenteKeeperRoutes(ctx));
      await api.register(rulesStatusRoutes(ctx));
      await api.register(signalRoutes(ctx));
      await api.register(signalHandoverRoutes(ctx));
      await api.register(referralRoutes(ctx));
      api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
        shapeDocument(app.swagger(), {
          prefix: '/api/v1',
          title: 'Wegwijs API',
          routes: app.apiRoutes,
        }),
      );
    },
    { prefix: '/api/v1' },
  );
  await app.register(hsdsPublicRoutes(ctx), { prefix: '/api/hsds' });
  // Open Referral's own API, documented apart from /api/v1 and checked against HSDS (ADR 0005).
  app.get('/api/hsds/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
    shapeDocument(app.swagger(), {
      prefix: '/api/hsds',
      title: 'Wegwijs HSDS 3.0 API',
      version: '3.0.0',
    }),
  );
}

/** The built web app, and its shell for every client-side route; a problem+json 404 otherwise. */
async function registerWebApp(app: App, options: BuildAppOptions) {
  const webDist = options.webDist === undefined ? defaultWebDist : options.webDist;
  const serveWeb = Boolean(webDist && existsSync(webDist));
  if (serveWeb)
    await app.register(fastifyStatic, {
      root: webDist!,
      // One route for every file, not a GET and a HEAD route per file: 550 routes took 60 ms of
      // each start. A path that is no file goes on to the not-found handler below.
      wildcard: true,
      index: 'index.html',
      // Source maps stay on the server for debugging; served, they would publish the sources.
      allowedPath: (path) => !isSourceMap(path),
    });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes: any GET outside the API serves the app shell.
    const isAppRoute = !request.url.startsWith('/api/') && !isSourceMap(request.url);
    if (serveWeb && request.method === 'GET' && isAppRoute) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'not_found', message('problem.app.notFound'));
  });
}
