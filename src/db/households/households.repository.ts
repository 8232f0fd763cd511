import { and, asc, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { ConsentPurpose, Plan } from '../../contract/households';
import type { Db } from '../client';
import {
  consents,
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

function visibleTo(viewer: Viewer) {
  return and(
    eq(households.organisationId, viewer.organisationId),
    or(
      sql`EXISTS (SELECT 1 FROM ${householdProfessionals} hp WHERE hp.household_id = ${households.id} AND hp.user_id = ${viewer.userId})`,
      viewer.teamIds.length ? inArray(households.teamId, viewer.teamIds) : sql`false`,
    ),
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
        visibleTo(viewer),
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

export async function consentsOf(db: Db, householdId: string) {
  return db
    .select()
    .from(consents)
    .where(eq(consents.householdId, householdId))
    .orderBy(asc(consents.givenAt), asc(consents.recordedAt));
}

/** Whether the household has given, and not withdrawn, consent for a purpose. */
export async function hasConsent(
  db: Db,
  householdId: string,
  purpose: ConsentPurpose,
): Promise<boolean> {
  const rows = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.householdId, householdId),
        eq(consents.purpose, purpose),
        sql`${consents.withdrawnAt} IS NULL`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function scansOf(db: Db, householdId: string) {
  return db
    .select()
    .from(scans)
    .where(eq(scans.householdId, householdId))
    .orderBy(desc(scans.startedAt));
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
