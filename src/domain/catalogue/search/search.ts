// Searching the index: text (stemmed, with synonyms, prefixes and typos), filters, live facet
// counts, a page of hits with highlights.

import { facetsOf } from './facets';
import { filterAndCount, filtersOf } from './filters';
import { firstInOrder } from './first-in-order';
import { hitOf } from './hits';
import type { SearchIndex } from './index-shape';
import { checkQuery } from './input-checks';
import { parseText } from './parse-query';
import { scoreConcepts } from './score';
import { SearchInputError } from './search-errors';
import type { CatalogueSearchQuery, CatalogueSearchResult } from './search-types';
import { DEFAULT_PER_PAGE } from './tuning';

/**
 * Searches the index: text (stemmed, with synonyms, prefixes and typos), filters, live facet
 * counts, a page of hits with highlights. Throws SearchInputError naming the bad field.
 */
export function search(index: SearchIndex, query: CatalogueSearchQuery): CatalogueSearchResult {
  const issues = checkQuery(query);
  if (issues.length > 0) throw new SearchInputError(issues);
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;

  const concepts = query.text ? parseText(index, query.text) : [];
  const scored = concepts.length > 0 ? scoreConcepts(index, concepts) : null;
  const filters = filtersOf(index, query);
  const { hits, pass, counts, nearMeCount } = filterAndCount(
    index,
    scored ? scored.matched : index.byName,
    filters,
  );

  let ordered: number[];
  if (query.sort === 'name' || !scored) {
    ordered = [];
    for (let r = 0; r < index.byName.length; r++) {
      const d = index.byName[r]!;
      if (pass[d]) ordered.push(d);
    }
  } else {
    const { score, coverage } = scored;
    const rank = index.nameRank;
    // Only the docs up to this page need an order; the rest only count.
    ordered = firstInOrder(
      hits,
      page * perPage,
      (a, b) => coverage[b]! - coverage[a]! || score[b]! - score[a]! || rank[a]! - rank[b]!,
    );
  }
  const pageDocs = ordered.slice((page - 1) * perPage, page * perPage);

  return {
    total: hits.length,
    page,
    perPage,
    items: pageDocs.map((d) => hitOf(index, d, concepts, scored ? scored.score[d]! : 0)),
    facets: {
      ...facetsOf(index, counts, query),
      nearMe: filters.nearCount ? [{ value: 'ja', count: nearMeCount }] : [],
    },
    terms: concepts.map((c) => c.interpreted),
  };
}
