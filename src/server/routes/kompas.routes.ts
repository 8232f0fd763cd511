import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse, idSchema } from '../../contract/common';
import {
  kompasCycleSchema,
  kompasListSchema,
  kompasPdfQuery,
  newKompasCycleBody,
  saveKompasBody,
} from '../../contract/kompas';
import {
  insertKompasCycle,
  kompasCycle,
  kompasCyclesOf,
  kompasGroupOf,
  kompasVersions,
  lastKompasCycle,
  saveKompasVersion,
} from '../../db/reports/kompas.repository';
import { gemeenteName, koepelOrganisationsIn } from '../../db/reports/municipal.repository';
import { sumBuckets, type CountRow } from '../../db/reports/buckets';
import {
  applySave,
  editableBlocks,
  localPictureOfCounts,
  nextCycleBlocks,
  type PictureCount,
} from '../../domain/kompas';
import { POVERTY_TYPES } from '../../domain/assessment';
import type { HouseholdOutcome } from '../../domain/reports';
import { message } from '../../domain/message';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import type { Db } from '../../db/client';
import { audit } from '../audit';
import { AppError, conflict, fieldError, invalidField, notFound } from '../errors';
import { currentAuth } from '../plugins/auth';
import { kompasDocument } from '../pdf/kompas-pdf';
import { renderPdf } from '../pdf/render-pdf';
import { householdOutcomeCounter } from '../reports/outcomes';

const tags = ['kompas'];
/** The gemeente's playing field (beleidsmedewerker) and the organisations' (teamleider). */
const partners = ['beleidsmedewerker', 'teamleider'] as const;
const params = z.strictObject({ id: idSchema });
const cycleNotFound = () => notFound(message('problem.kompas.notFound'));

/** Who asks, their koepel group and the gemeenten they work in. */
async function scope(db: Db, request: FastifyRequest) {
  const auth = currentAuth(request);
  return {
    auth,
    groupId: await kompasGroupOf(db, auth.user.organisationId),
    gemeenten: auth.gemeenteCodes,
  };
}

/** A cycle the asker may see, with its versions and which blocks they may edit. */
async function present(db: Db, request: FastifyRequest, id: string) {
  const { auth, groupId, gemeenten } = await scope(db, request);
  const cycle = await kompasCycle(db, id, groupId, gemeenten);
  if (!cycle) throw cycleNotFound();
  const versions = await kompasVersions(db, cycle.id);
  return {
    ...cycle,
    gemeenteName: await gemeenteName(db, auth.user.organisationId, cycle.gemeente),
    editable: [...editableBlocks(auth.user.role)],
    versions: versions.map((v) => ({ ...v, savedAt: v.savedAt.toISOString() })),
  };
}

/** Households per wijk and suggested form of poverty, as counts (name: wijk, x: type index). */
const pictureCounts = (outcomes: HouseholdOutcome[]): CountRow[] =>
  sumBuckets(
    outcomes.map((o) => ({
      bucket: 0,
      kind: 'picture',
      name: o.wijk,
      x: o.povertyType === null ? null : POVERTY_TYPES.indexOf(o.povertyType),
      y: null,
      n: 1,
    })),
  );

/**
 * Block 1's figures: the group's households in the gemeente, suppressed, for the period; the
 * suggested form of poverty on the period's last day. Counted per organisation and bucket of
 * households, and kept (ADR 1501).
 */
async function figuresFor(
  ctx: AppContext,
  organisationId: string,
  gemeente: string,
  from: string,
  to: string,
) {
  const { db } = ctx.database;
  const organisations = await koepelOrganisationsIn(db, organisationId, gemeente);
  const counted: PictureCount[] = [];
  for (const o of organisations) {
    const scope = { organisationId: o.id, gemeente, period: { from, to } };
    const rows = await ctx.keptCounts.counts(
      `kompas:${o.id}:${gemeente}:${from}:${to}`,
      o.id,
      householdOutcomeCounter(db, ctx.instrument, scope, to, pictureCounts),
    );
    for (const r of rows)
      counted.push({
        wijk: r.name,
        povertyType: r.x === null ? null : POVERTY_TYPES[r.x]!,
        households: r.n,
      });
  }
  return localPictureOfCounts(counted);
}

function kompasListRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/kompas',
    {
      config: { access: partners },
      schema: {
        summary: 'Kwaliteitskompas cycles of your koepel in the gemeenten you work in',
        tags,
        response: { 200: kompasListSchema },
      },
    },
    async (request) => {
      const { auth, groupId, gemeenten } = await scope(db, request);
      const names = await Promise.all(
        gemeenten.map(async (code) => ({
          code,
          name: await gemeenteName(db, auth.user.organisationId, code),
        })),
      );
      return {
        gemeenten: names,
        canStart: editableBlocks(auth.user.role).includes('ambitions'),
        cycles: await kompasCyclesOf(db, groupId, gemeenten),
      };
    },
  );
}

function kompasCreateRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/kompas',
    {
      config: { access: ['beleidsmedewerker'] },
      schema: {
        summary:
          'Start a cycle for a gemeente and period; it starts from the last cycle there, with new figures in block 1',
        tags,
        body: newKompasCycleBody,
        response: { 201: kompasCycleSchema },
      },
    },
    async (request, reply) => {
      const { auth, groupId, gemeenten } = await scope(db, request);
      const body = request.body;
      if (!gemeenten.includes(body.gemeente))
        throw invalidField(
          'gemeente',
          'unknown_gemeente',
          message('problem.reports.unknownGemeente'),
        );
      if (body.periodTo < body.periodFrom)
        throw invalidField(
          'periodTo',
          'period_reversed',
          message('problem.reports.periodReversed'),
        );
      const figures = await figuresFor(
        ctx,
        auth.user.organisationId,
        body.gemeente,
        body.periodFrom,
        body.periodTo,
      );
      const id = await db.transaction(async (tx) => {
        const last = await lastKompasCycle(tx, groupId, body.gemeente);
        const created = await insertKompasCycle(tx, {
          groupId,
          ...body,
          previousId: last?.id ?? null,
          blocks: nextCycleBlocks(last?.blocks ?? null, figures),
          userId: auth.user.id,
          now: ctx.now(),
        });
        await audit(tx, request, {
          action: 'kompas.create',
          targetType: 'kompas',
          targetId: created,
          details: { gemeente: body.gemeente, from: last?.id ?? null },
        });
        return created;
      });
      return reply.status(201).send(await present(db, request, id));
    },
  );
}

function kompasCycleRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/kompas/:id',
    {
      config: { access: partners },
      schema: {
        summary: 'A cycle with its six blocks, its versions and the blocks you may change',
        tags,
        params,
        response: { 200: kompasCycleSchema },
      },
    },
    async (request) => present(db, request, request.params.id),
  );

  app.put(
    '/kompas/:id',
    {
      config: { access: partners },
      schema: {
        summary:
          'Save the blocks of your playing field as a new version (gemeente: 1, 2, 3, 6; organisations: 3, 4, 5, 6)',
        tags,
        params,
        body: saveKompasBody,
        response: { 200: kompasCycleSchema },
      },
    },
    async (request) => {
      const { auth, groupId, gemeenten } = await scope(db, request);
      const { id } = request.params;
      await db.transaction(async (tx) => {
        const cycle = await kompasCycle(tx, id, groupId, gemeenten);
        if (!cycle) throw cycleNotFound();
        if (cycle.version !== request.body.version)
          throw conflict('version_conflict', message('problem.kompas.versionConflict'));
        const saved = applySave(cycle.blocks, request.body.blocks, auth.user.role);
        if (saved.refused.length)
          throw new AppError(
            403,
            'block_not_yours',
            message('problem.kompas.blockNotYours'),
            saved.refused.map((b) =>
              fieldError(`blocks.${b}`, 'block_not_yours', message('problem.kompas.blockNotYours')),
            ),
          );
        const ok = await saveKompasVersion(tx, {
          id,
          version: cycle.version,
          blocks: saved.blocks,
          userId: auth.user.id,
          now: ctx.now(),
        });
        if (!ok) throw conflict('version_conflict', message('problem.kompas.versionConflict'));
        await audit(tx, request, {
          action: 'kompas.update',
          targetType: 'kompas',
          targetId: id,
          details: { version: cycle.version + 1 },
        });
      });
      return present(db, request, id);
    },
  );
}

function kompasPdfRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/kompas/:id/pdf',
    {
      config: { access: partners },
      schema: {
        summary: 'A cycle as a printable PDF',
        tags,
        params,
        querystring: kompasPdfQuery,
        response: { 200: fileResponse('application/pdf', 'The cycle as PDF') },
      },
    },
    async (request, reply) => {
      const cycle = await present(db, request, request.params.id);
      const pdf = await renderPdf(kompasDocument(cycle, request.query.lang));
      await audit(db, request, {
        action: 'kompas.print',
        targetType: 'kompas',
        targetId: cycle.id,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="kwaliteitskompas-${cycle.gemeente}-${cycle.periodFrom}-v${cycle.version}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}

export const kompasRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    kompasListRoutes(app, ctx);
    kompasCreateRoutes(app, ctx);
    kompasCycleRoutes(app, ctx);
    kompasPdfRoutes(app, ctx);
  };
