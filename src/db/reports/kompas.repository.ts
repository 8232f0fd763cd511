import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { KompasBlocks } from '../../domain/kompas';
import type { Db } from '../client';
import { kompasCycles, kompasCycleVersions, organisations, users } from '../schema';

// Kwaliteitskompas cycles, shared by the organisations of one koepel (the group) in a gemeente.

/** The koepel of the organisation, or the organisation itself when it has none. */
export async function kompasGroupOf(db: Db, organisationId: string): Promise<string> {
  const [row] = await db
    .select({ parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.parentId ?? organisationId;
}

const summary = {
  id: kompasCycles.id,
  gemeente: kompasCycles.gemeente,
  title: kompasCycles.title,
  periodFrom: kompasCycles.periodFrom,
  periodTo: kompasCycles.periodTo,
  version: kompasCycles.version,
  previousId: kompasCycles.previousId,
};

export async function kompasCyclesOf(db: Db, groupId: string, gemeenten: string[]) {
  if (gemeenten.length === 0) return [];
  return db
    .select(summary)
    .from(kompasCycles)
    .where(and(eq(kompasCycles.groupId, groupId), inArray(kompasCycles.gemeente, gemeenten)))
    .orderBy(
      asc(kompasCycles.gemeente),
      desc(kompasCycles.periodFrom),
      desc(kompasCycles.createdAt),
    );
}

/** The cycle, when it belongs to the group and a gemeente the organisation works in. */
export async function kompasCycle(db: Db, id: string, groupId: string, gemeenten: string[]) {
  const [row] = await db
    .select({ ...summary, blocks: kompasCycles.blocks })
    .from(kompasCycles)
    .where(and(eq(kompasCycles.id, id), eq(kompasCycles.groupId, groupId)));
  return row && gemeenten.includes(row.gemeente) ? row : null;
}

export async function kompasVersions(db: Db, cycleId: string) {
  return db
    .select({
      version: kompasCycleVersions.version,
      savedAt: kompasCycleVersions.savedAt,
      savedBy: users.name,
    })
    .from(kompasCycleVersions)
    .leftJoin(users, eq(users.id, kompasCycleVersions.savedBy))
    .where(eq(kompasCycleVersions.cycleId, cycleId))
    .orderBy(desc(kompasCycleVersions.version));
}

/** The group's latest cycle in the gemeente (by start of period), to start the next from. */
export async function lastKompasCycle(db: Db, groupId: string, gemeente: string) {
  const [row] = await db
    .select({ id: kompasCycles.id, blocks: kompasCycles.blocks })
    .from(kompasCycles)
    .where(and(eq(kompasCycles.groupId, groupId), eq(kompasCycles.gemeente, gemeente)))
    .orderBy(desc(kompasCycles.periodFrom), desc(kompasCycles.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertKompasCycle(
  tx: Db,
  values: {
    groupId: string;
    gemeente: string;
    title: string;
    periodFrom: string;
    periodTo: string;
    previousId: string | null;
    blocks: KompasBlocks;
    userId: string;
    now: Date;
  },
) {
  const [row] = await tx
    .insert(kompasCycles)
    .values({ ...values, createdBy: values.userId, createdAt: values.now, version: 1 })
    .returning({ id: kompasCycles.id });
  await tx.insert(kompasCycleVersions).values({
    cycleId: row!.id,
    version: 1,
    blocks: values.blocks,
    savedBy: values.userId,
    savedAt: values.now,
  });
  return row!.id;
}

/**
 * Saves blocks as the next version when the cycle is still at `version`; false when someone
 * saved in between (nothing is written then).
 */
export async function saveKompasVersion(
  tx: Db,
  input: { id: string; version: number; blocks: KompasBlocks; userId: string; now: Date },
): Promise<boolean> {
  const updated = await tx
    .update(kompasCycles)
    .set({ blocks: input.blocks, version: input.version + 1 })
    .where(and(eq(kompasCycles.id, input.id), eq(kompasCycles.version, input.version)))
    .returning({ id: kompasCycles.id });
  if (updated.length === 0) return false;
  await tx.insert(kompasCycleVersions).values({
    cycleId: input.id,
    version: input.version + 1,
    blocks: input.blocks,
    savedBy: input.userId,
    savedAt: input.now,
  });
  return true;
}
