// Working memory of a search, allocated once per index and reused by every query on it: at
// 50 000 items, filling fresh arrays per query cost more than the search itself (issue 12.2).
// Safe because a search runs synchronously from start to end: no two searches on one index
// interleave in one thread, and the result never points into these arrays.

import { CAPITAL_COMBINATIONS } from './centrality';
import type { SearchIndex } from './index-shape';

export type Scratch = {
  // Per doc, while scoring.
  score: Float64Array;
  coverage: Uint8Array;
  best: Float64Array;
  sum: Float64Array;
  andMask: Uint16Array;
  andSum: Float64Array;
  andCount: Uint8Array;
  /** Per combination of capitals, while scoring one concept (see centrality.ts). */
  centrality: Float64Array;
  /** True while scoring: when still true at the next search, the scoring arrays need clearing. */
  scoring: boolean;
  /** Doc lists with their lengths: matched by the text, touched by one concept or alternative. */
  matched: Int32Array;
  matchedCount: number;
  touched: Int32Array;
  andTouched: Int32Array;
  // Per doc and per facet value, while filtering.
  pass: Uint8Array;
  hits: Int32Array;
  hitCount: number;
  counts: Int32Array;
};

const scratchOfIndex = new WeakMap<SearchIndex, Scratch>();

/**
 * The index's scratch, cleared of the previous search. Clearing here rather than at the end keeps
 * it right even when a search stopped half-way with an error.
 */
export function cleanScratch(index: SearchIndex): Scratch {
  let s = scratchOfIndex.get(index);
  if (!s) {
    s = allocate(index.items.length, index.allFacetValues.size);
    scratchOfIndex.set(index, s);
    return s;
  }
  for (let i = 0; i < s.matchedCount; i++) {
    const d = s.matched[i]!;
    s.score[d] = 0;
    s.coverage[d] = 0;
  }
  for (let i = 0; i < s.hitCount; i++) s.pass[s.hits[i]!] = 0;
  s.matchedCount = 0;
  s.hitCount = 0;
  s.counts.fill(0);
  // The scoring loop sets best, sum and andCount back to 0 doc by doc (andMask and andSum are
  // written before they are read); only a scoring that stopped half-way leaves them dirty.
  if (s.scoring) {
    s.best.fill(0);
    s.sum.fill(0);
    s.andCount.fill(0);
    s.scoring = false;
  }
  return s;
}

function allocate(n: number, facetValues: number): Scratch {
  return {
    score: new Float64Array(n),
    coverage: new Uint8Array(n),
    best: new Float64Array(n),
    sum: new Float64Array(n),
    andMask: new Uint16Array(n),
    andSum: new Float64Array(n),
    andCount: new Uint8Array(n),
    centrality: new Float64Array(CAPITAL_COMBINATIONS),
    scoring: false,
    matched: new Int32Array(n),
    matchedCount: 0,
    touched: new Int32Array(n),
    andTouched: new Int32Array(n),
    pass: new Uint8Array(n),
    hits: new Int32Array(n),
    hitCount: 0,
    counts: new Int32Array(facetValues),
  };
}
