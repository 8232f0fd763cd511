import { and, eq, gte, or, sql, type SQL } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../../contract/households';
import type { Db } from '../client';
import { households, plans, scanScores } from '../schema';

/** The stored numbers of one completed scan (table scan_scores). */
export interface ScoredScan {
  instrumentId: string;
  instrumentVersion: number;
  /** See src/domain/assessment/stored-scores.ts. */
  aspectScores: string;
  aspectOrder: number;
  riskFactors: string[];
}

export interface OutcomeSource {
  data: HouseholdData;
  referrals: Plan['referrals'];
  /** null when the household has fewer than two completed scans (in the period). */
  first: ScoredScan | null;
  latest: ScoredScan | null;
}

export interface SourceScope {
  organisationId: string;
  /** Only households in this gemeente (CBS code). */
  gemeente?: string;
  /** Only households open at some time in [from, to], and scans completed up to `to`. */
  period?: { from: string; to: string };
}

/** The households in scope: the organisation's, with a current consent for anonymous reporting. */
function householdFilters(scope: SourceScope): SQL[] {
  const filters: SQL[] = [
    eq(households.organisationId, scope.organisationId),
    sql`EXISTS (SELECT 1 FROM consents c WHERE c.household_id = ${households.id}
      AND c.purpose = 'rapportage-anoniem' AND c.withdrawn_at IS NULL)`,
  ];
  if (scope.gemeente)
    filters.push(sql`${households.data}->'gemeente'->>'code' = ${scope.gemeente}`);
  if (scope.period)
    filters.push(
      sql`${households.startDate} <= ${scope.period.to}`,
      sql`(${households.closedAt} IS NULL OR ${households.closedAt} >= ${scope.period.from})`,
    );
  return filters;
}

/**
 * The stored numbers of the first and the latest completed scan (up to the period's end) of every
 * household in scope that has at least two, in one pass over scan_scores (completed scans only):
 * each scan is numbered in completion order, so the first is number 1 and the latest the last.
 */
async function firstAndLatestScans(db: Db, scope: SourceScope) {
  const to = scope.period?.to;
  const ranked = db
    .select({
      householdId: scanScores.householdId,
      instrumentId: scanScores.instrumentId,
      instrumentVersion: scanScores.instrumentVersion,
      aspectScores: scanScores.aspectScores,
      aspectOrder: scanScores.aspectOrder,
      riskFactors: scanScores.riskFactors,
      rank: sql<number>`row_number() OVER (PARTITION BY ${scanScores.householdId}
        ORDER BY ${scanScores.completedAt} ASC, ${scanScores.scanId} ASC)`.as('rank'),
      total: sql<number>`count(*) OVER (PARTITION BY ${scanScores.householdId})`.as('total'),
    })
    .from(scanScores)
    .innerJoin(households, eq(households.id, scanScores.householdId))
    .where(
      and(
        to ? sql`${scanScores.completedAt} < (${to}::date + 1)` : undefined,
        ...householdFilters(scope),
      ),
    )
    .as('ranked');
  const rows = await db
    .select({
      householdId: ranked.householdId,
      instrumentId: ranked.instrumentId,
      instrumentVersion: ranked.instrumentVersion,
      aspectScores: ranked.aspectScores,
      aspectOrder: ranked.aspectOrder,
      riskFactors: ranked.riskFactors,
      isFirst: sql<boolean>`${ranked.rank} = 1`,
    })
    .from(ranked)
    .where(and(gte(ranked.total, 2), or(eq(ranked.rank, 1), eq(ranked.rank, ranked.total))));
  const byHousehold = new Map<string, { first: ScoredScan | null; latest: ScoredScan | null }>();
  for (const { householdId, isFirst, ...scan } of rows) {
    const pair = byHousehold.get(householdId) ?? { first: null, latest: null };
    if (isFirst) pair.first = scan;
    else pair.latest = scan;
    byHousehold.set(householdId, pair);
  }
  return byHousehold;
}

/**
 * Households of the organisation with a current consent for anonymous reporting: the numbers of
 * the first and the latest completed scan (when there are two or more), the household facts the
 * indication needs, and the plan's referrals. Reference, label and notes are not read.
 */
export async function outcomeSources(db: Db, scope: SourceScope): Promise<OutcomeSource[]> {
  const [rows, scanPairs] = await Promise.all([
    db
      .select({
        id: households.id,
        data: households.data,
        // Only the referrals: the goals and their texts stay in the plan.
        referrals: sql<Plan['referrals'] | null>`${plans.data}->'referrals'`,
      })
      .from(households)
      .leftJoin(plans, eq(plans.householdId, households.id))
      .where(and(...householdFilters(scope))),
    firstAndLatestScans(db, scope),
  ]);
  return rows.map((r) => ({
    data: r.data,
    referrals: r.referrals ?? [],
    first: scanPairs.get(r.id)?.first ?? null,
    latest: scanPairs.get(r.id)?.latest ?? null,
  }));
}
