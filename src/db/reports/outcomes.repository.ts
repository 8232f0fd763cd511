import { and, eq, gte, or, sql, type SQL } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../../contract/households';
import type { ScanAnswers } from '../../domain/assessment';
import type { Db } from '../client';
import { households, plans, scans } from '../schema';

export interface OutcomeSource {
  data: HouseholdData;
  referrals: Plan['referrals'];
  /** null when the household has fewer than two completed scans (in the period). */
  first: ScanAnswers | null;
  latest: ScanAnswers | null;
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
 * The answers of the first and the latest completed scan (up to the period's end) of every
 * household in scope that has at least two, in one pass: each scan is numbered in completion
 * order, so the first is number 1 and the latest is the last number.
 */
async function firstAndLatestScans(db: Db, scope: SourceScope) {
  const to = scope.period?.to;
  const ranked = db
    .select({
      householdId: scans.householdId,
      answers: scans.answers,
      rank: sql<number>`row_number() OVER (PARTITION BY ${scans.householdId}
        ORDER BY ${scans.completedAt} ASC, ${scans.id} ASC)`.as('rank'),
      total: sql<number>`count(*) OVER (PARTITION BY ${scans.householdId})`.as('total'),
    })
    .from(scans)
    .innerJoin(households, eq(households.id, scans.householdId))
    .where(
      and(
        eq(scans.status, 'completed'),
        to ? sql`${scans.completedAt} < (${to}::date + 1)` : undefined,
        ...householdFilters(scope),
      ),
    )
    .as('ranked');
  const rows = await db
    .select({
      householdId: ranked.householdId,
      answers: ranked.answers,
      isFirst: sql<boolean>`${ranked.rank} = 1`,
    })
    .from(ranked)
    .where(and(gte(ranked.total, 2), or(eq(ranked.rank, 1), eq(ranked.rank, ranked.total))));
  const byHousehold = new Map<string, { first: ScanAnswers | null; latest: ScanAnswers | null }>();
  for (const r of rows) {
    const pair = byHousehold.get(r.householdId) ?? { first: null, latest: null };
    if (r.isFirst) pair.first = r.answers;
    else pair.latest = r.answers;
    byHousehold.set(r.householdId, pair);
  }
  return byHousehold;
}

/**
 * Households of the organisation with a current consent for anonymous reporting: the answers of
 * the first and the latest completed scan (when there are two or more), the household facts the
 * indication needs, and the plan's referrals. Reference, label and notes are not read.
 */
export async function outcomeSources(db: Db, scope: SourceScope): Promise<OutcomeSource[]> {
  const [rows, scanPairs] = await Promise.all([
    db
      .select({ id: households.id, data: households.data, plan: plans.data })
      .from(households)
      .leftJoin(plans, eq(plans.householdId, households.id))
      .where(and(...householdFilters(scope))),
    firstAndLatestScans(db, scope),
  ]);
  return rows.map((r) => ({
    data: r.data,
    referrals: r.plan?.referrals ?? [],
    first: scanPairs.get(r.id)?.first ?? null,
    latest: scanPairs.get(r.id)?.latest ?? null,
  }));
}
