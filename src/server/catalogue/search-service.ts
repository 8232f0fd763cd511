import type { Db } from '../../db/client';
import {
  byListPlace,
  catalogueVersion,
  liveItemPages,
  liveOfferPages,
  type OfferListPlace,
} from '../../db/catalogue/catalogue.repository';
import {
  searchWithoutTexts,
  warmUpQueries,
  type SearchIndex,
  type SynonymsInput,
} from '../../domain/catalogue/search';
import { listedItem, type ListedItem, type ListedOffer } from '../../domain/catalogue/types';
import { Interner } from './interner';
import { buildIndexInWorker, type IndexSource } from './search-index-builder';
import {
  readStoredIndex,
  storedIndexFile,
  type IndexStore,
  type StoredIndex,
} from './search-index-store';
import { unpackIndex } from './search-index-transfer';
import { nextTurn } from '../next-turn';

export type CatalogueSnapshot = {
  version: number;
  index: SearchIndex;
  /** Only what the result list, the matching and the reports read (issue 12.1: memory). */
  items: Map<string, ListedItem>;
  offersByItem: Map<string, ListedOffer[]>;
};

/** The fields of ListedOffer, in a new object, so the rest of a whole offer can be collected. */
function listedOffer(offer: ListedOffer): ListedOffer {
  const { id, organisationId, organisationName, interventionId, gemeenten } = offer;
  return { id, organisationId, organisationName, interventionId, gemeenten };
}

/**
 * Each item's offers in the order loadOffers gives, kept as they arrive: an offer goes in at its
 * place among its item's few offers, so no pass over all offers is left for the end (sorting
 * 50 000 at once held up the server 40 ms when the index arrived).
 */
class OffersInListOrder {
  readonly offersByItem = new Map<string, ListedOffer[]>();
  private readonly places = new Map<string, OfferListPlace[]>();

  add(offer: ListedOffer, place: OfferListPlace) {
    const offers = this.offersByItem.get(offer.interventionId);
    const places = this.places.get(offer.interventionId);
    if (!offers || !places) {
      this.offersByItem.set(offer.interventionId, [offer]);
      this.places.set(offer.interventionId, [place]);
      return;
    }
    let at = places.length;
    while (at > 0 && byListPlace(places[at - 1]!, place) > 0) at--;
    offers.splice(at, 0, offer);
    places.splice(at, 0, place);
  }
}

/**
 * Passes pages on unchanged, handing each row to `take` first, a turn after the page's query: a
 * request that comes in meanwhile waits for the query or for the rows, not for both.
 */
async function* keep<T>(pages: AsyncIterable<T[]>, take: (row: T) => void): AsyncGenerator<T[]> {
  for await (const page of pages) {
    await nextTurn();
    for (const row of page) take(row);
    yield page;
  }
}

async function drain(pages: AsyncIterable<unknown>) {
  for await (const page of pages) void page;
}

/** The catalogue, read page by page: each page goes to the snapshot's items and offers first. */
function readCatalogue(db: Db) {
  const items = new Map<string, ListedItem>();
  const offers = new OffersInListOrder();
  // Each row brings its own copy of every string; the snapshot keeps one of each.
  const intern = new Interner();
  const itemPages = keep(liveItemPages(db), (item) => {
    const listed = intern.item(listedItem(item));
    items.set(listed.id, listed);
  });
  const offerPages = keep(liveOfferPages(db), (whole) =>
    offers.add(intern.offer(listedOffer(whole)), whole.place),
  );
  return { items, offersByItem: offers.offersByItem, itemPages, offerPages };
}

/** The index kept at an earlier start, if it holds exactly the live items the catalogue has now. */
async function keptIndex(
  kept: StoredIndex,
  read: ReturnType<typeof readCatalogue>,
): Promise<SearchIndex | undefined> {
  await drain(read.itemPages);
  await drain(read.offerPages);
  // Its name says which catalogue version it is of; this guards against one that no longer fits.
  const { ids } = kept;
  if (ids.length !== read.items.size || !ids.every((id) => read.items.has(id))) return undefined;
  return unpackIndex(
    kept.packed,
    ids.map((id) => ({ id })),
  );
}

