import { fileResponse } from '../../contract/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  municipalPdfQuery,
  municipalQuery,
  municipalSchema,
  outcomesQuery,
  outcomesSchema,
  teamDashboardSchema,
  type DashboardFigure,
} from '../../contract/reports';
import { caseworkerNames } from '../../db/reports/team.repository';
import { municipalCsvRows, suppressTable, SUPPRESSION_THRESHOLD } from '../../domain/reports';
import { teamCounter, teamCountsOf } from '../reports/team-counts';
import { toCsv } from '../csv';
import { householdOutcomeCounter, povertyTypeCounts } from '../reports/outcomes';
import { outcomeCounter, outcomesOfCounts } from '../reports/household-outcomes';
import { buildMunicipalReport } from '../reports/municipal';
import { municipalDocument } from '../pdf/municipal-pdf';
import { renderPdf } from '../pdf/render-pdf';
import type { AppContext } from '../app';
import type { RouteApp } from './route-app';
import { audit } from '../audit';
import { currentAuth } from '../plugins/auth';
import { todayInAmsterdam } from '../clock';

const tags = ['reports'];

/** A figure with the household list behind it. */
export function figure(count: number, filter: Record<string, string> = {}): DashboardFigure {
  const query = new URLSearchParams(filter).toString();
  return { count, filter, list: `/api/v1/households${query ? `?${query}` : ''}` };
}

/** The teamleider's dashboard. */
function teamReportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reports/team',
    {
      config: { access: ['teamleider'] },
      schema: {
        summary:
          'Team dashboard: caseload per worker, reviews due and overdue, plans by state, waiting referrals and consent to renew, over the open households you may see',
        tags,
        response: { 200: teamDashboardSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const viewer = {
        userId: auth.user.id,
        organisationId: auth.user.organisationId,
        teamIds: auth.teamIds,
      };
      const peildatum = todayInAmsterdam(ctx.now());
      const counts = teamCountsOf(
        await ctx.keptCounts.counts(
          `team:${viewer.userId}:${[...viewer.teamIds].sort().join('+')}:${peildatum}`,
          viewer.organisationId,
          teamCounter(db, viewer, peildatum),
        ),
      );
      const households = counts.openHouseholds;
      const people = await caseworkerNames(db, auth.user.organisationId, auth.teamIds, [
        ...counts.caseload.keys(),
      ]);
      await audit(db, request, {
        action: 'report.read_team',
        details: { households },
      });
      return {
        peildatum,
        openHouseholds: figure(counts.openHouseholds),
        caseload: people.map((p) => ({
          professional: p,
          ...figure(counts.caseload.get(p.id) ?? 0, { professional: p.id }),
        })),
        review: {
          overdue: figure(counts.review.overdue, { review: 'overdue' }),
          due: figure(counts.review.due, { review: 'due' }),
        },
        plan: {
          none: figure(counts.plan.none, { plan: 'none' }),
          running: figure(counts.plan.running, { plan: 'running' }),
          done: figure(counts.plan.done, { plan: 'done' }),
        },
        referralsWaiting: figure(counts.referralsWaiting, { referrals: 'waiting' }),
        consent: {
          expiring: figure(counts.consent.expiring, { consent: 'expiring' }),
          expired: figure(counts.consent.expired, { consent: 'expired' }),
        },
      };
    },
  );
}

