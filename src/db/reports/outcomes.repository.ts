import { and, eq, sql } from 'drizzle-orm';
import type { HouseholdData, Plan } from '../../contract/households';
import type { ScanAnswers } from '../../domain/assessment';
import type { Db } from '../client';
import { households, plans } from '../schema';

export interface OutcomeSource {
  data: HouseholdData;
  referrals: Plan['referrals'];
  first: ScanAnswers;
  latest: ScanAnswers;
}

/**
 * Households of the organisation with at least two completed scans and a current consent for
 * anonymous reporting: the answers of the first and the latest scan, the household facts the
 * indication needs, and the plan's referrals. Reference, label and notes are not read.
 */
export async function outcomeSources(db: Db, organisationId: string): Promise<OutcomeSource[]> {
  const completed = (order: 'ASC' | 'DESC') => sql<ScanAnswers>`(
    SELECT s.answers FROM scans s
    WHERE s.household_id = ${households.id} AND s.status = 'completed'
    ORDER BY s.completed_at ${sql.raw(order)}, s.id ${sql.raw(order)} LIMIT 1)`;
  const rows = await db
    .select({
      data: households.data,
      plan: plans.data,
      first: completed('ASC'),
      latest: completed('DESC'),
    })
    .from(households)
    .leftJoin(plans, eq(plans.householdId, households.id))
    .where(
      and(
        eq(households.organisationId, organisationId),
        sql`EXISTS (SELECT 1 FROM consents c WHERE c.household_id = ${households.id}
          AND c.purpose = 'rapportage-anoniem' AND c.withdrawn_at IS NULL)`,
        sql`(SELECT count(*) FROM scans s WHERE s.household_id = ${households.id}
          AND s.status = 'completed') >= 2`,
      ),
    );
  return rows.map((r) => ({
    data: r.data,
    referrals: r.plan?.referrals ?? [],
    first: r.first,
    latest: r.latest,
  }));
}
