// Public API of the Wegwijzer search (ADR 0203): build an index from the catalogue rows, search it.
export { buildSearchIndex } from './build-index';
export { matchingIds, search, searchWithoutTexts } from './search';
export { warmUpQueries } from './warm-up';
export type { PendingSearch } from './search';
export { FIELD_WEIGHTS, MATCH_FACTORS } from './tuning';
export type {
  BuildSearchIndexInput,
  HighlightTexts,
  IndexedItem,
  SearchableItem,
  SearchableOffer,
  SearchIndex,
} from './index-shape';
export { searchableItem, searchableOffer } from './index-shape';
export type {
  CatalogueSearchQuery,
  CatalogueSearchResult,
  Facet,
  FacetValue,
  InterpretedTerm,
  MatchKind,
  SearchField,
  SearchHit,
} from './search-types';
export { FACETS, SEARCH_FIELDS } from './search-types';
export { SearchInputError } from './search-errors';
export type { SearchIssue } from './search-errors';
export type { SynonymGroupInput, SynonymsInput } from './synonyms';
export { searchKey, snowballDutchStem, IRREGULAR_FORMS } from './dutch-stemmer';
export { fold, tokenize, DUTCH_STOP_WORDS } from './tokenize';
export type { Token } from './tokenize';
