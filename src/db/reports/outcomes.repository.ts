import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../../contract/households';
import type { ScanAnswers } from '../../domain/assessment';
import type { Db } from '../client';
import { households, plans } from '../schema';

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

/**
 * Households of the organisation with a current consent for anonymous reporting: the answers of
 * the first and the latest completed scan (when there are two or more), the household facts the
 * indication needs, and the plan's referrals. Reference, label and notes are not read.
 */
export async function outcomeSources(db: Db, scope: SourceScope): Promise<OutcomeSource[]> {
  const to = scope.period?.to;
  const upTo = (alias: string) =>
    to ? sql`AND ${sql.raw(alias)}.completed_at < (${to}::date + 1)` : sql``;
  // The first or the latest completed scan, when there are at least two.
  const completed = (order: 'ASC' | 'DESC') => sql<ScanAnswers | null>`(
    SELECT s.answers FROM scans s
    WHERE s.household_id = ${households.id} AND s.status = 'completed' ${upTo('s')}
      AND (SELECT count(*) FROM scans c WHERE c.household_id = ${households.id}
        AND c.status = 'completed' ${upTo('c')}) >= 2
    ORDER BY s.completed_at ${sql.raw(order)}, s.id ${sql.raw(order)} LIMIT 1)`;
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
  const rows = await db
    .select({
      data: households.data,
      plan: plans.data,
      first: completed('ASC'),
      latest: completed('DESC'),
    })
    .from(households)
    .leftJoin(plans, eq(plans.householdId, households.id))
    .where(and(...filters));
  return rows.map((r) => ({
    data: r.data,
    referrals: r.plan?.referrals ?? [],
    first: r.first,
    latest: r.latest,
  }));
}
