import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../contract/common';
import type { Db } from '../client';
import { passwordResets, sessions, teams, users, userTeams } from '../schema';

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

export type UserRow = typeof users.$inferSelect;

/** A user by id, for the signed-in user's own account. */
export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

/** A colleague's name (who last checked an entry); null when the id names nobody. */
export async function userName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

export async function findUserInOrganisation(db: Db, organisationId: string, id: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.organisationId, organisationId)))
    .limit(1);
  return user ?? null;
}

export async function createUser(
  db: Db,
  input: {
    organisationId: string;
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    teamIds?: string[];
    isDemo?: boolean;
  },
): Promise<string> {
  const [user] = await db
    .insert(users)
    .values({
      organisationId: input.organisationId,
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: input.passwordHash,
      isDemo: input.isDemo ?? false,
    })
    .returning({ id: users.id });
  if (input.teamIds?.length) {
    await db
      .insert(userTeams)
      .values(input.teamIds.map((teamId) => ({ userId: user!.id, teamId })));
  }
  return user!.id;
}

export async function setUserTeams(db: Db, userId: string, teamIds: string[]) {
  await db.delete(userTeams).where(eq(userTeams.userId, userId));
  if (teamIds.length) {
    await db.insert(userTeams).values(teamIds.map((teamId) => ({ userId, teamId })));
  }
}

/** Team ids that exist in the organisation; used to refuse teams of another organisation. */
export async function teamsInOrganisation(db: Db, organisationId: string, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), inArray(teams.id, teamIds)));
  return rows.map((r) => r.id);
}

/** Active colleagues of the organisation with one of the roles, by name. */
export async function activeColleagues(
  db: Db,
  organisationId: string,
  roles: readonly Role[],
): Promise<{ id: string; name: string; role: Role }[]> {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        inArray(users.role, [...roles]),
      ),
    )
    .orderBy(asc(users.name));
}

/** Of the ids given, those of active users of the organisation with one of the roles. */
export async function activeUsersWithRole(
  db: Db,
  organisationId: string,
  ids: string[],
  roles: readonly Role[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        inArray(users.role, [...roles]),
      ),
    );
  return rows.map((r) => r.id);
}

export async function listUsers(db: Db, organisationId: string, now: Date) {
  const rows = await db
    .select()
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.name));
  const memberships = rows.length
    ? await db
        .select({ userId: userTeams.userId, id: teams.id, name: teams.name })
        .from(userTeams)
        .innerJoin(teams, eq(teams.id, userTeams.teamId))
        .where(
          inArray(
            userTeams.userId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(teams.name))
    : [];
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    active: u.active,
    locked: Boolean(u.lockedUntil && u.lockedUntil > now),
    isDemo: u.isDemo,
    teams: memberships.filter((m) => m.userId === u.id).map(({ id, name }) => ({ id, name })),
    createdAt: u.createdAt.toISOString(),
  }));
}

export async function endAllSessions(db: Db, userId: string, exceptTokenHash?: string) {
  await db
    .delete(sessions)
    .where(
      exceptTokenHash
        ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptTokenHash}`)
        : eq(sessions.userId, userId),
    );
}

export async function setPassword(db: Db, userId: string, passwordHash: string, now: Date) {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}

export async function createPasswordReset(
  db: Db,
  input: { tokenHash: string; userId: string; createdBy: string; expiresAt: Date },
) {
  // A new link replaces any earlier unused one.
  await db
    .delete(passwordResets)
    .where(and(eq(passwordResets.userId, input.userId), sql`${passwordResets.usedAt} IS NULL`));
  await db.insert(passwordResets).values(input);
}

export async function teamIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: userTeams.teamId })
    .from(userTeams)
    .where(eq(userTeams.userId, userId));
  return rows.map((r) => r.id);
}

/**
 * Counts one failed login in a single conditional UPDATE, so simultaneous attempts each add one
 * (reading the counter first and writing it back lost updates). The attempt that reaches the
 * limit locks the account and starts counting again.
 */
export async function recordFailedLogin(
  db: Db,
  userId: string,
  options: { now: Date; maxFailures: number; lockMs: number },
): Promise<{ failures: number; locked: boolean }> {
  const reaches = sql`${users.failedLogins} + 1 >= ${options.maxFailures}`;
  const lockedUntil = new Date(options.now.getTime() + options.lockMs);
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`CASE WHEN ${reaches} THEN 0 ELSE ${users.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${reaches} THEN ${lockedUntil.toISOString()}::timestamptz ELSE ${users.lockedUntil} END`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  const locked =
    row?.failedLogins === 0 && (row.lockedUntil?.getTime() ?? 0) === lockedUntil.getTime();
  return { failures: locked ? options.maxFailures : (row?.failedLogins ?? 0), locked };
}

/** What a beheerder changes about an account; a deactivation records when. */
export async function updateUser(
  db: Db,
  key: { organisationId: string; id: string },
  change: { name?: string; role?: Role; active?: boolean; at: Date },
): Promise<void> {
  const { name, role, active, at } = change;
  // A change of teams alone touches no column here (drizzle refuses an empty UPDATE).
  if (name === undefined && role === undefined && active === undefined) return;
  // Drizzle leaves fields that are undefined out of the UPDATE: only what was given changes.
  await db
    .update(users)
    .set({
      name,
      role,
      active,
      deactivatedAt: active === undefined ? undefined : active ? null : at,
    })
    .where(and(eq(users.id, key.id), eq(users.organisationId, key.organisationId)));
}

/** Forgets failed logins and lifts a lock (after a good login or a new reset link). */
export async function clearFailedLogins(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function setLanguage(db: Db, userId: string, language: 'nl' | 'en'): Promise<void> {
  await db.update(users).set({ language }).where(eq(users.id, userId));
}

/** The user of an unused, unexpired reset link; null when the link does not (or no longer) work. */
export async function findUsableReset(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ user: users })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    );
  return row?.user ?? null;
}

/**
 * Uses a reset link in one conditional statement: of two simultaneous uses exactly one wins.
 * False when the link was used already.
 */
export async function useResetLink(db: Db, tokenHash: string, at: Date): Promise<boolean> {
  const used = await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt)))
    .returning({ tokenHash: passwordResets.tokenHash });
  return used.length > 0;
}
