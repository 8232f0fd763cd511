import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../contract/common';
import type { Db } from '../client';
import { sessions, users, userTeams } from '../schema';

export type LiveSession = {
  session: { id: string; lastSeenAt: Date; expiresAt: Date; csrfToken: string };
  user: {
    id: string;
    organisationId: string;
    role: Role;
    name: string;
    email: string;
    language: 'nl' | 'en';
    isDemo: boolean;
    active: boolean;
  };
  teamIds: string[];
  gemeenteCodes: string[];
};

/**
 * The unexpired session with this token hash, with its user, their team ids and their
 * organisation's gemeente codes, in one round trip: every request needs them for access checks.
 */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<LiveSession | null> {
  const [row] = await db
    .select({
      session: {
        id: sessions.id,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
        csrfToken: sessions.csrfToken,
      },
      user: {
        id: users.id,
        organisationId: users.organisationId,
        role: users.role,
        name: users.name,
        email: users.email,
        language: users.language,
        isDemo: users.isDemo,
        active: users.active,
      },
      teamIds: sql<
        string[]
      >`coalesce((SELECT array_agg(${userTeams.teamId}::text) FROM ${userTeams} WHERE ${userTeams.userId} = ${users.id}), '{}')`,
      gemeenteCodes: sql<
        string[]
      >`coalesce((SELECT array_agg(g.code) FROM organisation_gemeenten g WHERE g.organisation_id = ${users.organisationId}), '{}')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function createSession(
  db: Db,
  input: { tokenHash: string; userId: string; csrfToken: string; at: Date; expiresAt: Date },
): Promise<string> {
  const [created] = await db
    .insert(sessions)
    .values({
      tokenHash: input.tokenHash,
      userId: input.userId,
      csrfToken: input.csrfToken,
      createdAt: input.at,
      lastSeenAt: input.at,
      expiresAt: input.expiresAt,
    })
    .returning({ id: sessions.id });
  return created!.id;
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
