import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hsdsServicePageSchema, importJobSchema } from '../../contract/catalogue';
import {
  createImportJob,
  failUnfinishedImportJob,
  getImportJob,
  recentImportJobs,
  type ImportJobRow,
} from '../../db/catalogue/import-jobs.repository';
import { matchingIds } from '../../domain/catalogue/search';
import {
  slicePage,
  toHsdsOrganizationListPage,
  toHsdsServiceListPage,
  toHsdsTaxonomies,
  toHsdsTaxonomyTerms,
  serviceIdForItem,
  type HsdsVocabularies,
} from '../../domain/hsds';
import type { AppContext } from '../app';
import { audit } from '../audit';
import { baseUrl, organisationExport, publishedCatalogue } from '../catalogue/hsds-catalogue';
import { runImportJob } from '../catalogue/hsds-import-job';
import { importInterrupted, interruptedReason } from '../catalogue/import-liveness';
import { notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { editors } from './catalogue.routes';
import { message } from '../../domain/message';

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
};
const hsdsNotFound = () => notFound(message('problem.hsds.notFound'));

type App = Parameters<FastifyPluginAsyncZod>[0];

/** What the public HSDS routes share: the published catalogue and the links' base URL. */
interface PublicApi {
  vocabularies: HsdsVocabularies;
  published: ReturnType<typeof publishedCatalogue>;
  base: (request: Parameters<typeof baseUrl>[0]) => string;
  pub: { access: 'public'; rateLimit: { max: number; timeWindow: string } };
}

/** Read-only Open Referral HSDS 3.0 API of the published catalogue, without login (no private contacts). */
export const hsdsPublicRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const vocabularies = ctx.content.vocabularies as unknown as HsdsVocabularies;
    const api: PublicApi = {
      vocabularies,
      published: publishedCatalogue(ctx.database.db, vocabularies),
      base: (request) => baseUrl(request, ctx.config.publicUrl),
      pub: { access: 'public' as const, rateLimit: { max: 300, timeWindow: '1 minute' } },
    };
    serviceRoutes(app, ctx, api);
    organizationRoutes(app, api);
    taxonomyRoutes(app, api);
  };

