import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { localOffers } from '../schema';
import { bumpCatalogueVersion } from './catalogue.repository';
import {
  changedColumns,
  recordEntryVersion,
  savedBy,
  type Actor,
  type VersionAction,
} from './history.repository';

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

export async function getOfferRow(db: Db, id: string) {
  const [row] = await db.select().from(localOffers).where(eq(localOffers.id, id)).limit(1);
  return row ?? null;
}

/**
 * An offer as a user of this organisation may see it: an archived offer exists only for the
 * organisation that made it; for everyone else it answers as if it never existed.
 */
export async function getReadableOffer(db: Db, id: string, organisationId: string) {
  const row = await getOfferRow(db, id);
  if (!row || (row.archivedAt && row.organisationId !== organisationId)) return null;
  return row;
}

const recordOffer = (
  db: Db,
  row: typeof localOffers.$inferSelect,
  action: VersionAction,
  actor: Actor,
) => recordEntryVersion(db, 'offer', row, action, actor, { interventionId: row.interventionId });

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
      createdAt: actor.now,
      ...savedBy(actor),
    })
    .returning();
  await recordOffer(db, row!, action, actor);
  await bumpCatalogueVersion(db);
  return row!;
}

/** Applies a change and records the new version. */
export async function changeOffer(
  db: Db,
  id: string,
  change: { data?: OfferData; archived?: boolean },
  actor: Actor,
  action: VersionAction,
) {
  const [row] = await db
    .update(localOffers)
    .set({ ...changedColumns(change, actor), version: sql`${localOffers.version} + 1` })
    .where(eq(localOffers.id, id))
    .returning();
  await recordOffer(db, row!, action, actor);
  await bumpCatalogueVersion(db);
  return row!;
}

/** The organisation's offer that came from this HSDS id, if any (for re-imports). */
export async function offerByHsdsId(db: Db, organisationId: string, hsdsId: string) {
  const [row] = await db
    .select()
    .from(localOffers)
    .where(and(eq(localOffers.organisationId, organisationId), eq(localOffers.hsdsId, hsdsId)));
  return row ?? null;
}
