import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { CatalogueItem } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { interventions } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import {
  changedColumns,
  recordEntryVersion,
  savedBy,
  type Actor,
  type VersionAction,
} from './history.repository';

export type LocalItemData = Omit<CatalogueItem, 'id' | 'origin' | 'organisationId'>;

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
      ...savedBy(actor),
    })
    .returning();
  await recordEntryVersion(db, 'intervention', row!, action, actor);
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
      ...changedColumns(change, actor),
      ...(change.data ? { name: change.data.name } : {}),
      version: sql`${interventions.version} + 1`,
    })
    .where(eq(interventions.id, id))
    .returning();
  await recordEntryVersion(db, 'intervention', row!, action, actor);
  await bumpCatalogueVersion(db);
  return row!;
}

/** The organisation's local item that came from this HSDS id, if any (for re-imports). */
export async function localItemByHsdsId(db: Db, organisationId: string, hsdsId: string) {
  const [row] = await db
    .select()
    .from(interventions)
    .where(and(eq(interventions.organisationId, organisationId), eq(interventions.hsdsId, hsdsId)));
  return row ?? null;
}
