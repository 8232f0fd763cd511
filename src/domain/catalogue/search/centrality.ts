// How central a query concept is to an item (issue 12.6). A synonym match counts fully in an
// item whose primary capital is the capital the concept is about, and less in an item where the
// concept is a side matter ('geld' in a text about parenting). The concept's capitals are read from
// the catalogue itself: the primary capitals of the items its own words and synonyms match,
// weighted by how well they match, so no synonym group needs to be tagged by hand.

import { capitals, type Capital } from '../types';
import type { SearchIndex } from './index-shape';
import type { Concept } from './parse-query';
import { CENTRALITY_FLOOR, SECONDARY_CAPITAL_SHARE } from './tuning';

/** One bit per capital, in the order of `capitals`. */
export function capitalBits(list: readonly Capital[]): number {
  let bits = 0;
  for (const c of list) bits |= 1 << capitals.indexOf(c);
  return bits;
}

/**
 * The weight of each capital for the concept (1 for its main capital), written into `out`; false
 * when the concept has no synonyms or its matches carry no capitals, so centrality does not apply.
 */
export function conceptCapitals(index: SearchIndex, concept: Concept, out: Float64Array): boolean {
  if (!concept.alternatives.some((alt) => alt.kind === 'synonym')) return false;
  out.fill(0);
  for (const alt of concept.alternatives) {
    if (alt.kind !== 'exact' && alt.kind !== 'synonym') continue;
    alt.terms.forEach((t, k) => {
      const docs = index.postingDocs[t]!;
      const weights = index.postingWeights[t]!;
      const base = alt.factor * alt.idf[k]!;
      for (let p = 0; p < docs.length; p++) {
        const bits = index.primaryCapitals[docs[p]!]!;
        for (let c = 0; c < capitals.length; c++)
          if (bits & (1 << c)) out[c]! += base * weights[p]!;
      }
    });
  }
  const top = Math.max(...out);
  if (top === 0) return false;
  for (let c = 0; c < capitals.length; c++) out[c]! /= top;
  return true;
}

/** How much a synonym match in doc d counts: 1 in an item about the concept, down to the floor. */
export function centralityOf(index: SearchIndex, d: number, weights: Float64Array): number {
  const primary = index.primaryCapitals[d]!;
  const secondary = index.secondaryCapitals[d]!;
  let central = 0;
  for (let c = 0; c < capitals.length; c++) {
    if (primary & (1 << c)) central = Math.max(central, weights[c]!);
    else if (secondary & (1 << c))
      central = Math.max(central, SECONDARY_CAPITAL_SHARE * weights[c]!);
  }
  return CENTRALITY_FLOOR + (1 - CENTRALITY_FLOOR) * central;
}
