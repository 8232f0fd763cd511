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
import { cleanScratch, type Scratch } from './scratch';
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

  const s = cleanScratch(index);
  const concepts = query.text ? parseText(index, query.text) : [];
  const withText = concepts.length > 0;
  if (withText) scoreConcepts(index, concepts, s);
  const filters = filtersOf(index, query);
  const nearMeCount = filterAndCount(index, s, withText, filters);

  const upTo = page * perPage;
  const ordered =
    query.sort === 'name' || !withText
      ? firstByName(index, s, upTo)
      : firstByRelevance(index, s, upTo);
  const pageDocs = ordered.slice((page - 1) * perPage, upTo);

  return {
    total: s.hitCount,
    page,
    perPage,
    items: pageDocs.map((d) => hitOf(index, d, concepts, withText ? s.score[d]! : 0)),
    facets: {
      ...facetsOf(index, s.counts, query),
      nearMe: filters.nearCount ? [{ value: 'ja', count: nearMeCount }] : [],
    },
    terms: concepts.map((c) => c.interpreted),
  };
}

/** The first `count` passing docs in name order. */
function firstByName(index: SearchIndex, s: Scratch, count: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < index.byName.length && out.length < count; r++) {
    const d = index.byName[r]!;
    if (s.pass[d]) out.push(d);
  }
  return out;
}

/** The first `count` passing docs by words matched, then score, then name. */
function firstByRelevance(index: SearchIndex, s: Scratch, count: number): number[] {
  const { coverage, score } = s;
  const rank = index.nameRank;
  return firstInOrder(
    s.hits.subarray(0, s.hitCount),
    count,
    (a, b) => coverage[b]! - coverage[a]! || score[b]! - score[a]! || rank[a]! - rank[b]!,
  );
}

/**
 * The ids of every item the text matches, best first: the wegwijzer's relevance order without
 * filters or pages, for callers that filter and page themselves (the public HSDS API). Null when
 * the text has nothing to search for (only stop words), as the wegwijzer then shows everything.
 */
export function matchingIds(index: SearchIndex, text: string): string[] | null {
  const issues = checkQuery({ text });
  if (issues.length > 0) throw new SearchInputError(issues);
  const s = cleanScratch(index);
  const concepts = parseText(index, text);
  if (concepts.length === 0) return null;
  scoreConcepts(index, concepts, s);
  const { coverage, score } = s;
  const rank = index.nameRank;
  return Array.from(s.matched.subarray(0, s.matchedCount))
    .sort((a, b) => coverage[b]! - coverage[a]! || score[b]! - score[a]! || rank[a]! - rank[b]!)
    .map((d) => index.items[d]!.id);
}
