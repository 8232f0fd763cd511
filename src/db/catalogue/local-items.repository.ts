import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { CatalogueItem } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { interventions } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import { recordVersion, type VersionAction } from './history.repository';

type Actor = { userId: string; now: Date };
export type LocalItemData = Omit<CatalogueItem, 'id' | 'origin' | 'organisationId'>;

function snapshot(row: typeof interventions.$inferSelect) {
  return {
    ...(row.data as LocalItemData),
    archived: row.archivedAt !== null,
    lastCheckedAt: row.lastCheckedAt.toISOString(),
  };
}

export async function createLocalItem(
  db: Db,
  input: { organisationId: string; data: LocalItemData; hsdsId?: string | null },
  actor: Actor,
  action: VersionAction = 'created',
) {
  const id = `lokaal-${randomUUID()}`;
  const [row] = await db
    .insert(interventions)
    .values({
      id,
      origin: 'local',
      organisationId: input.organisationId,
      name: input.data.name,
      data: input.data,
      hsdsId: input.hsdsId ?? null,
      lastCheckedAt: actor.now,
      lastCheckedBy: actor.userId,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .returning();
  await recordVersion(db, {
    type: 'intervention',
    id,
    version: 1,
    action,
    data: snapshot(row!),
    by: actor.userId,
    at: actor.now,
  });
  await bumpCatalogueVersion(db);
  return row!;
}

export async function changeLocalItem(
  db: Db,
  id: string,
  change: { data?: LocalItemData; archived?: boolean },
  actor: Actor,
  action: VersionAction,
) {
  const [row] = await db
    .update(interventions)
    .set({
      ...(change.data ? { data: change.data, name: change.data.name } : {}),
      ...(change.archived !== undefined ? { archivedAt: change.archived ? actor.now : null } : {}),
      version: sql`${interventions.version} + 1`,
      lastCheckedAt: actor.now,
      lastCheckedBy: actor.userId,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .where(eq(interventions.id, id))
    .returning();
  await recordVersion(db, {
    type: 'intervention',
    id,
    version: row!.version,
    action,
    data: snapshot(row!),
    by: actor.userId,
    at: actor.now,
  });
  await bumpCatalogueVersion(db);
  return row!;
}
