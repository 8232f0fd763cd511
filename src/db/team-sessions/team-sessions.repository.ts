import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  teamSessionAnswers,
  teamSessionMembers,
  teamSessions,
  teams,
  userTeams,
  users,
} from '../schema';

// Team sessions (ADR 1302). Every read of a session takes the reader's id and returns nothing
// unless the reader is in the session's team and has joined it, so no route can leak a session.
// Each change announces the session's id (never its content) on TEAM_SESSION_CHANNEL; the
// notification is sent when the transaction commits, to every instance on the database.

export const TEAM_SESSION_CHANNEL = 'wegwijs_team_session';

export type TeamSessionRow = typeof teamSessions.$inferSelect;
export type SessionMember = { userId: string; name: string; answered: boolean };
export type SessionAnswer = {
  userId: string;
  name: string;
  capitals: string[];
  reasoning: string;
};

async function announce(db: Db, sessionId: string) {
  await db.execute(sql`select pg_notify(${TEAM_SESSION_CHANNEL}, ${sessionId})`);
}

/**
 * Starts a session with its starter as the first member. Returns null when the code is already
 * taken by an open session (the caller draws another).
 */
export async function createTeamSession(
  db: Db,
  input: Omit<typeof teamSessions.$inferInsert, 'id' | 'revealedAt' | 'closedAt' | 'teamNote'> & {
    startedBy: string;
  },
): Promise<TeamSessionRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(teamSessions)
      .values(input)
      .onConflictDoNothing({
        target: teamSessions.code,
        where: sql`${teamSessions.closedAt} is null`,
      })
      .returning();
    if (!row) return null;
    await tx
      .insert(teamSessionMembers)
      .values({ sessionId: row.id, userId: input.startedBy, joinedAt: input.createdAt });
    return row;
  });
}

/** The open session with this code whose team the user is in, valid code or not. */
export async function findOpenSessionByCode(
  db: Db,
  userId: string,
  code: string,
): Promise<TeamSessionRow | null> {
  const [row] = await db
    .select({ session: teamSessions })
    .from(teamSessions)
    .innerJoin(
      userTeams,
      and(eq(userTeams.teamId, teamSessions.teamId), eq(userTeams.userId, userId)),
    )
    .where(and(eq(teamSessions.code, code), isNull(teamSessions.closedAt)));
  return row?.session ?? null;
}

export async function joinTeamSession(
  db: Db,
  sessionId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [added] = await tx
      .insert(teamSessionMembers)
      .values({ sessionId, userId, joinedAt: now })
      .onConflictDoNothing()
      .returning({ userId: teamSessionMembers.userId });
    if (added) await announce(tx, sessionId);
  });
}

/**
 * The session with its team's name, when the user is in its team now (memberships can change
 * during a session) and has joined it; else null. One query: it runs on every live update.
 */
export async function findJoinedSession(
  db: Db,
  userId: string,
  sessionId: string,
): Promise<(TeamSessionRow & { teamName: string }) | null> {
  const [row] = await db
    .select({ session: teamSessions, teamName: teams.name })
    .from(teamSessions)
    .innerJoin(teams, eq(teams.id, teamSessions.teamId))
    .innerJoin(
      teamSessionMembers,
      and(eq(teamSessionMembers.sessionId, teamSessions.id), eq(teamSessionMembers.userId, userId)),
    )
    .innerJoin(
      userTeams,
      and(eq(userTeams.teamId, teamSessions.teamId), eq(userTeams.userId, userId)),
    )
    .where(eq(teamSessions.id, sessionId));
  return row ? { ...row.session, teamName: row.teamName } : null;
}

/** The sessions the user joined in teams they are in now, newest first (to find a note again). */
export async function listJoinedSessions(
  db: Db,
  userId: string,
  limit: number,
): Promise<(TeamSessionRow & { teamName: string })[]> {
  const rows = await db
    .select({ session: teamSessions, teamName: teams.name })
    .from(teamSessions)
    .innerJoin(teams, eq(teams.id, teamSessions.teamId))
    .innerJoin(
      teamSessionMembers,
      and(eq(teamSessionMembers.sessionId, teamSessions.id), eq(teamSessionMembers.userId, userId)),
    )
    .innerJoin(
      userTeams,
      and(eq(userTeams.teamId, teamSessions.teamId), eq(userTeams.userId, userId)),
    )
    .orderBy(desc(teamSessions.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.session, teamName: r.teamName }));
}

