import type { z } from 'zod';
import type { MunicipalReportData, municipalQuery } from '../../contract/reports';
import type { Db } from '../../db/client';
import { outcomeReach, type SourceScope } from '../../db/reports/outcomes.repository';
import {
  gemeenteName,
  koepelOrganisationsIn,
  signalFollowUp,
} from '../../db/reports/municipal.repository';
import { municipalCounts, type MunicipalCountRow } from '../../db/reports/scan-outcomes.repository';
import { CAPITALS, type Instrument } from '../../domain/assessment';
import { message } from '../../domain/message';
import {
  koepelComparison,
  municipalReportOfTallies,
  type MunicipalTallies,
  outcomeMeasures,
  PROFILE_LEVELS,
  REFERRAL_STATUSES,
  signalSection,
  summariseOutcomeCounts,
  SUPPRESSION_THRESHOLD,
} from '../../domain/reports';
import type { AppContext } from '../app';
import { invalidField } from '../errors';
import type { AuthContext } from '../plugins/auth';
import { fingerprintOf } from './outcomes';

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
  const own = { organisationId, ...scope };
  const { report, reach: ownReach } = await countedMunicipalReport(db, ctx.instrument, own);
  const reach = await Promise.all(
    organisations.map(async (o) => ({
      organisationId: o.id,
      name: o.name,
      ...(o.id === organisationId
        ? ownReach
        : await outcomeReach(db, { ...own, organisationId: o.id })),
    })),
  );
  return { report, households: ownReach.households, reach };
}

/**
 * The organisation's tables of the municipal report, every figure counted in the database in one
 * statement: reach and referrals from the households and plans, outcomes and profiles from the
 * row of each household's latest scan up to the period's end (scan_outcomes, ADR 1501). Nothing
 * is computed per household here; the report equals `municipalReport` over one record per
 * household.
 */
export async function countedMunicipalReport(
  db: Db,
  instrument: Instrument,
  scope: SourceScope & Scope,
) {
  const rows = await municipalCounts(db, scope, fingerprintOf(instrument));
  const of = (kind: MunicipalCountRow['kind']) => rows.filter((r) => r.kind === kind);
  const [reach] = of('reach');
  const levels = of('level');
  const tallies: MunicipalTallies = {
    households: reach?.n ?? 0,
    children: reach?.x ?? 0,
    referralsByStatus: REFERRAL_STATUSES.map(
      (status) => of('status').find((r) => r.name === status)?.n ?? 0,
    ),
    householdsPerIntervention: new Map(of('intervention').map((r) => [r.name!, r.n])),
    profiles: {
      households: of('profiled')[0]?.n ?? 0,
      counts: CAPITALS.map((_, capital) =>
        PROFILE_LEVELS.map(
          (_, level) => levels.find((c) => c.x === capital && c.y === level)?.n ?? 0,
        ),
      ),
    },
  };
  const changes = of('change').map((r) => ({
    measure: r.x!,
    group: r.name,
    tenths: r.y!,
    households: r.n,
  }));
  const outcomes = summariseOutcomeCounts({ groups: changes }, outcomeMeasures(instrument), 'wijk');
  return {
    report: municipalReportOfTallies(tallies, outcomes),
    reach: { households: tallies.households, children: tallies.children },
  };
}
