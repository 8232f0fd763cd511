// Worker thread that builds the search index (issue 12.1): seconds of CPU for a large catalogue,
// kept off the main thread so the server goes on answering meanwhile. It receives only the
// fields the search reads, in chunks, and sends the index back, its typed arrays moved rather than
// copied.

import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import {
  buildSearchIndex,
  SearchInputError,
  type SearchableItem,
  type SearchableOffer,
  type SearchIndex,
  type SynonymsInput,
} from '../../domain/catalogue/search';
import { writeStoredIndex } from './search-index-store';
import { packedBuffers, packIndex } from './search-index-transfer';

/** The memory of the index's typed arrays but the postings (packed apart), to move without a copy. */
function buffersOf(index: SearchIndex): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    index.byName,
    index.nameRank,
    index.idf,
    index.sortedWordTerms,
    index.ageMin,
    index.capitalBits,
    index.ageMax,
    index.allFacetValues.offsets,
    index.allFacetValues.data,
    ...Object.values(index.facets).flatMap((f) => [f.offsets, f.data]),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

export type WorkerMessage =
  | { kind: 'items'; items: SearchableItem[] }
  | { kind: 'offers'; offers: SearchableOffer[] }
  | { kind: 'build'; synonyms: SynonymsInput; keepIn: string | undefined };

// Lowest CPU priority for this thread only (on Linux a thread's nice value is its own), so on a
// busy machine the main thread, which answers requests, gets the core first. Best effort.
try {
  os.setPriority(os.constants.priority.PRIORITY_LOW);
} catch {
  // Not allowed here: build at normal priority.
}
// Only now does the main thread start reading the catalogue: while this thread was starting, at
// normal priority, it competed with the requests (issue 12.1).
parentPort!.postMessage('started');

// The input arrives in chunks, so the main thread never copies all of it in one go.
const items: SearchableItem[] = [];
const offers: SearchableOffer[] = [];

parentPort!.on('message', (message: WorkerMessage) => {
  if (message.kind === 'items') items.push(...message.items);
  else if (message.kind === 'offers') offers.push(...message.offers);
  else build(message.synonyms, message.keepIn);
});

/**
 * Builds and sends the index back without its items: the main thread has them already, so it
 * gets only their order (doc d is input item order[d]) instead of a copy of every item. Its word
 * lists go packed (search-index-transfer.ts), so receiving them does not stall the main thread.
 * With `keepIn`, the index is first written there for the next start (search-index-store.ts).
 */
function build(synonyms: SynonymsInput, keepIn: string | undefined): void {
  try {
    const index = buildSearchIndex({ items, offers, synonyms });
    const position = new Map(items.map((item, i) => [item.id, i]));
    const order = Int32Array.from(index.items, (item) => position.get(item.id)!);
    const packed = packIndex(index);
    if (keepIn) writeStoredIndex(keepIn, { packed, ids: index.items.map((item) => item.id) });
    parentPort!.postMessage({ ok: true, index: packed, order }, [
      ...buffersOf(index),
      ...packedBuffers(packed),
      order.buffer,
    ]);
  } catch (error) {
    parentPort!.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      issues: error instanceof SearchInputError ? error.issues : undefined,
    });
  }
}
