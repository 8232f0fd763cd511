// Worker thread that builds the search index (issue 12.1): seconds of CPU for a large catalogue,
// kept off the main thread so the server goes on answering meanwhile. It receives only the
// fields the search reads and sends the index back, its typed arrays moved rather than copied.

import { parentPort } from 'node:worker_threads';
import {
  buildSearchIndex,
  SearchInputError,
  type BuildSearchIndexInput,
  type SearchIndex,
} from '../../domain/catalogue/search';

/** The memory of the index's typed arrays, to move to the main thread without a copy. */
function buffersOf(index: SearchIndex): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    index.byName,
    index.nameRank,
    index.idf,
    index.sortedWordTerms,
    index.ageMin,
    index.ageMax,
    index.allFacetValues.offsets,
    index.allFacetValues.data,
    ...index.postingDocs,
    ...index.postingFields,
    ...index.postingWeights,
    ...Object.values(index.facets).flatMap((f) => [f.offsets, f.data]),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

parentPort!.on('message', (input: BuildSearchIndexInput) => {
  try {
    const index = buildSearchIndex(input);
    parentPort!.postMessage({ ok: true, index }, buffersOf(index));
  } catch (error) {
    parentPort!.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      issues: error instanceof SearchInputError ? error.issues : undefined,
    });
  }
});
