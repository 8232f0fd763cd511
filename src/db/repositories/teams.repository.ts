import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { teams, userTeams } from '../schema';

export type TeamRow = typeof teams.$inferSelect;
export type TeamSummary = { id: string; name: string; archived: boolean; memberCount: number };

export async function findTeam(
  db: Db,
  organisationId: string,
  id: string,
): Promise<TeamRow | null> {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, id), eq(teams.organisationId, organisationId)));
  return team ?? null;
}

/** The organisation's teams by name, with how many people are in each. */
export async function listTeams(db: Db, organisationId: string): Promise<TeamSummary[]> {
  const rows = await db
    .select({
      id: teams.id,
      name: teams.name,
      archivedAt: teams.archivedAt,
      memberCount: count(userTeams.userId),
    })
    .from(teams)
    .leftJoin(userTeams, eq(userTeams.teamId, teams.id))
    .where(eq(teams.organisationId, organisationId))
    .groupBy(teams.id)
    .orderBy(asc(teams.name));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    archived: t.archivedAt !== null,
    memberCount: Number(t.memberCount),
  }));
}

/** Whether another team of the organisation already has this name. */
export async function teamNameInUse(
  db: Db,
  organisationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), eq(teams.name, name)));
  return rows.some((r) => r.id !== exceptId);
}

/** Creates teams in the organisation; their ids in the order of the names. */
export async function createTeams(
  db: Db,
  organisationId: string,
  names: string[],
): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db
    .insert(teams)
    .values(names.map((name) => ({ organisationId, name })))
    .returning({ id: teams.id });
  return rows.map((t) => t.id);
}

export async function updateTeam(
  db: Db,
  organisationId: string,
  id: string,
  change: { name?: string; archivedAt?: Date | null },
): Promise<void> {
  if (change.name === undefined && change.archivedAt === undefined) return;
  // Drizzle leaves fields that are undefined out of the UPDATE: only what was given changes.
  await db
    .update(teams)
    .set(change)
    .where(and(eq(teams.id, id), eq(teams.organisationId, organisationId)));
}

/** Id and name of the teams given, by name (a user's own teams). */
export async function teamNames(
  db: Db,
  teamIds: string[],
): Promise<{ id: string; name: string }[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(inArray(teams.id, teamIds))
    .orderBy(asc(teams.name));
}
