// Scoring the docs that match the query's concepts, in the index's scratch arrays.

import { conceptCentrality } from './centrality';
import { postingsOf, type SearchIndex } from './index-shape';
import type { Alternative, Concept } from './parse-query';
import type { Scratch } from './scratch';
import { TIE_BREAKER } from './tuning';

/**
 * Scores every doc: per concept the best alternative plus a little (TIE_BREAKER) of the others, so
 * an item that matches several synonyms of a word ranks above one that matches one; summed over the
 * concepts. A synonym match counts by how central the concept is to the doc (centrality.ts), so
 * 'geldzorgen' finds debt help before items that mention money in passing. Fills s.score,
 * s.coverage (how many concepts each doc matched) and s.matched.
 */
export function scoreConcepts(index: SearchIndex, concepts: Concept[], s: Scratch): void {
  s.scoring = true;
  const { best, sum, score, coverage, touched } = s;
  const table = s.centrality;
  for (const concept of concepts) {
    const central = conceptCentrality(index, concept, table) ? table : null;
    let touchedCount = 0;
    for (const alt of concept.alternatives) {
      const weights = alt.kind === 'synonym' ? central : null;
      touchedCount =
        alt.terms.length === 1
          ? scoreOneTerm(index, alt, s, touchedCount, weights)
          : scoreAllTerms(index, alt, s, touchedCount, weights);
    }
    if (touchedCount > 0) concept.interpreted.matched = true;
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i]!;
      if (coverage[d] === 0) s.matched[s.matchedCount++] = d;
      coverage[d]!++;
      score[d]! += best[d]! + TIE_BREAKER * (sum[d]! - best[d]!);
      best[d] = 0;
      sum[d] = 0;
    }
  }
  s.scoring = false;
}

/**
 * Adds a one-word alternative to best and sum; returns the new number of touched docs. With
 * `central` (the concept's centrality per combination of capitals) each match counts by it.
 */
function scoreOneTerm(
  index: SearchIndex,
  alt: Alternative,
  s: Scratch,
  touchedCount: number,
  central: Float64Array | null,
) {
  const { best, sum, touched } = s;
  const t = alt.terms[0]!;
  const { docs, weights } = postingsOf(index, t);
  const base = alt.factor * alt.idf[0]!;
  for (let p = 0; p < docs.length; p++) {
    const d = docs[p]!;
    const value = base * weights[p]! * (central ? central[index.capitalBits[d]!]! : 1);
    if (best[d] === 0) touched[touchedCount++] = d;
    if (value > best[d]!) best[d] = value;
    sum[d]! += value;
  }
  return touchedCount;
}

/** Adds an alternative of several words, all in one and the same field, to best and sum. */
function scoreAllTerms(
  index: SearchIndex,
  alt: Alternative,
  s: Scratch,
  touchedCount: number,
  central: Float64Array | null,
) {
  const { best, sum, touched, andMask, andSum, andCount, andTouched } = s;
  let andTouchedCount = 0;
  alt.terms.forEach((t, k) => {
    const { docs, fields, weights } = postingsOf(index, t);
    const base = alt.factor * alt.idf[k]!;
    for (let p = 0; p < docs.length; p++) {
      const d = docs[p]!;
      if (k === 0) {
        andMask[d] = fields[p]!;
        andSum[d] = base * weights[p]!;
        andCount[d] = 1;
        andTouched[andTouchedCount++] = d;
      } else if (andCount[d] === k) {
        andMask[d]! &= fields[p]!;
        andSum[d]! += base * weights[p]!;
        andCount[d] = k + 1;
      }
    }
  });
  for (let i = 0; i < andTouchedCount; i++) {
    const d = andTouched[i]!;
    if (andCount[d] === alt.terms.length && andMask[d] !== 0) {
      const value = andSum[d]! * (central ? central[index.capitalBits[d]!]! : 1);
      if (best[d] === 0) touched[touchedCount++] = d;
      if (value > best[d]!) best[d] = value;
      sum[d]! += value;
    }
    andCount[d] = 0;
  }
  return touchedCount;
}
