import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { localOffers } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import { recordVersion, type VersionAction } from './history.repository';

export type OfferData = {
  gemeenten: string[];
  wijk: string | null;
  howToRefer: string | null;
  costs: string | null;
  contact: {
    name: string;
    function: string | null;
    phone: string | null;
    email: string | null;
    public: boolean;
  } | null;
};

type Actor = { userId: string; now: Date };

export async function getOfferRow(db: Db, id: string) {
  const [row] = await db.select().from(localOffers).where(eq(localOffers.id, id)).limit(1);
  return row ?? null;
}

function snapshot(row: typeof localOffers.$inferSelect) {
  return {
    interventionId: row.interventionId,
    ...(row.data as OfferData),
    lastCheckedAt: row.lastCheckedAt.toISOString(),
    archived: row.archivedAt !== null,
  };
}

export async function createOffer(
  db: Db,
  input: {
    organisationId: string;
    interventionId: string;
    data: OfferData;
    hsdsId?: string | null;
  },
  actor: Actor,
  action: VersionAction = 'created',
) {
  const [row] = await db
    .insert(localOffers)
    .values({
      organisationId: input.organisationId,
      interventionId: input.interventionId,
      data: input.data,
      hsdsId: input.hsdsId ?? null,
      lastCheckedAt: actor.now,
      lastCheckedBy: actor.userId,
      createdAt: actor.now,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .returning();
  await recordVersion(db, {
    type: 'offer',
    id: row!.id,
    version: 1,
    action,
    data: snapshot(row!),
    by: actor.userId,
    at: actor.now,
  });
  await bumpCatalogueVersion(db);
  return row!;
}

/**
 * Applies a change and records the new version. Saving counts as checking: whoever edits an entry
 * has looked at it.
 */
export async function changeOffer(
  db: Db,
  id: string,
  change: { data?: OfferData; archived?: boolean },
  actor: Actor,
  action: VersionAction,
) {
  const [row] = await db
    .update(localOffers)
    .set({
      ...(change.data ? { data: change.data } : {}),
      ...(change.archived !== undefined ? { archivedAt: change.archived ? actor.now : null } : {}),
      version: sql`${localOffers.version} + 1`,
      lastCheckedAt: actor.now,
      lastCheckedBy: actor.userId,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .where(eq(localOffers.id, id))
    .returning();
  await recordVersion(db, {
    type: 'offer',
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
