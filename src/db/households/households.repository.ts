import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Plan } from '../../contract/households';
import type { Db } from '../client';
import {
  entryVersions,
  householdProfessionals,
  households,
  plans,
  scans,
  teams,
  users,
} from '../schema';

export type HouseholdRow = typeof households.$inferSelect;

/** Who may see a household: assigned professionals, and members and teamleider of its team. */
export type Viewer = { userId: string; organisationId: string; teamIds: string[] };

/** The condition that scopes a households query to what the viewer may see. */
export function visibleTo(viewer: Viewer) {
  return and(
    eq(households.organisationId, viewer.organisationId),
    or(
      sql`EXISTS (SELECT 1 FROM ${householdProfessionals} hp WHERE hp.household_id = ${households.id} AND hp.user_id = ${viewer.userId})`,
      viewer.teamIds.length ? inArray(households.teamId, viewer.teamIds) : sql`false`,
    ),
  );
}

/**
 * The same condition as visibleTo, written for queries that read many households (a list, the
 * dashboard): the ids come from two index scans (assigned to the viewer, in the viewer's teams)
 * instead of a test on every household of the organisation. For one household visibleTo is
 * cheaper: this form computes the whole set.
 */
export function visibleInBulk(viewer: Viewer) {
  const assigned = sql`SELECT hp.household_id FROM ${householdProfessionals} hp WHERE hp.user_id = ${viewer.userId}`;
  const ids = viewer.teamIds.length
    ? sql`${assigned} UNION ALL SELECT th.id FROM ${households} th WHERE ${inArray(sql`th.team_id`, viewer.teamIds)}`
    : assigned;
  return and(
    eq(households.organisationId, viewer.organisationId),
    sql`${households.id} IN (${ids})`,
  );
}

export async function findVisibleHousehold(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<HouseholdRow | null> {
  const [row] = await db
    .select()
    .from(households)
    .where(and(eq(households.id, id), visibleTo(viewer)))
    .limit(1);
  return row ?? null;
}

export async function listVisibleHouseholds(
  db: Db,
  viewer: Viewer,
  options: { includeClosed: boolean },
) {
  const rows = await db
    .select({ h: households, team: teams.name })
    .from(households)
    .leftJoin(teams, eq(teams.id, households.teamId))
    .where(
      and(
        visibleInBulk(viewer),
        options.includeClosed ? undefined : sql`${households.closedAt} IS NULL`,
      ),
    )
    .orderBy(asc(households.reference));
  const ids = rows.map((r) => r.h.id);
  const pros = ids.length
    ? await db
        .select({ householdId: householdProfessionals.householdId, name: users.name })
        .from(householdProfessionals)
        .innerJoin(users, eq(users.id, householdProfessionals.userId))
        .where(inArray(householdProfessionals.householdId, ids))
    : [];
  return rows.map(({ h, team }) => ({
    id: h.id,
    reference: h.reference,
    label: h.label,
    team,
    professionals: pros.filter((p) => p.householdId === h.id).map((p) => p.name),
    gemeente: h.data.gemeente.name,
    startDate: h.startDate,
    closedAt: h.closedAt,
  }));
}

export async function professionalsOf(db: Db, householdId: string) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(householdProfessionals)
    .innerJoin(users, eq(users.id, householdProfessionals.userId))
    .where(eq(householdProfessionals.householdId, householdId))
    .orderBy(asc(users.name));
}

export async function setProfessionals(db: Db, householdId: string, userIds: string[]) {
  await db
    .delete(householdProfessionals)
    .where(eq(householdProfessionals.householdId, householdId));
  if (userIds.length)
    await db
      .insert(householdProfessionals)
      .values([...new Set(userIds)].map((userId) => ({ householdId, userId })));
}

export async function planOf(
  db: Db,
  householdId: string,
): Promise<{ plan: Plan; version: number } | null> {
  const [row] = await db.select().from(plans).where(eq(plans.householdId, householdId));
  return row ? { plan: row.data, version: row.version } : null;
}

/**
 * Erases a household and everything about it (scans, plan, consents, versions). Only the rows in
 * the access log remain: they name the household's id and what happened, not who it is.
 */
export async function eraseHousehold(db: Db, householdId: string) {
  await db
    .delete(entryVersions)
    .where(
      and(
        inArray(entryVersions.entityType, ['household', 'scan', 'plan']),
        eq(entryVersions.entityId, householdId),
      ),
    );
  const scanIds = (
    await db.select({ id: scans.id }).from(scans).where(eq(scans.householdId, householdId))
  ).map((s) => s.id);
  if (scanIds.length) {
    await db
      .delete(entryVersions)
      .where(and(eq(entryVersions.entityType, 'scan'), inArray(entryVersions.entityId, scanIds)));
  }
  await db.delete(households).where(eq(households.id, householdId));
}

/** Closed households whose retention period has passed, per organisation setting. */
export async function closedHouseholds(db: Db) {
  return db
    .select({
      id: households.id,
      organisationId: households.organisationId,
      closedAt: households.closedAt,
    })
    .from(households)
    .where(isNotNull(households.closedAt));
}
