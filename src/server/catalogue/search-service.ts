import type { Db } from '../../db/client';
import { catalogueVersion, loadIndexData } from '../../db/catalogue/catalogue.repository';
import {
  buildSearchIndex,
  type SearchIndex,
  type SynonymsInput,
} from '../../domain/catalogue/search';
import type { CatalogueItem, LocalOffer } from '../../domain/catalogue/types';

export type CatalogueSnapshot = {
  version: number;
  index: SearchIndex;
  items: Map<string, CatalogueItem>;
  offersByItem: Map<string, LocalOffer[]>;
};

/**
 * The in-process search index (ADR 0203), kept in step with the database: searches read the
 * catalogue version (one tiny query, at most once a second) and the index is rebuilt when it
 * moved — also when another app instance made the change.
 */
/** How long a checked version is trusted: changes by other instances show within this time. */
const VERSION_CHECK_MS = 1000;

export function catalogueSearch(db: Db, synonyms: SynonymsInput, now: () => number = Date.now) {
  let current: CatalogueSnapshot | undefined;
  let building: Promise<CatalogueSnapshot> | undefined;
  let checkedAt = -Infinity;

  async function build(version: number): Promise<CatalogueSnapshot> {
    const { items, offers } = await loadIndexData(db);
    const offersByItem = new Map<string, LocalOffer[]>();
    for (const o of offers)
      offersByItem.set(o.interventionId, [...(offersByItem.get(o.interventionId) ?? []), o]);
    return {
      version,
      index: buildSearchIndex({ items, offers, synonyms }),
      items: new Map(items.map((i) => [i.id, i])),
      offersByItem,
    };
  }

  async function snapshot(): Promise<CatalogueSnapshot> {
    if (current && now() - checkedAt < VERSION_CHECK_MS) return current;
    const version = await catalogueVersion(db);
    checkedAt = now();
    if (current?.version === version) return current;
    // One rebuild at a time; requests arriving meanwhile wait for the same one.
    building ??= build(version).finally(() => (building = undefined));
    current = await building;
    return current;
  }
  /** After a change made through this instance: check the version again at the next search. */
  snapshot.invalidate = () => {
    checkedAt = -Infinity;
  };
  return snapshot;
}
