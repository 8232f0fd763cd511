// Scoring the docs that match the query's concepts.

import type { SearchIndex } from './index-shape';
import type { Concept } from './parse-query';
import { TIE_BREAKER } from './tuning';

type Scratch = {
  best: Float64Array;
  sum: Float64Array;
  andMask: Uint16Array;
  andSum: Float64Array;
  andCount: Uint8Array;
};

/**
 * Scores every doc: per concept the best alternative plus a little (TIE_BREAKER) of the others, so
 * an item that matches several synonyms of a word ranks above one that matches one; summed over the
 * concepts. Also counts how many concepts each doc matched.
 */
export function scoreConcepts(
  index: SearchIndex,
  concepts: Concept[],
): { score: Float64Array; coverage: Uint8Array; matched: number[] } {
  const n = index.items.length;
  const score = new Float64Array(n);
  const coverage = new Uint8Array(n);
  const matched: number[] = [];
  const s: Scratch = {
    best: new Float64Array(n),
    sum: new Float64Array(n),
    andMask: new Uint16Array(n),
    andSum: new Float64Array(n),
    andCount: new Uint8Array(n),
  };
  const touched: number[] = [];
  const andTouched: number[] = [];
  const best = s.best;
  const sum = s.sum;
  for (const concept of concepts) {
    touched.length = 0;
    for (const alt of concept.alternatives) {
      if (alt.terms.length === 1) {
        const t = alt.terms[0]!;
        const docs = index.postingDocs[t]!;
        const weights = index.postingWeights[t]!;
        const base = alt.factor * alt.idf[0]!;
        for (let p = 0; p < docs.length; p++) {
          const d = docs[p]!;
          const value = base * weights[p]!;
          if (best[d] === 0) touched.push(d);
          if (value > best[d]!) best[d] = value;
          sum[d]! += value;
        }
        continue;
      }
      // Every term of the alternative in one and the same field.
      andTouched.length = 0;
      alt.terms.forEach((t, k) => {
        const docs = index.postingDocs[t]!;
        const fields = index.postingFields[t]!;
        const weights = index.postingWeights[t]!;
        const base = alt.factor * alt.idf[k]!;
        for (let p = 0; p < docs.length; p++) {
          const d = docs[p]!;
          if (k === 0) {
            s.andMask[d] = fields[p]!;
            s.andSum[d] = base * weights[p]!;
            s.andCount[d] = 1;
            andTouched.push(d);
          } else if (s.andCount[d] === k) {
            s.andMask[d]! &= fields[p]!;
            s.andSum[d]! += base * weights[p]!;
            s.andCount[d] = k + 1;
          }
        }
      });
      for (const d of andTouched) {
        if (s.andCount[d] === alt.terms.length && s.andMask[d] !== 0) {
          if (best[d] === 0) touched.push(d);
          if (s.andSum[d]! > best[d]!) best[d] = s.andSum[d]!;
          sum[d]! += s.andSum[d]!;
        }
        s.andCount[d] = 0;
      }
    }
    if (touched.length > 0) concept.interpreted.matched = true;
    for (const d of touched) {
      if (coverage[d] === 0) matched.push(d);
      coverage[d]!++;
      score[d]! += best[d]! + TIE_BREAKER * (sum[d]! - best[d]!);
      best[d] = 0;
      sum[d] = 0;
    }
  }
  return { score, coverage, matched };
}
