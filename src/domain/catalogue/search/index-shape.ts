// The shape of the in-memory search index (ADR 0203): numbered docs, postings per term in typed
// arrays, facet values per doc as CSR lists. Built by build-index.ts, read by the search.

import type { CatalogueItem, LocalOffer } from '../types';
import type { Facet } from './search-types';
import type { CompiledSynonyms, SynonymsInput } from './synonyms';
import type { TypoIndex } from './typo';

export type FacetData = {
  values: string[];
  valueIndex: Map<string, number>;
  /** CSR: the values of doc d are data[offsets[d] .. offsets[d + 1]). */
  offsets: Int32Array;
  data: Int32Array;
};

export type SearchIndex = {
  /** Items sorted by id; a doc number is a place in this list. */
  readonly items: readonly CatalogueItem[];
  readonly docById: ReadonlyMap<string, number>;
  /** Doc numbers in name order (folded: lower case, no accents; then id). */
  readonly byName: Int32Array;
  readonly nameRank: Int32Array;
  /** Search key → term number. */
  readonly terms: ReadonlyMap<string, number>;
  readonly postingDocs: readonly Int32Array[];
  /** Per posting: one bit per field of SEARCH_FIELDS the term occurs in. */
  readonly postingFields: readonly Uint16Array[];
  /** Per posting: the weighted, saturated term frequency over the fields. */
  readonly postingWeights: readonly Float32Array[];
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
  items: readonly CatalogueItem[];
  offers: readonly LocalOffer[];
  synonyms: SynonymsInput;
};
