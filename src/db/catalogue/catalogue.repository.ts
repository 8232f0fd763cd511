import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { CatalogueItem, LocalOffer } from '../../domain/catalogue/types';
import type { Db } from '../client';
import { catalogueState, interventions, localOffers, organisations, users } from '../schema';
import { entryStanding, gemeentePlaces } from './versioned-entries.repository';

/** Moves the catalogue version on; every instance rebuilds its search index when it sees a new one. */
export async function bumpCatalogueVersion(db: Db): Promise<number> {
  const [row] = await db
    .insert(catalogueState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({
      target: catalogueState.id,
      set: { version: sql`${catalogueState.version} + 1` },
    })
    .returning({ version: catalogueState.version });
  return row!.version;
}

export async function catalogueVersion(db: Db): Promise<number> {
  const [row] = await db.select({ version: catalogueState.version }).from(catalogueState).limit(1);
  return row?.version ?? 0;
}

type InterventionRow = typeof interventions.$inferSelect;

export function itemFromRow(row: InterventionRow): CatalogueItem {
  return {
    ...row.data,
    // A local item was reviewed when a person last confirmed it (ADR 0205), not when it was
    // written or imported; never confirmed, it has no review date (HSDS: no assured_date).
    ...(row.origin === 'local'
      ? { lastReviewed: row.lastCheckedAt?.toISOString().slice(0, 10) ?? '' }
      : {}),
    id: row.id,
    origin: row.origin,
    organisationId: row.organisationId,
  };
}

export async function getInterventionRow(db: Db, id: string) {
  const [row] = await db.select().from(interventions).where(eq(interventions.id, id)).limit(1);
  return row ?? null;
}

/** Offers with organisation name, gemeente names and who last checked them. */
export async function loadOffers(
  db: Db,
  where: {
    interventionIds?: string[];
    organisationId?: string;
    ids?: string[];
    includeArchived?: boolean;
  } = {},
): Promise<(LocalOffer & { archived: boolean })[]> {
  const filters = [
    where.includeArchived ? undefined : isNull(localOffers.archivedAt),
    where.interventionIds ? inArray(localOffers.interventionId, where.interventionIds) : undefined,
    where.organisationId ? eq(localOffers.organisationId, where.organisationId) : undefined,
    where.ids ? inArray(localOffers.id, where.ids) : undefined,
  ].filter((f) => f !== undefined);
  const rows = await db
    .select({ offer: localOffers, organisationName: organisations.name, checkedBy: users.name })
    .from(localOffers)
    .innerJoin(organisations, eq(organisations.id, localOffers.organisationId))
    .leftJoin(users, eq(users.id, localOffers.lastCheckedBy))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(organisations.name), asc(localOffers.createdAt));
  const placesOf = await gemeentePlaces(
    db,
    rows.map((r) => r.offer.organisationId),
  );
  return rows.map(({ offer, organisationName, checkedBy }) => ({
    id: offer.id,
    organisationId: offer.organisationId,
    organisationName,
    interventionId: offer.interventionId,
    gemeenten: placesOf(offer.data.gemeenten),
    wijk: offer.data.wijk,
    howToRefer: offer.data.howToRefer,
    costs: offer.data.costs,
    contact: offer.data.contact,
    ...entryStanding(offer, checkedBy),
  }));
}

/** Everything the search index needs: live items and live offers. */
export async function loadIndexData(
  db: Db,
): Promise<{ items: CatalogueItem[]; offers: LocalOffer[] }> {
  const rows = await db.select().from(interventions).where(isNull(interventions.archivedAt));
  const offers = await loadOffers(db);
  return { items: rows.map(itemFromRow), offers };
}

export async function interventionNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: interventions.id, name: interventions.name })
    .from(interventions)
    .where(inArray(interventions.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Live items an organisation offers or keeps itself: what its poster shows. */
export async function liveItemsOfferedBy(
  db: Db,
  organisationId: string,
  offeredItemIds: string[],
): Promise<CatalogueItem[]> {
  const own = eq(interventions.organisationId, organisationId);
  const rows = await db
    .select()
    .from(interventions)
    .where(
      and(
        isNull(interventions.archivedAt),
        offeredItemIds.length ? or(inArray(interventions.id, offeredItemIds), own) : own,
      ),
    );
  return rows.map(itemFromRow);
}

/** The local items an organisation keeps, archived ones included. */
export async function localItemsOf(db: Db, organisationId: string) {
  return db
    .select({
      id: interventions.id,
      name: interventions.name,
      archivedAt: interventions.archivedAt,
      lastCheckedAt: interventions.lastCheckedAt,
      version: interventions.version,
    })
    .from(interventions)
    .where(eq(interventions.organisationId, organisationId))
    .orderBy(asc(interventions.name));
}
