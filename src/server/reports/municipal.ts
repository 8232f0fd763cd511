import type { z } from 'zod';
import type { MunicipalReportData, municipalQuery } from '../../contract/reports';
import { outcomeReach, outcomeSources } from '../../db/reports/outcomes.repository';
import {
  gemeenteName,
  koepelOrganisationsIn,
  signalFollowUp,
} from '../../db/reports/municipal.repository';
import { message } from '../../domain/message';
import {
  koepelComparison,
  municipalReport,
  signalSection,
  SUPPRESSION_THRESHOLD,
} from '../../domain/reports';
import type { AppContext } from '../app';
import { invalidField } from '../errors';
import type { AuthContext } from '../plugins/auth';
import { householdOutcome } from './outcomes';
import { latestProfile } from './profile';

export type MunicipalQuery = z.infer<typeof municipalQuery>;

/**
 * The municipal report for a gemeente the user's organisation works in: every count suppressed,
 * plus the number of households read (for the audit line only, never sent).
 */
export async function buildMunicipalReport(
  ctx: AppContext,
  auth: AuthContext,
  query: MunicipalQuery,
): Promise<{ report: MunicipalReportData; households: number }> {
  if (!auth.gemeenteCodes.includes(query.gemeente))
    throw invalidField('gemeente', 'unknown_gemeente', message('problem.reports.unknownGemeente'));
  if (query.to < query.from)
    throw invalidField('to', 'period_reversed', message('problem.reports.periodReversed'));
  const { db } = ctx.database;
  const organisationId = auth.user.organisationId;
  const scope = { gemeente: query.gemeente, period: { from: query.from, to: query.to } };
  const organisations = await koepelOrganisationsIn(db, organisationId, query.gemeente);
  const { report, households, reach } = await ctx.reports.get(
    `municipal:${organisationId}:${query.gemeente}:${query.from}:${query.to}`,
    [...new Set([organisationId, ...organisations.map((o) => o.id)])],
    () => countedReport(ctx, organisationId, organisations, scope),
  );
  // Signal cases have no gemeente: they belong to this one only when the organisation works
  // nowhere else. They are not among the rows the kept report depends on, so read every time.
  const signals =
    auth.gemeenteCodes.length === 1 ? await signalFollowUp(db, organisationId, scope.period) : null;
  const { items } = await ctx.catalogue();
  return {
    households,
    report: {
      ...query,
      gemeenteName: await gemeenteName(db, organisationId, query.gemeente),
      threshold: SUPPRESSION_THRESHOLD,
      ...report,
      interventions: report.interventions.map((i) => ({
        ...i,
        name: items.get(i.interventionId)?.name ?? i.interventionId,
      })),
      signals: signals && signalSection(signals.received, signals.outcomes),
      comparison: koepelComparison(reach).map((row) => ({
        ...row,
        own: row.organisationId === organisationId,
      })),
    },
  };
}

type Scope = { gemeente: string; period: { from: string; to: string } };

/**
 * The part of the municipal report computed from the households (kept while their data do not
 * change): the suppressed tables, the number of households read and the koepel's reach.
 */
async function countedReport(
  ctx: AppContext,
  organisationId: string,
  organisations: { id: string; name: string }[],
  scope: Scope,
) {
  const { db } = ctx.database;
  const sources = await outcomeSources(db, { organisationId, ...scope });
  const report = municipalReport(
    sources.map((s) => ({
      children: s.data.children.length,
      referrals: s.referrals,
      outcome: householdOutcome(s, ctx.instrument, scope.period.to),
      profile: latestProfile(s, ctx.instrument),
    })),
  );
  const reach = await Promise.all(
    organisations.map(async (o) => ({
      organisationId: o.id,
      name: o.name,
      ...(o.id === organisationId
        ? {
            households: sources.length,
            children: sources.reduce((sum, r) => sum + r.data.children.length, 0),
          }
        : await outcomeReach(db, { organisationId: o.id, ...scope })),
    })),
  );
  return { report, households: sources.length, reach };
}
