import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { HighlightTexts } from '../../domain/catalogue/search';
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

type InterventionRow = Pick<
  typeof interventions.$inferSelect,
  'id' | 'origin' | 'organisationId' | 'lastCheckedAt' | 'data'
>;

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
  return rows.map((row) => offerFromRow(row, placesOf));
}

type OfferRow = {
  offer: Pick<
    typeof localOffers.$inferSelect,
    'id' | 'organisationId' | 'interventionId' | 'data' | 'lastCheckedAt' | 'version' | 'archivedAt'
  >;
  organisationName: string;
  checkedBy: string | null;
};

/** Gemeente codes with their names, as an offer lists its places. */
type Places = Awaited<ReturnType<typeof gemeentePlaces>>;

function offerFromRow(
  { offer, organisationName, checkedBy }: OfferRow,
  placesOf: Places,
): LocalOffer & { archived: boolean } {
  return {
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
  };
}

/** Everything the search index needs: live items and live offers. */
export async function loadIndexData(
  db: Db,
): Promise<{ items: CatalogueItem[]; offers: LocalOffer[] }> {
  const rows = await db.select().from(interventions).where(isNull(interventions.archivedAt));
  const offers = await loadOffers(db);
  return { items: rows.map(itemFromRow), offers };
}

/**
 * Rows per page when the search index reads the catalogue. PGlite's WebAssembly heap grows to the
 * largest single result and never shrinks, and PGlite answers on the main thread, so the catalogue
 * is read in small pages: the server answers other requests between two (issue 12.1).
 */
export const INDEX_PAGE_ROWS = 100;

/**
 * Live items, a page at a time in id order (keyset), with only the columns an item is made of.
 * Archived rows are skipped here rather than in SQL: PGlite never gathers table statistics, and
 * guessing that few rows are live the planner then read and sorted every later row for each page.
 */
export async function* liveItemPages(
  db: Db,
  pageRows = INDEX_PAGE_ROWS,
): AsyncGenerator<CatalogueItem[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .select({
        id: interventions.id,
        origin: interventions.origin,
        organisationId: interventions.organisationId,
        lastCheckedAt: interventions.lastCheckedAt,
        archivedAt: interventions.archivedAt,
        data: interventions.data,
      })
      .from(interventions)
      .where(gt(interventions.id, after))
      .orderBy(asc(interventions.id))
      .limit(pageRows);
    const live = rows.filter((row) => row.archivedAt === null);
    if (live.length > 0) yield live.map(itemFromRow);
    if (rows.length < pageRows) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Where an offer comes in the order loadOffers gives: organisation name (as a rank, ties equal),
 * creation time (fixed-width digits, so text order is time order), then id.
 */
export type OfferListPlace = { organisationRank: number; created: string; id: string };

export function byListPlace(a: OfferListPlace, b: OfferListPlace): number {
  if (a.organisationRank !== b.organisationRank) return a.organisationRank - b.organisationRank;
  if (a.created !== b.created) return a.created < b.created ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each organisation's place in name order; organisations of the same name share one. */
async function organisationRanks(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .select({
      id: organisations.id,
      rank: sql<number>`rank() over (order by ${organisations.name})`,
    })
    .from(organisations);
  return new Map(rows.map((r) => [r.id, Number(r.rank)]));
}

/**
 * Live offers a page at a time in id order (keyset on the primary key: a page reads only its own
 * rows), each with its place in the order loadOffers gives, so the caller can put them in that
 * order. Ordering in SQL by the organisation's name sorted every remaining offer for each page.
 */
export async function* liveOfferPages(
  db: Db,
  pageRows = INDEX_PAGE_ROWS,
): AsyncGenerator<(LocalOffer & { archived: boolean; place: OfferListPlace })[]> {
  const placesOf = await gemeentePlaces(db);
  const ranks = await organisationRanks(db);
  let after: string | undefined;
  for (;;) {
    const rows = await db
      .select({
        offer: {
          id: localOffers.id,
          organisationId: localOffers.organisationId,
          interventionId: localOffers.interventionId,
          data: localOffers.data,
          lastCheckedAt: localOffers.lastCheckedAt,
          version: localOffers.version,
          archivedAt: localOffers.archivedAt,
        },
        organisationName: organisations.name,
        checkedBy: users.name,
        created: sql<string>`to_char(${localOffers.createdAt} at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`,
      })
      .from(localOffers)
      .innerJoin(organisations, eq(organisations.id, localOffers.organisationId))
      .leftJoin(users, eq(users.id, localOffers.lastCheckedBy))
      .where(after ? gt(localOffers.id, after) : undefined)
      .orderBy(asc(localOffers.id))
      .limit(pageRows);
    const live = rows.filter((row) => row.offer.archivedAt === null);
    if (live.length > 0)
      yield live.map((row) => ({
        ...offerFromRow(row, placesOf),
        place: {
          organisationRank: ranks.get(row.offer.organisationId) ?? 0,
          created: row.created,
          id: row.offer.id,
        },
      }));
    if (rows.length < pageRows) return;
    after = rows[rows.length - 1]!.offer.id;
  }
}

/**
 * The texts a search hit's highlights are read from, of the given items (a page of hits): the
 * search index does not keep them (issue 12.1).
 */
export async function highlightTexts(db: Db, ids: string[]): Promise<Map<string, HighlightTexts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: interventions.id,
      name: sql<string>`${interventions.data}->>'name'`,
      summary: sql<string>`${interventions.data}->>'summary'`,
      description: sql<string>`${interventions.data}->>'description'`,
      // As text, parsed here: the drivers differ in whether they parse a JSON expression.
      workingElements: sql<string>`(${interventions.data}->'workingElements')::text`,
      providers: sql<string>`(${interventions.data}->'providers')::text`,
    })
    .from(interventions)
    .where(inArray(interventions.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: r.name,
        summary: r.summary,
        description: r.description,
        workingElements: JSON.parse(r.workingElements ?? '[]') as string[],
        providers: JSON.parse(r.providers ?? '[]') as string[],
      },
    ]),
  );
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
