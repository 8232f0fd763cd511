import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../contract/common';
import { householdExportSchema } from '../../contract/households';
import { listVersions } from '../../db/catalogue/history.repository';
import { consentsOf } from '../../db/households/consents.repository';
import { planOf, professionalsOf } from '../../db/households/households.repository';
import { scansOf } from '../../db/households/scans.repository';
import { drawingsOf } from '../../db/households/drawings.repository';
import { signalsOf } from '../../db/households/signals.repository';
import { householdAccessLog } from '../../db/repositories/audit.repository';
import { profile } from '../../domain/assessment';
import type { Db } from '../../db/client';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { caseworkers, openHousehold } from '../households/access';
import { householdExportDocument } from '../pdf/household-export-pdf';
import { renderPdf } from '../pdf/render-pdf';
import { referralsForInzage } from '../referrals/inzage';

const params = z.strictObject({ id: z.uuid() });

/** Inzage: everything Wegwijs holds about one household, as JSON and as a readable PDF. */

async function collect(db: Db, householdId: string, organisationId: string) {
  const [people, consentRows, scanRows, plan, planVersions, log, drawings, signals] =
    await Promise.all([
      professionalsOf(db, householdId),
      consentsOf(db, householdId),
      scansOf(db, householdId, 'oldest'),
      planOf(db, householdId),
      listVersions(db, 'plan', householdId),
      householdAccessLog(db, householdId, organisationId),
      drawingsOf(db, householdId),
      signalsOf(db, householdId, 'oldest'),
    ]);
  const referrals = await referralsForInzage(db, householdId);
  return { people, consentRows, scanRows, plan, planVersions, log, drawings, signals, referrals };
}

/** What was kept beside the plan: colouring pages, recorded signals and referrals. */
function keptRecords(c: Awaited<ReturnType<typeof collect>>) {
  return {
    drawings: c.drawings.map((d) => ({
      childRef: d.childRef,
      fills: d.fills,
      note: d.note,
      createdAt: d.createdAt.toISOString(),
    })),
    signals: c.signals.map(({ s }) => ({
      setting: s.setting,
      signalIds: s.signalIds,
      seenOn: s.seenOn,
      note: s.note,
      recordedAt: s.recordedAt.toISOString(),
    })),
    referrals: c.referrals,
  };
}

function householdExportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/export',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Everything about one household as JSON (right of access)',
        params,
        response: { 200: householdExportSchema },
      },
    },
    async (request, reply) => {
      const h = await openHousehold(db, request, request.params.id, 'household.export');
      const c = await collect(db, h.id, h.organisationId);
      const body = {
        exportedAt: ctx.now().toISOString(),
        household: {
          reference: h.reference,
          label: h.label,
          ...h.data,
          notes: h.notes,
          startDate: h.startDate,
          closedAt: h.closedAt,
          closeReason: h.closeReason,
          professionals: c.people.map((p) => p.name),
        },
        consents: c.consentRows.map(
          ({ householdId: _h, recordedBy: _r, withdrawnRecordedBy: _w, recordedAt, ...rest }) => ({
            ...rest,
            recordedAt: recordedAt.toISOString(),
          }),
        ),
        scans: c.scanRows.map((s) => ({
          startedAt: s.startedAt.toISOString(),
          completedAt: s.completedAt?.toISOString() ?? null,
          status: s.status,
          instrument: `${s.instrumentId} v${s.instrumentVersion}`,
          answers: s.answers,
          profile:
            s.instrumentVersion === ctx.instrument.version
              ? profile(ctx.instrument, s.answers)
              : null,
        })),
        plan: c.plan?.plan ?? null,
        ...keptRecords(c),
        planHistory: c.planVersions,
        accessLog: c.log.map((l) => ({
          at: l.at.toISOString(),
          action: l.action,
          outcome: l.outcome,
          by: l.actor,
        })),
      };
      return reply
        .header('content-disposition', `attachment; filename="inzage-${h.reference}.json"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}

function householdExportPdfRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/households/:id/export/pdf',
    {
      config: { access: caseworkers },
      schema: {
        summary: 'Everything about one household as a readable PDF (right of access)',
        params,
        querystring: z.strictObject({ lang: z.enum(['nl', 'en']).default('nl') }),
        response: { 200: fileResponse('application/pdf', 'The household’s data as a PDF') },
      },
    },
    async (request, reply) => {
      const h = await openHousehold(db, request, request.params.id, 'household.export');
      const c = await collect(db, h.id, h.organisationId);
      const { lang: taal } = request.query;
      const { items } = await ctx.catalogue();
      const pdf = await renderPdf(
        householdExportDocument({
          household: h,
          professionals: c.people.map((p) => p.name),
          consents: c.consentRows,
          scans: c.scanRows.map((s) => ({
            startedAt: s.startedAt,
            completedAt: s.completedAt,
            profile:
              s.status === 'completed' && s.instrumentVersion === ctx.instrument.version
                ? profile(ctx.instrument, s.answers)
                : null,
          })),
          plan: c.plan?.plan ?? null,
          drawings: c.drawings,
          signals: c.signals.map(({ s }) => {
            const list = ctx.content.signalChecklists.find((l) => l.id === s.setting);
            return {
              setting: list?.title[taal] ?? s.setting,
              seenOn: s.seenOn,
              items: s.signalIds.map(
                (id) => list?.look_for.find((i) => i.id === id)?.text[taal] ?? id,
              ),
              note: s.note,
            };
          }),
          referrals: c.referrals,
          log: c.log,
          now: ctx.now(),
          language: taal,
          interventionName: (id) => items.get(id)?.name ?? id,
          capitalName: (id) => {
            const section = ctx.instrument.capitals.find((x) => x.capital === id);
            return section ? (taal === 'en' ? section.titleEn : section.title) : id;
          },
          lifeEventName: (id) =>
            ctx.content.vocabularies.life_events.find((e) => e.id === id)?.[taal] ?? id,
        }),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="inzage-${h.reference}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}

export const privacyRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    householdExportRoutes(app, ctx);
    householdExportPdfRoutes(app, ctx);
  };
