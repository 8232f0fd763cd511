import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { loginThrottle } from '../schema';

/**
 * Counts one attempt for a key in a fixed window, in one statement (so simultaneous attempts on
 * several instances each count), and returns the attempts in the current window.
 */
export async function countAttempt(
  db: Db,
  key: string,
  options: { now: Date; windowMs: number },
): Promise<number> {
  const windowOver = sql`${loginThrottle.windowStart} <= ${new Date(options.now.getTime() - options.windowMs).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, windowStart: options.now, hits: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        hits: sql`CASE WHEN ${windowOver} THEN 1 ELSE ${loginThrottle.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${windowOver} THEN ${options.now.toISOString()}::timestamptz ELSE ${loginThrottle.windowStart} END`,
      },
    })
    .returning({ hits: loginThrottle.hits });
  return row!.hits;
}

/** Until when a key is locked, if it is. */
export async function lockedUntil(db: Db, key: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, key));
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts a failed login for a key and locks it when the failures reach the limit, in one
 * statement: the same rule as for real accounts (users.failed_logins).
 */
export async function recordFailure(
  db: Db,
  key: string,
  options: { now: Date; maxFailures: number; lockMs: number },
): Promise<void> {
  const reaches = sql`${loginThrottle.hits} + 1 >= ${options.maxFailures}`;
  const until = new Date(options.now.getTime() + options.lockMs).toISOString();
  await db
    .insert(loginThrottle)
    .values({ key, windowStart: options.now, hits: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        hits: sql`CASE WHEN ${reaches} THEN 0 ELSE ${loginThrottle.hits} + 1 END`,
        lockedUntil: sql`CASE WHEN ${reaches} THEN ${until}::timestamptz ELSE ${loginThrottle.lockedUntil} END`,
      },
    });
}

/** Forgets counters whose window and lock are long over (run with the retention job). */
export async function pruneThrottle(db: Db, before: Date): Promise<void> {
  await db
    .delete(loginThrottle)
    .where(
      sql`${loginThrottle.windowStart} < ${before.toISOString()}::timestamptz AND (${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} < ${before.toISOString()}::timestamptz)`,
    );
}
