import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { entryVersions, users } from '../schema';

export type EntityType = 'intervention' | 'offer' | 'specialist' | 'gemeente-schemes' | 'plan';
export type VersionAction =
  'created' | 'updated' | 'checked' | 'archived' | 'restored' | 'imported';

/** Stores a full snapshot of an entry as it is after a change, so any version can be shown later. */
export async function recordVersion(
  db: Db,
  entry: {
    type: EntityType;
    id: string;
    version: number;
    action: VersionAction;
    data: Record<string, unknown>;
    by: string | null;
    at: Date;
  },
) {
  await db.insert(entryVersions).values({
    entityType: entry.type,
    entityId: entry.id,
    version: entry.version,
    action: entry.action,
    data: entry.data,
    changedBy: entry.by,
    changedAt: entry.at,
  });
}

export async function listVersions(db: Db, type: EntityType, id: string) {
  const rows = await db
    .select({ v: entryVersions, name: users.name })
    .from(entryVersions)
    .leftJoin(users, eq(users.id, entryVersions.changedBy))
    .where(and(eq(entryVersions.entityType, type), eq(entryVersions.entityId, id)))
    .orderBy(asc(entryVersions.version));
  return rows.map(({ v, name }) => ({
    version: v.version,
    action: v.action,
    changedAt: v.changedAt.toISOString(),
    changedBy: name,
    data: v.data,
  }));
}

// ---- entries that are checked and versioned: local offers, local items, specialists

export type Actor = { userId: string; now: Date };

/** The columns a save sets. Saving counts as checking: whoever edits an entry has looked at it. */
export function savedBy(actor: Actor) {
  return {
    lastCheckedAt: actor.now,
    lastCheckedBy: actor.userId,
    updatedAt: actor.now,
    updatedBy: actor.userId,
  };
}

/** The columns of a change besides the version: new data (if any), archived or restored. */
export function changedColumns<D>(change: { data?: D; archived?: boolean }, actor: Actor) {
  return {
    ...(change.data ? { data: change.data } : {}),
    ...(change.archived !== undefined ? { archivedAt: change.archived ? actor.now : null } : {}),
    ...savedBy(actor),
  };
}

type CheckedRow = {
  id: string;
  version: number;
  data: unknown;
  archivedAt: Date | null;
  lastCheckedAt: Date;
};

/** Records the entry as it is now: its data, whether it is archived, and when it was checked. */
export function recordEntryVersion(
  db: Db,
  type: EntityType,
  row: CheckedRow,
  action: VersionAction,
  actor: Actor,
  extra: Record<string, unknown> = {},
) {
  return recordVersion(db, {
    type,
    id: row.id,
    version: row.version,
    action,
    data: {
      ...extra,
      ...(row.data as Record<string, unknown>),
      archived: row.archivedAt !== null,
      lastCheckedAt: row.lastCheckedAt.toISOString(),
    },
    by: actor.userId,
    at: actor.now,
  });
}
