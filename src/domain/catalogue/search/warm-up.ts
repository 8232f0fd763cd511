// The first searches on a new index run code V8 has not yet optimised for an index that size: at
// 50 000 items the very first took some 40 ms in one turn, the fifth 3-12 ms (issue 12.1). The
// server runs these queries on a new index before it serves, a turn apart, so no user's search
// (and no other request waiting behind it) pays for that.

import type { CatalogueSearchQuery } from './search-types';
import type { SynonymsInput } from './synonyms';

/** Synonym groups whose words are searched: the first ones are the catalogue's commonest themes. */
const GROUPS = 2;

/**
 * Queries along the search's main paths, the lightest first: facets only (twice: its counting
 * loops are the longest), then a word the catalogue uses and a word a worker types, which
 * expands to synonyms.
 */
export function warmUpQueries(synonyms: SynonymsInput): CatalogueSearchQuery[] {
  const words = synonyms.groups
    .slice(0, GROUPS)
    .flatMap((group) => [group.expands_to[0], group.typed[0]])
    .filter((word): word is string => word !== undefined);
  return [{}, {}, ...[...new Set(words)].map((text) => ({ text }))];
}
