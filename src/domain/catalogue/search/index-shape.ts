// The shape of the in-memory search index (ADR 0203): numbered docs, postings per term in typed
// arrays, facet values per doc as CSR lists. Built by build-index.ts, read by the search.

import { listedItem, type CatalogueItem, type ListedItem, type LocalOffer } from '../types';
import type { Facet } from './search-types';
import type { CompiledSynonyms, SynonymsInput } from './synonyms';
import type { TypoIndex } from './typo';

/**
 * The fields of a catalogue item the search reads: what is sent to the index builder. The listed
 * fields (what the in-process catalogue keeps) without the matching's `fit`, and the long texts.
 */
export type SearchableItem = Omit<ListedItem, 'fit'> &
  Pick<CatalogueItem, 'description' | 'workingElements' | 'domains' | 'providers'>;

/** The fields of a local offer the search reads. */
export type SearchableOffer = Pick<
  LocalOffer,
  'id' | 'organisationId' | 'organisationName' | 'interventionId' | 'gemeenten' | 'wijk'
>;

/** Only the fields the search reads, so building elsewhere (a worker thread) copies little. */
export function searchableItem(item: SearchableItem): SearchableItem {
  const { fit: _fit, ...listed } = listedItem(item);
  const { description, workingElements, domains, providers } = item;
  return { ...listed, description, workingElements, domains, providers };
}

/**
 * What the index keeps of an item after the build: only its id. The texts the hits' highlights
 * are read from are fetched for the page of hits when it is shown (issue 12.1: about 65 MB at
 * 50 000 items); an index built in this process keeps the whole searchable items.
 */
export type IndexedItem = Pick<SearchableItem, 'id'> & Partial<HighlightTexts>;

/** The texts of an item the highlights of a hit are read from. */
export type HighlightTexts = Pick<
  SearchableItem,
  'name' | 'summary' | 'workingElements' | 'providers' | 'description'
>;

export function searchableOffer(offer: SearchableOffer): SearchableOffer {
  const { id, organisationId, organisationName, interventionId, gemeenten, wijk } = offer;
  return { id, organisationId, organisationName, interventionId, gemeenten, wijk };
}

/**
 * Every term's postings in flat arrays, term t's at [starts[t], starts[t + 1]) of docs, fields
 * and weights, their docs ascending. Flat rather than one array per term: 150 000 small arrays
 * at 50 000 items cost 11 MB of heap, and the flat ones move between threads as they are.
 */
export type Postings = {
  readonly starts: Int32Array;
  readonly docs: Int32Array;
  /** Per posting: one bit per field of SEARCH_FIELDS the term occurs in. */
  readonly fields: Uint16Array;
  /** Per posting: the weighted, saturated term frequency over the fields. */
  readonly weights: Float32Array;
};

/** Term t's postings, as views on the flat arrays. */
export function postingsOf({ postings }: Pick<SearchIndex, 'postings'>, t: number) {
  const from = postings.starts[t]!;
  const to = postings.starts[t + 1]!;
  return {
    docs: postings.docs.subarray(from, to),
    fields: postings.fields.subarray(from, to),
    weights: postings.weights.subarray(from, to),
  };
}

/** How many docs hold term t. */
export function postingCount({ postings }: Pick<SearchIndex, 'postings'>, t: number): number {
  return postings.starts[t + 1]! - postings.starts[t]!;
}

export type FacetData = {
  values: string[];
  valueIndex: Map<string, number>;
  /** CSR: the values of doc d are data[offsets[d] .. offsets[d + 1]). */
  offsets: Int32Array;
  data: Int32Array;
};

export type SearchIndex = {
  /** Items sorted by id; a doc number is a place in this list. */
  readonly items: readonly IndexedItem[];
  /** Doc numbers in name order (folded: lower case, no accents; then id). */
  readonly byName: Int32Array;
  readonly nameRank: Int32Array;
  /** Search key → term number. */
  readonly terms: ReadonlyMap<string, number>;
  readonly postings: Postings;
  readonly idf: Float64Array;
  /** Every indexed word as folded (lower case, no accents) → term number. */
  readonly surface: ReadonlyMap<string, number>;
  /** The same words sorted, for prefix search, with their term numbers. */
  readonly sortedWords: readonly string[];
  readonly sortedWordTerms: Int32Array;
  readonly typo: TypoIndex;
  readonly synonyms: CompiledSynonyms;
  readonly facets: Readonly<Record<Facet, FacetData>>;
  /**
   * All facet values of a doc in one CSR list, numbered across facets (value v of facet f is
   * `facetStart[f] + v`), so counting a doc is one loop.
   */
  readonly allFacetValues: {
    offsets: Int32Array;
    data: Int32Array;
    facetStart: Record<Facet, number>;
    size: number;
  };
  /** Per doc: its primary and its secondary capitals, one bit each (see centrality.ts). */
  readonly capitalBits: Uint16Array;
  /** -1 when the item has no age range. */
  readonly ageMin: Int16Array;
  readonly ageMax: Int16Array;
  readonly labels: {
    gemeente: ReadonlyMap<string, string>;
    organisation: ReadonlyMap<string, string>;
  };
  readonly stats: {
    items: number;
    offers: number;
    /** Offers of items not in the index (for example archived ones); left out. */
    skippedOffers: number;
    terms: number;
    postings: number;
  };
};

export type BuildSearchIndexInput = {
  items: readonly SearchableItem[];
  offers: readonly SearchableOffer[];
  synonyms: SynonymsInput;
};
