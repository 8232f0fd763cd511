// Live facet counts for the answer: each facet's values with their counts, in a stable order.

import {
  capitals as capitalOrder,
  phases as phaseOrder,
  povertyTypes as povertyOrder,
} from '../types';
import type { SearchIndex } from './index-shape';
import { FACETS, type CatalogueSearchQuery, type Facet, type FacetValue } from './search-types';

const CANONICAL_ORDER: Partial<Record<Facet, readonly string[]>> = {
  capital: capitalOrder,
  phase: phaseOrder,
  povertyType: povertyOrder,
};

export function facetValues(
  index: SearchIndex,
  facet: Facet,
  counts: Int32Array,
  selected: readonly string[] | undefined,
): FacetValue[] {
  const data = index.facets[facet];
  const out: FacetValue[] = [];
  const listed = new Set<string>();
  const label = (value: string): string | undefined =>
    facet === 'gemeente'
      ? index.labels.gemeente.get(value)
      : facet === 'organisation'
        ? index.labels.organisation.get(value)
        : undefined;
  const push = (value: string, count: number) => {
    const name = label(value);
    out.push(name === undefined ? { value, count } : { value, count, label: name });
    listed.add(value);
  };
  data.values.forEach((value, v) => {
    if (counts[v]! > 0) push(value, counts[v]!);
  });
  // A chosen value stays in the list with its count (maybe 0), so it can be switched off.
  for (const value of selected ?? []) {
    if (listed.has(value)) continue;
    const v = data.valueIndex.get(value);
    push(value, v === undefined ? 0 : counts[v]!);
  }
  const order = CANONICAL_ORDER[facet];
  if (order) {
    const rank = (value: string) => {
      const r = order.indexOf(value);
      return r < 0 ? order.length : r;
    };
    out.sort((a, b) => rank(a.value) - rank(b.value) || (a.value < b.value ? -1 : 1));
  } else {
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

/** Every facet's values with the counts of this search; the values the query chose stay listed. */
export function facetsOf(
  index: SearchIndex,
  counts: Int32Array,
  query: CatalogueSearchQuery,
): Record<Facet, FacetValue[]> {
  const selectedOf: Record<Facet, string[] | undefined> = {
    capital: query.capitals,
    targetGroup: query.targetGroups,
    phase: query.phases,
    povertyType: query.povertyTypes,
    lifeEvent: query.lifeEvents,
    evidenceLevel: query.evidenceLevels,
    gemeente: query.gemeenten,
    organisation: query.organisations,
    kind: query.kinds,
  };
  const { facetStart } = index.allFacetValues;
  return Object.fromEntries(
    FACETS.map((f) => [
      f,
      facetValues(
        index,
        f,
        counts.subarray(facetStart[f], facetStart[f] + index.facets[f].values.length),
        selectedOf[f],
      ),
    ]),
  ) as Record<Facet, FacetValue[]>;
}
