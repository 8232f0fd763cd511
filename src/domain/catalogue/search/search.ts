// Searching the index: text (stemmed, with synonyms, prefixes and typos), filters, live facet
// counts, a page of hits with highlights.

import { facetsOf } from './facets';
import { filterAndCount, filtersOf } from './filters';
import { firstInOrder } from './first-in-order';
import { hitOf } from './hits';
import type { HighlightTexts, IndexedItem, SearchIndex } from './index-shape';
import { checkQuery } from './input-checks';
import { parseText } from './parse-query';
import { scoreConcepts } from './score';
import { cleanScratch, type Scratch } from './scratch';
import { SearchInputError } from './search-errors';
import type { CatalogueSearchQuery, CatalogueSearchResult } from './search-types';
import { DEFAULT_PER_PAGE } from './tuning';

/**
 * Searches the index: text (stemmed, with synonyms, prefixes and typos), filters, live facet
 * counts, a page of hits with highlights read from the texts the index holds (an index built in
 * this process). Throws SearchInputError naming the bad field.
 */
export function search(index: SearchIndex, query: CatalogueSearchQuery): CatalogueSearchResult {
  return startSearch(index, query).finish((d) => textsOf(index.items[d]!));
}

/** The texts of an item when the index holds them. */
function textsOf(item: IndexedItem): HighlightTexts | undefined {
  const { name, summary, workingElements, providers, description } = item;
  if (name === undefined || summary === undefined || description === undefined) return undefined;
  if (workingElements === undefined || providers === undefined) return undefined;
  return { name, summary, workingElements, providers, description };
}

/**
 * A search whose hits still need the texts their highlights are read from: `ids` are the hits
 * that have any (none without text), `complete` gives the result with their texts.
 */
export type PendingSearch = {
  ids: string[];
  complete(texts: ReadonlyMap<string, HighlightTexts>): CatalogueSearchResult;
};

/** As `search`, for an index that does not hold the texts (the server's): fetch them, then complete. */
export function searchWithoutTexts(index: SearchIndex, query: CatalogueSearchQuery): PendingSearch {
  const started = startSearch(index, query);
  return {
    ids: started.ids,
    complete: (texts) => started.finish((d) => texts.get(index.items[d]!.id)),
  };
}

/** Everything but the highlights; what `finish` needs is copied out of the shared scratch. */
function startSearch(index: SearchIndex, query: CatalogueSearchQuery) {
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
  const scores = pageDocs.map((d) => (withText ? s.score[d]! : 0));
  const total = s.hitCount;
  const facets = {
    ...facetsOf(index, s.counts, query),
    nearMe: filters.nearCount ? [{ value: 'ja', count: nearMeCount }] : [],
  };
  const terms = concepts.map((c) => c.interpreted);
  return {
    ids: withText ? pageDocs.map((d) => index.items[d]!.id) : [],
    finish: (texts: (d: number) => HighlightTexts | undefined): CatalogueSearchResult => ({
      total,
      page,
      perPage,
      items: pageDocs.map((d, k) => hitOf(index, d, concepts, scores[k]!, texts(d))),
      facets,
      terms,
    }),
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