/** Searches a new index a few times, a turn apart, before it serves (see warm-up.ts). */
async function warmUp(index: SearchIndex, synonyms: SynonymsInput) {
  for (const query of warmUpQueries(synonyms)) {
    await nextTurn();
    searchWithoutTexts(index, query);
  }
}

/** How long a checked version is trusted: changes by other instances show within this time. */
const VERSION_CHECK_MS = 1000;

export type CatalogueSearchOptions = {
  now?: () => number;
  /** Builds the index; by default in a worker thread, so the server keeps answering meanwhile. */
  buildIndex?: (source: IndexSource) => Promise<SearchIndex>;
  /** Where built indexes are kept for the next start; none when omitted. */
  store?: IndexStore;
};

/**
 * The in-process search index (ADR 0203), kept in step with the database: searches read the
 * catalogue version (one tiny query, at most once a second) and a new index is built when it
 * moved — also when another app instance made the change. The old index keeps serving while the
 * new one is built (issue 12.1); only the very first search, and the first after a change made
 * through this instance (so an editor sees their own change), wait for a build.
 */
export function catalogueSearch(
  db: Db,
  synonyms: SynonymsInput,
  options: CatalogueSearchOptions = {},
) {
  const now = options.now ?? Date.now;
  const buildIndex = options.buildIndex ?? buildIndexInWorker;
  let current: CatalogueSnapshot | undefined;
  let building: Promise<CatalogueSnapshot> | undefined;
  let checkedAt = -Infinity;
  let ownChange = false;

  /** The index for `version`: the one kept at an earlier start, or a new one (then kept). */
  async function build(version: number): Promise<CatalogueSnapshot> {
    const keepIn = options.store && storedIndexFile(options.store, version, synonyms);
    // At start this runs before the server listens: the version query went to the database
    // before the start's other queries, which the server waits for before it listens.
    const kept = keepIn ? readStoredIndex(keepIn) : undefined;
    let read = readCatalogue(db);
    let index = kept && (await keptIndex(kept, read).catch(() => undefined));
    if (!index) {
      // A kept index that does not fit has used up the pages: read them again for the build.
      if (kept) read = readCatalogue(db);
      const { itemPages, offerPages } = read;
      index = await buildIndex({ itemPages, offerPages, synonyms, ...(keepIn && { keepIn }) });
    }
    // Only a head start: a warm-up search that fails must not keep a working index from serving.
    await warmUp(index, synonyms).catch(() => undefined);
    return { version, index, items: read.items, offersByItem: read.offersByItem };
  }

  /** Starts building `version` unless a build runs; swaps it in when done. */
  function rebuild(version: number): Promise<CatalogueSnapshot> {
    building ??= build(version)
      .then((snap) => {
        if (!current || snap.version >= current.version) current = snap;
        return current;
      })
      .finally(() => (building = undefined));
    return building;
  }

  async function snapshot(): Promise<CatalogueSnapshot> {
    if (current && now() - checkedAt < VERSION_CHECK_MS) return current;
    const version = await catalogueVersion(db);
    checkedAt = now();
    if (current?.version === version) {
      ownChange = false;
      return current;
    }
    const next = rebuild(version);
    if (current && !ownChange) {
      // A failed background build is retried at the next version check.
      next.catch(() => undefined);
      return current;
    }
    ownChange = false;
    return next;
  }
  /** After a change made through this instance: the next search waits for the new index. */
  snapshot.invalidate = () => {
    checkedAt = -Infinity;
    ownChange = true;
  };
  /** Whether an index exists (for /readyz). */
  snapshot.ready = () => current !== undefined;
  return snapshot;
}
