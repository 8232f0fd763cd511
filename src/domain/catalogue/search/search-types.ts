// The shapes going in and out of the catalogue search.

export const SEARCH_FIELDS = [
  'name',
  'summary',
  'workingElements',
  'targetGroups',
  'lifeEvents',
  'domains',
  'providers',
  'description',
  'offers',
] as const;
/** Where a word was found. `offers`: the organisation, gemeente or wijk of a local offer. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FACETS = [
  'capital',
  'targetGroup',
  'phase',
  'povertyType',
  'lifeEvent',
  'evidenceLevel',
  'gemeente',
  'organisation',
  'kind',
] as const;
export type Facet = (typeof FACETS)[number];

export type CatalogueSearchQuery = {
  /** What the user typed; at most 200 characters. */
  text?: string | undefined;
  /** An item matches a capital when it is one of its primary or secondary capitals. */
  capitals?: string[] | undefined;
  targetGroups?: string[] | undefined;
  /** Age in years: items whose age range holds it, and items without an age range. */
  age?: number | undefined;
  phases?: string[] | undefined;
  povertyTypes?: string[] | undefined;
  lifeEvents?: string[] | undefined;
  evidenceLevels?: string[] | undefined;
  kinds?: string[] | undefined;
  /** CBS gemeentecodes: items with a local offer in one of them. */
  gemeenten?: string[] | undefined;
  /** Werkorganisatie ids: items one of them offers, or local items one of them owns. */
  organisations?: string[] | undefined;
  /** 'Available near me': the gemeentecodes of the user's organisation. Filters when not empty. */
  nearMe?: string[] | undefined;
  /**
   * The gemeentecodes of the user's organisation, for the count of the 'near me' facet while that
   * filter is off. Defaults to `nearMe`.
   */
  viewerGemeenten?: string[] | undefined;
  /** 1-based; default 1. */
  page?: number | undefined;
  /** 1 to 100; default 20. */
  perPage?: number | undefined;
  /** Default 'relevance'; without text, relevance order is name order. */
  sort?: 'relevance' | 'name' | undefined;
};

/** `compound`: the parts of a compound word the index does not hold ('schoolspullen'). */
export type MatchKind = 'exact' | 'synonym' | 'compound' | 'prefix' | 'typo';

export type SearchHit = {
  id: string;
  score: number;
  /** The words as written in the item's text that matched, each once, for <mark>. */
  highlights: string[];
  matchedFields: SearchField[];
};

export type FacetValue = {
  value: string;
  count: number;
  /** The name, for gemeenten and organisations, when the local offers give one. */
  label?: string;
};

/** How the search read one word or phrase of the query; for 'also searched for …' in the UI. */
export type InterpretedTerm = {
  /** The words as typed. */
  text: string;
  /** Synonym terms that were searched too. */
  synonyms: string[];
  /** Words from the catalogue that were taken for a typo of this one. */
  corrections: string[];
  /** Whether any item matched this term. */
  matched: boolean;
};

export type CatalogueSearchResult = {
  total: number;
  page: number;
  perPage: number;
  items: SearchHit[];
  /** Live counts: each facet applies the text and all other active filters, not its own. */
  facets: Record<Facet, FacetValue[]> & {
    /** One value 'ja' counting the items near the viewer's gemeenten; empty without them. */
    nearMe: FacetValue[];
  };
  terms: InterpretedTerm[];
};