/** The API's root and its services, filtered by organisation, term or the wegwijzer's search. */
function serviceRoutes(app: App, ctx: AppContext, { published, base, pub }: PublicApi) {
  /** HSDS service id → place in the search's answer; null when the text has no words. */
  const searchRanks = async (text: string): Promise<Map<string, number> | null> => {
    const ids = matchingIds((await ctx.catalogue()).index, text);
    return ids && new Map(ids.map((id, rank) => [serviceIdForItem(id), rank]));
  };

  app.get('/', { config: pub, schema: { hide: true } }, async () => ({
    version: '3.0',
    profile: 'https://wegwijs.nl/hsds/profile',
    openapi_url: '/api/hsds/openapi.json',
  }));

  app.get(
    '/services',
    {
      config: pub,
      schema: {
        querystring: z.strictObject({
          ...paging,
          search: z.string().max(200).optional(),
          taxonomy_term_id: z.string().max(80).optional(),
          organization_id: z.string().max(80).optional(),
          full: z.enum(['true', 'false']).optional(),
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const catalogue = await published(base(request));
      // The wegwijzer's own Dutch search (stemming, typos, synonyms), in its relevance order.
      const rankOf = q.search ? await searchRanks(q.search) : null;
      const matches = catalogue.services.filter(
        (s) =>
          (!q.organization_id || s.organization_id === q.organization_id) &&
          (!q.taxonomy_term_id || catalogue.termsByService.get(s.id)?.has(q.taxonomy_term_id)) &&
          (!rankOf || rankOf.has(s.id)),
      );
      if (rankOf) matches.sort((a, b) => rankOf.get(a.id)! - rankOf.get(b.id)!);
      const start = (q.page - 1) * q.per_page;
      return toHsdsServiceListPage({
        items: matches.slice(start, start + q.per_page),
        total: matches.length,
        page: q.page,
        perPage: q.per_page,
        full: q.full === 'true',
      });
    },
  );

  app.get(
    '/services/:id',
    { config: pub, schema: { params: z.strictObject({ id: z.string().max(80) }) } },
    async (request) => {
      const found = (await published(base(request))).services.find(
        (s) => s.id === request.params.id,
      );
      if (!found) throw hsdsNotFound();
      return found;
    },
  );
}

/** The organisations offering services, each with its services. */
function organizationRoutes(app: App, { published, base, pub }: PublicApi) {
  app.get(
    '/organizations',
    { config: pub, schema: { querystring: z.strictObject(paging) } },
    async (request) => {
      const { organizations } = await published(base(request));
      const { page, per_page } = request.query;
      return toHsdsOrganizationListPage({
        items: organizations.slice((page - 1) * per_page, page * per_page),
        total: organizations.length,
        page,
        perPage: per_page,
      });
    },
  );

  app.get(
    '/organizations/:id',
    { config: pub, schema: { params: z.strictObject({ id: z.string().max(80) }) } },
    async (request) => {
      const catalogue = await published(base(request));
      const org = catalogue.organizations.find((o) => o.id === request.params.id);
      if (!org) throw hsdsNotFound();
      return {
        ...org,
        services: catalogue.services
          .filter((s) => s.organization_id === org.id)
          .map(({ organization: _o, ...s }) => s),
      };
    },
  );
}

/** The taxonomies and their terms (the wegwijzer's vocabularies). */
function taxonomyRoutes(app: App, { vocabularies, base, pub }: PublicApi) {
  app.get(
    '/taxonomies',
    { config: pub, schema: { querystring: z.strictObject(paging) } },
    async (request) =>
      slicePage(
        toHsdsTaxonomies({ baseUrl: base(request) }),
        request.query.page,
        request.query.per_page,
      ),
  );

  app.get(
    '/taxonomies/:id',
    { config: pub, schema: { params: z.strictObject({ id: z.string().max(80) }) } },
    async (request) => {
      const found = toHsdsTaxonomies({ baseUrl: base(request) }).find(
        (t) => t.id === request.params.id,
      );
      if (!found) throw hsdsNotFound();
      return found;
    },
  );

  app.get(
    '/taxonomy_terms',
    {
      config: pub,
      schema: {
        querystring: z.strictObject({ ...paging, taxonomy_id: z.string().max(80).optional() }),
      },
    },
    async (request) => {
      const terms = toHsdsTaxonomyTerms(vocabularies, { baseUrl: base(request) }).filter(
        (t) => !request.query.taxonomy_id || t.taxonomy_id === request.query.taxonomy_id,
      );
      return slicePage(terms, request.query.page, request.query.per_page);
    },
  );

  app.get(
    '/taxonomy_terms/:id',
    { config: pub, schema: { params: z.strictObject({ id: z.string().max(80) }) } },
    async (request) => {
      const found = toHsdsTaxonomyTerms(vocabularies, { baseUrl: base(request) }).find(
        (t) => t.id === request.params.id,
      );
      if (!found) throw hsdsNotFound();
      return found;
    },
  );
}

/** Export and import of the organisation's catalogue as HSDS files. */
export const hsdsExchangeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    /** Import jobs this instance is running now. */
    const runningHere = new Set<string>();
    exportRoute(app, ctx);
    importRoute(app, ctx, runningHere);
    importJobRoutes(app, ctx, runningHere);
  };

/** The organisation's catalogue as one HSDS file, for download. */
function exportRoute(app: App, ctx: AppContext) {
  const { db } = ctx.database;
  const vocabularies = ctx.content.vocabularies as unknown as HsdsVocabularies;
  app.get(
    '/catalogue/export/hsds',
    {
      config: { access: 'authenticated' },
      schema: {
        summary:
          'Download the national catalogue plus your organisation’s local offer as HSDS 3.0 JSON',
        response: { 200: hsdsServicePageSchema },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const list = await organisationExport(
        db,
        auth.user.organisationId,
        vocabularies,
        baseUrl(request, ctx.config.publicUrl),
      );
      await audit(db, request, {
        action: 'catalogue.export',
        targetType: 'organisation',
        targetId: auth.user.organisationId,
      });
      return reply
        .header(
          'content-disposition',
          `attachment; filename="wegwijs-hsds-${ctx.now().toISOString().slice(0, 10)}.json"`,
        )
        .send(
          toHsdsServiceListPage({
            items: list,
            total: list.length,
            page: 1,
            perPage: Math.max(1, list.length),
            full: true,
          }),
        );
    },
  );
}

/** Starts an import in the background. */
function importRoute(app: App, ctx: AppContext, runningHere: Set<string>) {
  const { db } = ctx.database;
  const vocabularies = ctx.content.vocabularies as unknown as HsdsVocabularies;
  app.post(
    '/catalogue/import',
    {
      config: { access: editors },
      // A municipal sociale kaart can be large; this route alone accepts up to 20 MB.
      bodyLimit: 20 * 1_048_576,
      schema: {
        summary:
          'Import an HSDS 3.0 file (one service, a list or an API page); runs in the background',
        querystring: z.strictObject({
          mode: z.enum(['all-or-nothing', 'valid-only']).default('all-or-nothing'),
          fileName: z.string().max(200).optional(),
        }),
        body: z.unknown(),
        response: { 202: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const jobId = await createImportJob(db, {
        organisationId: auth.user.organisationId,
        createdBy: auth.user.id,
        mode: request.query.mode,
        fileName: request.query.fileName ?? null,
        createdAt: ctx.now(),
      });
      runningHere.add(jobId);
      const run = runImportJob(
        db,
        {
          id: jobId,
          organisationId: auth.user.organisationId,
          userId: auth.user.id,
          sessionId: auth.session.id,
          ip: request.ip,
          mode: request.query.mode,
          json: request.body,
        },
        vocabularies,
        {
          now: ctx.now,
          log: request.log,
          separateConnection: ctx.database.engine === 'postgres',
        },
      );
      ctx.backgroundJobs.add(run);
      void run.finally(() => {
        ctx.backgroundJobs.delete(run);
        runningHere.delete(jobId);
      });
      return reply.status(202).send({ id: jobId });
    },
  );
}

/** Progress and report of one import, and the recent imports. */
function importJobRoutes(app: App, ctx: AppContext, runningHere: Set<string>) {
  const { db } = ctx.database;
  /** A job that stopped with its instance is marked failed when someone looks at it. */
  const settled = async (row: ImportJobRow) => {
    const interrupted = importInterrupted(row, {
      running: runningHere.has(row.id),
      sharedDatabase: ctx.database.engine === 'postgres',
      now: ctx.now(),
    });
    if (!interrupted) return row;
    return failUnfinishedImportJob(db, row, {
      at: ctx.now(),
      report: [
        {
          index: 0,
          hsdsId: null,
          name: null,
          outcome: 'rejected',
          reasons: [interruptedReason],
          warnings: [],
        },
      ],
    });
  };

  app.get(
    '/catalogue/import/:id',
    {
      config: { access: editors },
      schema: {
        summary: 'Progress and report of an import',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: importJobSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const row = await getImportJob(db, auth.user.organisationId, request.params.id);
      if (!row) throw notFound(message('problem.hsds.notFound2'));
      return toJob(await settled(row));
    },
  );

  app.get(
    '/catalogue/imports',
    {
      config: { access: editors },
      schema: {
        summary: 'Recent imports of your organisation',
        response: { 200: z.array(importJobSchema) },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const rows = await recentImportJobs(db, auth.user.organisationId);
      return Promise.all(rows.map(async (row) => toJob(await settled(row))));
    },
  );
}

const toJob = (row: ImportJobRow) => ({
  id: row.id,
  fileName: row.fileName,
  mode: row.mode,
  status: row.status,
  total: row.total,
  processed: row.processed,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  report: row.report,
});
