// Filters of a search, and counting the facets while filtering: a doc that passes every filter
// counts for all facets; a doc that fails exactly one facet's own filter still counts for that
// facet (disjunctive facets: choosing a value does not hide the other values of that facet).

import type { FacetData, SearchIndex } from './index-shape';
import type { Scratch } from './scratch';
import type { CatalogueSearchQuery, Facet } from './search-types';

type ListFilter = { facet: Facet | null; data: FacetData; selected: Uint8Array };

function listFilter(
  data: FacetData,
  facet: Facet | null,
  values: string[] | undefined,
): ListFilter | null {
  if (!values || values.length === 0) return null;
  const selected = new Uint8Array(data.values.length);
  for (const value of values) {
    const v = data.valueIndex.get(value);
    if (v !== undefined) selected[v] = 1;
  }
  return { facet, data, selected };
}

function hasSelected(filter: ListFilter, d: number): boolean {
  const { offsets, data } = filter.data;
  for (let i = offsets[d]!; i < offsets[d + 1]!; i++) if (filter.selected[data[i]!]) return true;
  return false;
}

/** The query's filters, one bit each. */
export type Filters = {
  lists: ListFilter[];
  /** The bit of the 'near me' filter, 0 when it is off. */
  nearBit: number;
  /** Which docs count as near the viewer, for the 'near me' facet; null without gemeenten. */
  nearCount: ListFilter | null;
  /** The bit of the age filter, 0 without an age. */
  ageBit: number;
  age: number;
};

export function filtersOf(index: SearchIndex, query: CatalogueSearchQuery): Filters {
  const lists: ListFilter[] = [];
  const addList = (facet: Facet, values: string[] | undefined) => {
    const f = listFilter(index.facets[facet], facet, values);
    if (f) lists.push(f);
  };
  addList('capital', query.capitals);
  addList('targetGroup', query.targetGroups);
  addList('phase', query.phases);
  addList('povertyType', query.povertyTypes);
  addList('lifeEvent', query.lifeEvents);
  addList('evidenceLevel', query.evidenceLevels);
  addList('kind', query.kinds);
  addList('gemeente', query.gemeenten);
  addList('organisation', query.organisations);
  const nearFilter = listFilter(index.facets.gemeente, null, query.nearMe);
  const viewer =
    query.viewerGemeenten && query.viewerGemeenten.length > 0 ? query.viewerGemeenten : undefined;
  const nearCount = listFilter(index.facets.gemeente, null, viewer ?? query.nearMe);
  const nearBit = nearFilter ? 1 << lists.length : 0;
  if (nearFilter) lists.push(nearFilter);
  const ageBit = query.age !== undefined ? 1 << lists.length : 0;
  return { lists, nearBit, nearCount, ageBit, age: query.age ?? 0 };
}

/**
 * Applies the filters and counts the facets of the docs that (nearly) pass, in doc order: the
 * facet lists are read front to back instead of jumping around them. The candidates are the docs
 * the text matched (s.coverage), or all docs without text. Fills s.pass, s.hits (in doc order) and
 * s.counts (per facet value, numbered across facets); returns the count of the 'near me' facet.
 */
export function filterAndCount(
  index: SearchIndex,
  s: Scratch,
  withText: boolean,
  filters: Filters,
): number {
  const { lists, nearBit, nearCount, ageBit, age } = filters;
  const all = index.allFacetValues;
  const { counts, pass, hits, coverage } = s;
  const n = index.items.length;
  const filterCount = lists.length;
  // Few matches: visit them sorted; many: walk all docs and skip those the text did not match.
  const sparse = withText && s.matchedCount < n >> 5;
  const candidates = sparse ? s.matched.subarray(0, s.matchedCount).sort() : null;
  const end = candidates ? candidates.length : n;
  let nearMeCount = 0;
  for (let c = 0; c < end; c++) {
    const d = candidates ? candidates[c]! : c;
    if (withText && coverage[d] === 0) continue;
    let fail = 0;
    let fails = 0;
    for (let b = 0; b < filterCount && fails < 2; b++) {
      if (!hasSelected(lists[b]!, d)) {
        fail |= 1 << b;
        fails++;
      }
    }
    if (ageBit && fails < 2) {
      const lo = index.ageMin[d]!;
      if (lo >= 0 && (age < lo || age > index.ageMax[d]!)) {
        fail |= ageBit;
        fails++;
      }
    }
    if (fails === 0) {
      pass[d] = 1;
      hits[s.hitCount++] = d;
      for (let i = all.offsets[d]!, stop = all.offsets[d + 1]!; i < stop; i++)
        counts[all.data[i]!]!++;
      if (nearCount && (nearBit || hasSelected(nearCount, d))) nearMeCount++;
    } else if (fails === 1 && fail !== ageBit && fail !== nearBit) {
      // Fails only this facet's own filter: counts for that facet.
      const facet = lists[31 - Math.clz32(fail)]!.facet;
      if (facet) {
        const { offsets, data } = index.facets[facet];
        const start = all.facetStart[facet];
        for (let i = offsets[d]!; i < offsets[d + 1]!; i++) counts[start + data[i]!]!++;
      }
    }
  }
  return nearMeCount;
}
