// The numbers that tune the search: how much each field and each kind of match counts, and the
// limits on queries and pages.

import type { MatchKind, SearchField } from './search-types';

/** How much a word counts in each field: the name far above the rest, the description lowest. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 10,
  summary: 4,
  workingElements: 4,
  targetGroups: 4,
  lifeEvents: 3,
  domains: 2,
  providers: 2,
  description: 1,
  offers: 1,
};

/** How much a match counts by how it was found: exact stem > synonym > compound > prefix > typo. */
export const MATCH_FACTORS: Readonly<Record<MatchKind, number>> = {
  exact: 1,
  synonym: 0.6,
  compound: 0.5,
  prefix: 0.4,
  typo: 0.3,
};
export const TYPO_FACTOR_DISTANCE_2 = 0.2;
/**
 * A synonym match in an item none of whose capitals the concept is about counts this much of one
 * in an item whose primary capital it is about (see centrality.ts).
 */
export const CENTRALITY_FLOOR = 0.5;
/** A secondary capital makes the concept this much as central as a primary one. */
export const SECONDARY_CAPITAL_SHARE = 0.5;
/** How much the other alternatives of a query word add to its best one (as in a dis_max query). */
export const TIE_BREAKER = 0.1;

export const MAX_TEXT_LENGTH = 200;
export const MAX_QUERY_TERMS = 16;
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
export const MIN_PREFIX_LENGTH = 3;
export const MAX_PREFIX_TERMS = 40;
export const MAX_TYPO_TERMS = 10;
/** Each part of a split compound has at least this many letters ('huur', 'geld'). */
export const MIN_COMPOUND_PART = 4;
/** One part of a compound alone counts this much of a match of all its parts. */
export const COMPOUND_PART_SHARE = 0.5;
/** Fields whose words are shown to the user, so highlights come from these. */
export const HIGHLIGHT_FIELDS: readonly SearchField[] = [
  'name',
  'summary',
  'workingElements',
  'providers',
  'description',
];