/** Change in capital scores, grouped. */
function outcomeReportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reports/outcomes',
    {
      config: { access: ['teamleider', 'beleidsmedewerker'] },
      schema: {
        summary:
          'Outcomes of the organisation: change in capital and aspect scores from the first to the latest scan, per wijk, intervention used or suggested form of poverty; cells under 10 households hidden',
        tags,
        querystring: outcomesQuery,
        response: { 200: outcomesSchema },
      },
    },
    async (request) => {
      const auth = currentAuth(request);
      const peildatum = todayInAmsterdam(ctx.now());
      const { organisationId } = auth.user;
      const { groupBy } = request.query;
      // Counted per bucket of households; the suggested form of poverty depends on the
      // peildatum, so that grouping is made from each household's outcome in the request.
      const counter =
        groupBy === 'povertyType'
          ? householdOutcomeCounter(
              db,
              ctx.instrument,
              { organisationId },
              peildatum,
              povertyTypeCounts,
            )
          : outcomeCounter(db, ctx.instrument, { organisationId }, groupBy);
      const key = `outcomes:${organisationId}:${groupBy}${groupBy === 'povertyType' ? `:${peildatum}` : ''}`;
      const { report, households } = outcomesOfCounts(
        await ctx.keptCounts.counts(key, organisationId, counter),
        ctx.instrument,
        groupBy,
      );
      const { items } = await ctx.catalogue();
      const labels: Record<string, string> = {};
      if (report.grouping === 'intervention')
        for (const table of report.capitals)
          for (const g of table.groups)
            if (g.group) labels[g.group] = items.get(g.group)?.name ?? g.group;
      await audit(db, request, {
        action: 'report.read_outcomes',
        details: { grouping: report.grouping, households },
      });
      return {
        peildatum,
        threshold: SUPPRESSION_THRESHOLD,
        households: suppressTable({ counts: [[households]], partition: false }).rowTotals[0]!,
        ...report,
        labels,
      };
    },
  );
}

/** The municipal report as JSON and CSV. */
function municipalReportRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reports/municipal',
    {
      config: { access: ['beleidsmedewerker'] },
      schema: {
        summary:
          'Municipal report for a gemeente and period: reach, referrals, interventions used and change in capitals, only households whose consent covers anonymous reporting; cells under 10 hidden',
        tags,
        querystring: municipalQuery,
        response: { 200: municipalSchema },
      },
    },
    async (request) => {
      const { households, report } = await buildMunicipalReport(
        ctx,
        currentAuth(request),
        request.query,
      );
      await audit(db, request, {
        action: 'report.read_municipal',
        details: { gemeente: report.gemeente, households },
      });
      return report;
    },
  );

  app.get(
    '/reports/municipal/csv',
    {
      config: { access: ['beleidsmedewerker'] },
      schema: {
        summary: 'The municipal report as CSV (formulas neutralised)',
        tags,
        querystring: municipalQuery,
        produces: ['text/csv'],
        response: { 200: fileResponse('text/csv', 'The municipal report as CSV') },
      },
    },
    async (request, reply) => {
      const { households, report } = await buildMunicipalReport(
        ctx,
        currentAuth(request),
        request.query,
      );
      const names = new Map(report.interventions.map((i) => [i.interventionId, i.name]));
      const csv = toCsv(
        municipalCsvRows(report, {
          hidden: 'verborgen',
          total: 'totaal',
          unknown: 'onbekend',
          name: (id) => names.get(id) ?? id,
        }),
      );
      await audit(db, request, {
        action: 'report.export_municipal',
        details: { gemeente: report.gemeente, households, format: 'csv' },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="rapportage-${report.gemeente}-${report.from}-${report.to}.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}

/** The municipal report as PDF. */
function municipalPdfRoutes(app: RouteApp, ctx: AppContext) {
  const { db } = ctx.database;
  app.get(
    '/reports/municipal/pdf',
    {
      config: { access: ['beleidsmedewerker'] },
      schema: {
        summary: 'The municipal report as a PDF with charts, each followed by its table',
        tags,
        querystring: municipalPdfQuery,
        response: { 200: fileResponse('application/pdf', 'The municipal report as PDF') },
      },
    },
    async (request, reply) => {
      const { lang, ...query } = request.query;
      const { households, report } = await buildMunicipalReport(ctx, currentAuth(request), query);
      const pdf = await renderPdf(
        municipalDocument(report, {
          language: lang,
          capitalName: (c) =>
            ctx.content.vocabularies.capitals.find((x) => x.id === c)?.[lang] ?? c,
          date: todayInAmsterdam(ctx.now()),
        }),
      );
      await audit(db, request, {
        action: 'report.export_municipal',
        details: { gemeente: report.gemeente, households, format: 'pdf' },
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="rapportage-${report.gemeente}-${report.from}-${report.to}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}

export const reportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    teamReportRoutes(app, ctx);
    outcomeReportRoutes(app, ctx);
    municipalReportRoutes(app, ctx);
    municipalPdfRoutes(app, ctx);
  };