/** Who joined, by name, and whether each has answered (never what). */
export async function listSessionMembers(db: Db, sessionId: string): Promise<SessionMember[]> {
  const rows = await db
    .select({
      userId: teamSessionMembers.userId,
      name: users.name,
      answered: sql<boolean>`${teamSessionAnswers.userId} is not null`,
    })
    .from(teamSessionMembers)
    .innerJoin(users, eq(users.id, teamSessionMembers.userId))
    .leftJoin(
      teamSessionAnswers,
      and(
        eq(teamSessionAnswers.sessionId, teamSessionMembers.sessionId),
        eq(teamSessionAnswers.userId, teamSessionMembers.userId),
      ),
    )
    .where(eq(teamSessionMembers.sessionId, sessionId))
    .orderBy(asc(teamSessionMembers.joinedAt), asc(users.name));
  return rows.map((r) => ({ ...r, answered: Boolean(r.answered) }));
}

/** Answers of a session; `onlyUserId` limits them to one member's own (before the reveal). */
export async function listSessionAnswers(
  db: Db,
  sessionId: string,
  onlyUserId?: string,
): Promise<SessionAnswer[]> {
  return db
    .select({
      userId: teamSessionAnswers.userId,
      name: users.name,
      capitals: teamSessionAnswers.capitals,
      reasoning: teamSessionAnswers.reasoning,
    })
    .from(teamSessionAnswers)
    .innerJoin(users, eq(users.id, teamSessionAnswers.userId))
    .where(
      and(
        eq(teamSessionAnswers.sessionId, sessionId),
        onlyUserId ? eq(teamSessionAnswers.userId, onlyUserId) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}

/** Saves a member's answer while the session is still open for answers. False when it is not. */
export async function saveSessionAnswer(
  db: Db,
  input: { sessionId: string; userId: string; capitals: string[]; reasoning: string; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: teamSessions.id })
      .from(teamSessions)
      .where(
        and(
          eq(teamSessions.id, input.sessionId),
          isNull(teamSessions.revealedAt),
          isNull(teamSessions.closedAt),
        ),
      )
      // A share lock: members answer side by side, and a reveal waits for answers being saved.
      .for('share');
    if (!open) return false;
    const { now, ...answer } = input;
    await tx
      .insert(teamSessionAnswers)
      .values({ ...answer, updatedAt: now })
      .onConflictDoUpdate({
        target: [teamSessionAnswers.sessionId, teamSessionAnswers.userId],
        set: { capitals: answer.capitals, reasoning: answer.reasoning, updatedAt: now },
      });
    await announce(tx, input.sessionId);
    return true;
  });
}

/** Reveals the answers, once. False when the session was revealed or closed already. */
export async function revealSession(db: Db, sessionId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(teamSessions)
      .set({ revealedAt: now })
      .where(
        and(
          eq(teamSessions.id, sessionId),
          isNull(teamSessions.revealedAt),
          isNull(teamSessions.closedAt),
        ),
      )
      .returning({ id: teamSessions.id });
    if (changed.length > 0) await announce(tx, sessionId);
    return changed.length > 0;
  });
}

/**
 * Closes a session, keeping only the team's note: the answers are deleted in the same
 * transaction (who took part stays, so they can find the note again). False when closed already.
 */
export async function closeSession(
  db: Db,
  sessionId: string,
  input: { teamNote: string | null; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(teamSessions)
      .set({ closedAt: input.now, teamNote: input.teamNote })
      .where(and(eq(teamSessions.id, sessionId), isNull(teamSessions.closedAt)))
      .returning({ id: teamSessions.id });
    if (changed.length === 0) return false;
    await tx.delete(teamSessionAnswers).where(eq(teamSessionAnswers.sessionId, sessionId));
    await announce(tx, sessionId);
    return true;
  });
}

/**
 * Closes every session past its end, deleting its answers; returns how many were closed. The
 * retention job closes them everywhere; a user's request only those of their own organisation.
 */
export async function closeExpiredSessions(
  db: Db,
  now: Date,
  organisationId?: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(teamSessions)
      .set({ closedAt: now })
      .where(
        and(
          isNull(teamSessions.closedAt),
          lte(teamSessions.expiresAt, now),
          organisationId ? eq(teamSessions.organisationId, organisationId) : undefined,
        ),
      )
      .returning({ id: teamSessions.id });
    const ids = expired.map((s) => s.id);
    if (ids.length === 0) return 0;
    await tx.delete(teamSessionAnswers).where(inArray(teamSessionAnswers.sessionId, ids));
    for (const id of ids) await announce(tx, id);
    return ids.length;
  });
}
