import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { CaseFacts } from '../../domain/reports';
import type { Db } from '../client';
import { visibleInBulk, type Viewer } from '../households/households.repository';
import { households, plans, userTeams, users } from '../schema';
import { inBuckets } from './buckets';

/**
 * What the dashboard needs of each open household the viewer may see (in these report buckets;
 * every one for null): assigned professionals, the plan's dates and states, and when consents
 * were given. No names, notes or answers.
 */
export async function openCaseFacts(
  db: Db,
  viewer: Viewer,
  buckets: readonly number[] | null = null,
): Promise<CaseFacts[]> {
  const rows = await db
    .select({
      householdId: households.id,
      plan: plans.data,
      professionalIds: sql<string[]>`coalesce((
        SELECT array_agg(hp.user_id::text ORDER BY hp.user_id)
        FROM household_professionals hp WHERE hp.household_id = ${households.id}), '{}')`,
      consents: sql<CaseFacts['consents']>`coalesce((
        SELECT json_agg(json_build_object('givenAt', c.given_at, 'withdrawnAt', c.withdrawn_at))
        FROM consents c WHERE c.household_id = ${households.id}), '[]'::json)`,
    })
    .from(households)
    .leftJoin(plans, eq(plans.householdId, households.id))
    .where(
      and(visibleInBulk(viewer), isNull(households.closedAt), inBuckets(households.id, buckets)),
    );
  return rows.map((r) => ({
    householdId: r.householdId,
    professionalIds: r.professionalIds,
    consents: r.consents,
    plan: r.plan
      ? { reviewDate: r.plan.reviewDate, goals: r.plan.goals, referrals: r.plan.referrals }
      : null,
  }));
}

/**
 * Names of the caseworkers in the viewer's teams, and of other colleagues in the organisation
 * with the given ids (professionals on households the viewer sees), by name.
 */
export async function caseworkerNames(
  db: Db,
  organisationId: string,
  teamIds: string[],
  alsoIds: string[],
) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        or(
          and(
            eq(users.active, true),
            inArray(users.role, ['sociaal_werker', 'teamleider']),
            teamIds.length
              ? sql`EXISTS (SELECT 1 FROM ${userTeams} ut WHERE ut.user_id = ${users.id} AND ${inArray(sql`ut.team_id`, teamIds)})`
              : sql`false`,
          ),
          alsoIds.length ? inArray(users.id, alsoIds) : sql`false`,
        ),
      ),
    )
    .orderBy(asc(users.name));
}
