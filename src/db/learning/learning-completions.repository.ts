import { and, asc, countDistinct, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { learningCompletions, teams, userTeams, users } from '../schema';

// Completed learning modules. A person's own rows are read only by their own user id; the one
// query that looks across people returns counts per team and module, never a person.

export type CompletionRow = typeof learningCompletions.$inferSelect;

export async function insertCompletion(
  db: Db,
  completion: {
    userId: string;
    moduleId: string;
    moduleVersion: number;
    completedOn: string;
    score: number;
    questionCount: number;
    now: Date;
  },
): Promise<CompletionRow> {
  const { now, ...values } = completion;
  const [row] = await db
    .insert(learningCompletions)
    .values({ ...values, createdAt: now })
    .returning();
  return row!;
}

/** The user's own completions, oldest first. */
export async function listOwnCompletions(db: Db, userId: string): Promise<CompletionRow[]> {
  return db
    .select()
    .from(learningCompletions)
    .where(eq(learningCompletions.userId, userId))
    .orderBy(asc(learningCompletions.createdAt), asc(learningCompletions.id));
}

/** One completion, only when its own user asks for it. */
export async function getOwnCompletion(
  db: Db,
  userId: string,
  id: string,
): Promise<CompletionRow | undefined> {
  const [row] = await db
    .select()
    .from(learningCompletions)
    .where(and(eq(learningCompletions.id, id), eq(learningCompletions.userId, userId)));
  return row;
}

export interface TeamSize {
  teamId: string;
  teamName: string;
  members: number;
}

/** The named teams of the organisation with their number of active members. */
export async function teamSizes(
  db: Db,
  organisationId: string,
  teamIds: readonly string[],
): Promise<TeamSize[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({ teamId: teams.id, teamName: teams.name, members: countDistinct(users.id) })
    .from(teams)
    .leftJoin(userTeams, eq(userTeams.teamId, teams.id))
    .leftJoin(users, and(eq(users.id, userTeams.userId), eq(users.active, true)))
    .where(and(eq(teams.organisationId, organisationId), inArray(teams.id, [...teamIds])))
    .groupBy(teams.id, teams.name)
    .orderBy(asc(teams.name));
}

export interface TeamModuleCount {
  teamId: string;
  moduleId: string;
  /** Active members of the team with at least one completion of the module (any version). */
  completed: number;
}

/** Per team and module: how many active members completed it. Counts only, never who. */
export async function completionCountsPerTeam(
  db: Db,
  organisationId: string,
  teamIds: readonly string[],
): Promise<TeamModuleCount[]> {
  if (teamIds.length === 0) return [];
  return db
    .select({
      teamId: userTeams.teamId,
      moduleId: learningCompletions.moduleId,
      completed: countDistinct(learningCompletions.userId),
    })
    .from(learningCompletions)
    .innerJoin(users, eq(users.id, learningCompletions.userId))
    .innerJoin(userTeams, eq(userTeams.userId, users.id))
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        inArray(userTeams.teamId, [...teamIds]),
      ),
    )
    .groupBy(userTeams.teamId, learningCompletions.moduleId);
}
