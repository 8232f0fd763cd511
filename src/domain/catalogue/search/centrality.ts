// How central a query concept is to an item (issue 12.6). A synonym match counts fully in an
// item whose primary capital is the capital the concept is about, and less in an item where the
// concept is a side matter ('geld' in a text about parenting). The concept's capitals are read from
// the catalogue itself: the primary capitals of the items its own words and synonyms match,
// weighted by how well they match, so no synonym group needs to be tagged by hand.

import { capitals, type Capital } from '../types';
import { postingsOf, type SearchIndex } from './index-shape';
import type { Concept } from './parse-query';
import { CENTRALITY_FLOOR, SECONDARY_CAPITAL_SHARE } from './tuning';

const N = capitals.length;
/** Every combination of primary and secondary capitals of a doc (see capitalBits). */
export const CAPITAL_COMBINATIONS = 1 << (2 * N);

/** One bit per capital, in the order of `capitals`: the primary ones, then the secondary ones. */
export function capitalBits(primary: readonly Capital[], secondary: readonly Capital[]): number {
  let bits = 0;
  for (const c of primary) bits |= 1 << capitals.indexOf(c);
  for (const c of secondary) bits |= 1 << (N + capitals.indexOf(c));
  return bits;
}

/**
 * Fills `table` with the centrality of the concept per combination of capitals (index.capitalBits
 * of a doc): how much a synonym match in that doc counts. False when the concept has no synonyms
 * or its matches carry no capitals; the table is then not used. One pass over the concept's
 * postings, summed per combination, so it costs about as much as scoring the concept.
 */
export function conceptCentrality(index: SearchIndex, concept: Concept, table: Float64Array) {
  if (!concept.alternatives.some((alt) => alt.kind === 'synonym')) return false;
  table.fill(0);
  for (const alt of concept.alternatives) {
    if (alt.kind !== 'exact' && alt.kind !== 'synonym') continue;
    alt.terms.forEach((t, k) => {
      const { docs, weights } = postingsOf(index, t);
      const base = alt.factor * alt.idf[k]!;
      for (let p = 0; p < docs.length; p++)
        table[index.capitalBits[docs[p]!]!]! += base * weights[p]!;
    });
  }
  const weight = new Float64Array(N);
  table.forEach((value, bits) => {
    for (let c = 0; c < N; c++) if (bits & (1 << c)) weight[c]! += value;
  });
  const top = Math.max(...weight);
  if (top === 0) return false;
  table.forEach((_, bits) => (table[bits] = centralityOf(bits, weight, top)));
  return true;
}

/** 1 in a doc whose primary capital is the concept's main one, down to the floor. */
function centralityOf(bits: number, weight: Float64Array, top: number): number {
  let central = 0;
  for (let c = 0; c < N; c++) {
    const share = weight[c]! / top;
    if (bits & (1 << c)) central = Math.max(central, share);
    else if (bits & (1 << (N + c))) central = Math.max(central, SECONDARY_CAPITAL_SHARE * share);
  }
  return CENTRALITY_FLOOR + (1 - CENTRALITY_FLOOR) * central;
}
