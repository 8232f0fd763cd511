import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  instrumentSchema,
  parseScanAnswers,
  profileResponseSchema,
  scanViewSchema,
} from '../../contract/scan';
import { hasConsent } from '../../db/households/consents.repository';
import { touchHousehold } from '../../db/households/household-writes.repository';
import {
  completeScan,
  findScan,
  latestCompleted,
  openDraft,
  saveAnswers,
  startScan,
  type ScanRow,
} from '../../db/households/scans.repository';
import type { ScanAnswers } from '../../domain/assessment';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { caseworkers, openHousehold } from '../households/access';
import { scanScoresRow } from '../households/scan-scores';
import { storeScanScores } from '../../db/households/scan-scores.repository';
import { refreshHouseholdOutcomes } from '../reports/household-outcomes';
import { matchingIndex, scanOutcome } from '../households/profile-view';
import type { InterventionIndex } from '../../domain/matching';
import { AppError, conflict, notFound, validationSummary } from '../errors';
import { currentAuth } from '../plugins/auth';
import { message } from '../../domain/message';

const scanParams = z.strictObject({ id: z.uuid(), scanId: z.uuid() });

/**
 * One matching index per gemeente, rebuilt when the catalogue changes (about 7 ms for 10 000
 * items).
 */
function matchingIndexes(catalogue: AppContext['catalogue']) {
  const indexes = new Map<string, { version: number; index: InterventionIndex }>();
  return async function indexFor(gemeente: string) {
    const snap = await catalogue();
    const cached = indexes.get(gemeente);
    if (cached?.version === snap.version) return cached.index;
    const index = matchingIndex(snap.items.values(), snap.offersByItem, gemeente);
    indexes.set(gemeente, { version: snap.version, index });
    return index;
  };
}

async function scanOf(db: Db, householdId: string, scanId: string) {
  const row = await findScan(db, householdId, scanId);
  if (!row) throw notFound(message('problem.scans.notFound'));
  return row;
}

const view = (row: ScanRow) => ({
  id: row.id,
  status: row.status,
  answers: row.answers,
  startedAt: row.startedAt.toISOString(),
  completedAt: row.completedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});

function instrumentRoutes(app: RouteApp, ctx: AppContext) {
  app.get(
    '/kapitaalscan/instrument',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'The current kapitaalscan instrument (aspects, levels, factors)',
        response: { 200: instrumentSchema },
      },
    },
    async () => ctx.instrument,
  );
}

function scanStartAndReadRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.post(
    '/households/:id/scans',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Start a kapitaalscan (needs consent for it); continues an open draft if there is one',
        params: z.strictObject({ id: z.uuid() }),
        response: {
          200: scanViewSchema.describe('The open draft, continued'),
          201: scanViewSchema.describe('A new scan'),
        },
      },
    },
    async (request, reply) => {
      const auth = currentAuth(request);
      const h = await openHousehold(db, request, request.params.id, 'scan.start', {
        logSuccess: false,
      });
      if (!(await hasConsent(db, h.id, 'kapitaalscan'))) {
        throw conflict('consent_missing', message('problem.scans.consentMissing'));
      }
      const draft = await openDraft(db, h.id);
      if (draft) {
        await audit(db, request, {
          action: 'scan.read',
          targetType: 'household',
          targetId: h.id,
        });
        return reply.status(200).send(view(draft));
      }
      const data = h.data;
      const answers: ScanAnswers = {
        instrumentId: ctx.instrument.id,
        instrumentVersion: ctx.instrument.version,
        aspects: {},
        children: data.children.map((c) => ({ childRef: c.ref, aspects: {} })),
        riskFactors: [],
        protectiveFactors: [],
      };
      const started = await db.transaction(async (tx) => {
        const row = await startScan(tx, {
          householdId: h.id,
          answers,
          createdBy: auth.user.id,
          at: ctx.now(),
        });
        await audit(tx, request, {
          action: 'scan.start',
          targetType: 'household',
          targetId: h.id,
        });
        return row;
      });
      return reply.status(201).send(view(started));
    },
  );

  app.get(
    '/households/:id/scans/:scanId',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'One scan with its answers',
        params: scanParams,
        response: { 200: scanViewSchema },
      },
    },
    async (request) => {
      await openHousehold(db, request, request.params.id, 'scan.read');
      return view(await scanOf(db, request.params.id, request.params.scanId));
    },
  );
}

function scanSaveRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.put(
    '/households/:id/scans/:scanId',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Save the answers so far (save and continue later)',
        params: scanParams,
        body: z.unknown(),
        response: { 200: scanViewSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'scan.save', {
        logSuccess: false,
      });
      const row = await scanOf(db, h.id, request.params.scanId);
      if (row.status !== 'draft') {
        throw conflict('scan_completed', message('problem.scans.scanCompleted'));
      }
      const checked = parseScanAnswers(ctx.instrument, request.body);
      if (!checked.ok)
        throw new AppError(422, 'validation_failed', validationSummary, checked.errors);
      const saved = await db.transaction(async (tx) => {
        const updated = await saveAnswers(tx, row, checked.value, ctx.now());
        await audit(tx, request, {
          action: 'scan.save',
          targetType: 'household',
          targetId: h.id,
        });
        return updated;
      });
      return view(saved);
    },
  );

  app.post(
    '/households/:id/scans/:scanId/complete',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Complete a scan: its profile becomes the current one',
        params: scanParams,
        response: { 200: scanViewSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'scan.complete', {
        logSuccess: false,
      });
      const row = await scanOf(db, h.id, request.params.scanId);
      if (row.status !== 'draft') return view(row);
      const done = await db.transaction(async (tx) => {
        const at = ctx.now();
        const completed = await completeScan(tx, row, at);
        // The numbers reports read, in the same transaction as the completion.
        const scores = scanScoresRow(ctx.instrument, { ...completed, completedAt: at });
        if (scores) await storeScanScores(tx, [scores]);
        await refreshHouseholdOutcomes(tx, ctx.instrument, [h.id]);
        await touchHousehold(tx, h, ctx.now());
        await audit(tx, request, {
          action: 'scan.complete',
          targetType: 'household',
          targetId: h.id,
        });
        return completed;
      });
      return view(done);
    },
  );
}

function profileRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  const indexFor = matchingIndexes(ctx.catalogue);
  app.get(
    '/households/:id/profile',
    {
      config: { access: caseworkers },
      schema: {
        summary:
          'Capital profile of the latest completed scan, change since the one before, poverty-type suggestion and matched interventions',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: profileResponseSchema },
      },
    },
    async (request) => {
      const h = await openHousehold(db, request, request.params.id, 'household.read_profile');
      const completed = await latestCompleted(db, h.id, 2);
      const data = h.data;
      return (
        scanOutcome({
          instrument: ctx.instrument,
          data,
          completed: completed.map((s) => ({
            id: s.id,
            answers: s.answers,
            completedAt: s.completedAt.toISOString(),
          })),
          index: await indexFor(data.gemeente.code),
          peildatum: ctx.now().toISOString().slice(0, 10),
        }) ?? { profile: null }
      );
    },
  );
}

export const scanRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    instrumentRoutes(app, ctx);
    scanStartAndReadRoutes(app, ctx);
    scanSaveRoutes(app, ctx);
    profileRoutes(app, ctx);
  };
