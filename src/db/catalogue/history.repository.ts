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
