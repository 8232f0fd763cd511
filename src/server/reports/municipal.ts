import type { z } from 'zod';
import type { MunicipalReportData, municipalQuery } from '../../contract/reports';
import type { Db } from '../../db/client';
import { sumBuckets, type CountRow } from '../../db/reports/buckets';
import { reachCounts, type SourceScope } from '../../db/reports/outcomes.repository';
import {
  gemeenteName,
  koepelOrganisationsIn,
  signalFollowUp,
} from '../../db/reports/municipal.repository';
import { municipalCounts } from '../../db/reports/scan-outcomes.repository';
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
  const own = { organisationId, ...scope };
  const { report, reach: ownReach } = municipalOfCounts(
    await ctx.keptCounts.counts(
      `municipal:${organisationId}:${query.gemeente}:${query.from}:${query.to}`,
      organisationId,
      (buckets) => municipalCounts(db, own, fingerprintOf(ctx.instrument), buckets),
    ),
    ctx.instrument,
  );
  const reach = await Promise.all(
    organisations.map(async (o) => ({
      organisationId: o.id,
      name: o.name,
      ...(o.id === organisationId
        ? ownReach
        : await koepelReach(ctx, { ...own, organisationId: o.id })),
    })),
  );
  const households = ownReach.households;
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

/** The households and children of another organisation of the koepel in the report's scope. */
async function koepelReach(ctx: AppContext, scope: SourceScope & Scope) {
  const { organisationId, gemeente, period } = scope;
  const rows = await ctx.keptCounts.counts(
    `reach:${organisationId}:${gemeente}:${period.from}:${period.to}`,
    organisationId,
    (buckets) => reachCounts(ctx.database.db, scope, buckets),
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  return { households: of('reach'), children: of('children') };
}

/**
 * The organisation's tables of the municipal report from its counts (`municipalCounts`): reach
 * and referrals from the households and plans, outcomes and profiles from the row of each
 * household's latest scan up to the period's end (scan_outcomes, ADR 1501). Nothing is computed
 * per household; the report equals `municipalReport` over one record per household.
 */
export function municipalOfCounts(rows: CountRow[], instrument: Instrument) {
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const total = (kind: string) => of(kind)[0]?.n ?? 0;
  const levels = of('level');
  const tallies: MunicipalTallies = {
    households: total('reach'),
    children: total('children'),
    referralsByStatus: REFERRAL_STATUSES.map(
      (status) => of('status').find((r) => r.name === status)?.n ?? 0,
    ),
    householdsPerIntervention: new Map(of('intervention').map((r) => [r.name!, r.n])),
    profiles: {
      households: total('profiled'),
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

/** The municipal report's tables with every bucket counted now (tests and benchmarks). */
export async function countedMunicipalReport(
  db: Db,
  instrument: Instrument,
  scope: SourceScope & Scope,
) {
  const rows = await municipalCounts(db, scope, fingerprintOf(instrument), null);
  return municipalOfCounts(sumBuckets(rows), instrument);
}
