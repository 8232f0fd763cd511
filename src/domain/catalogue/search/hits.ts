// A page of hits: which fields matched and the words to highlight, read back from the postings.

import type { HighlightTexts, SearchIndex } from './index-shape';
import type { Alternative, Concept } from './parse-query';
import { SEARCH_FIELDS, type SearchHit } from './search-types';
import { DUTCH_STOP_WORDS, scanWords } from './tokenize';
import { HIGHLIGHT_FIELDS } from './tuning';

/** Position of doc d in the flat postings, within term t's, or -1. */
function postingOf(index: SearchIndex, t: number, d: number): number {
  const { starts, docs } = index.postings;
  let lo = starts[t]!;
  let hi = starts[t + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid]!;
    if (v === d) return mid;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The fields (bit mask) in which doc d has all terms of the alternative; 0 when it has not. */
function alternativeFields(index: SearchIndex, alt: Alternative, d: number): number {
  let mask = 0xffff;
  for (const t of alt.terms) {
    const p = postingOf(index, t, d);
    if (p < 0) return 0;
    mask &= index.postings.fields[p]!;
  }
  return mask;
}

/** Which fields of doc d matched, and the term numbers that did. */
function matchesOf(index: SearchIndex, d: number, concepts: Concept[]) {
  const matchedTerms = new Set<number>();
  let fields = 0;
  for (const concept of concepts) {
    for (const alt of concept.alternatives) {
      const mask = alternativeFields(index, alt, d);
      if (mask === 0) continue;
      fields |= mask;
      for (const t of alt.terms) matchedTerms.add(t);
    }
  }
  return { matchedTerms, fields };
}

/**
 * Hit d, its highlights read from `item`'s texts; without them (an item removed since the index
 * was built) the hit has no highlights.
 */
export function hitOf(
  index: SearchIndex,
  d: number,
  concepts: Concept[],
  score: number,
  item: HighlightTexts | undefined,
): SearchHit {
  const id = index.items[d]!.id;
  if (concepts.length === 0) return { id, score: 0, highlights: [], matchedFields: [] };
  const { matchedTerms, fields } = matchesOf(index, d, concepts);
  return {
    id,
    score: Math.round(score * 1000) / 1000,
    highlights: item ? highlightsOf(index, item, fields, matchedTerms) : [],
    matchedFields: SEARCH_FIELDS.filter((_, f) => (fields & (1 << f)) !== 0),
  };
}

/** The words as written in the texts of the matched fields that are one of the matched terms. */
function highlightsOf(
  index: SearchIndex,
  item: HighlightTexts,
  fields: number,
  matchedTerms: Set<number>,
): string[] {
  const texts: Record<string, string> = {
    name: item.name,
    summary: item.summary,
    workingElements: item.workingElements.join('\n'),
    providers: item.providers.join('\n'),
    description: item.description,
  };
  const highlights: string[] = [];
  const seen = new Set<string>();
  for (const field of HIGHLIGHT_FIELDS) {
    // The postings say in which fields the terms matched; only those need reading.
    if ((fields & (1 << SEARCH_FIELDS.indexOf(field))) === 0) continue;
    const text = texts[field]!;
    scanWords(text, (word, start, end, joined) => {
      if (!joined && DUTCH_STOP_WORDS.has(word)) return;
      const t = index.surface.get(word);
      if (t === undefined || !matchedTerms.has(t)) return;
      const original = text.slice(start, end);
      if (!seen.has(original)) {
        seen.add(original);
        highlights.push(original);
      }
    });
  }
  return highlights;
}
