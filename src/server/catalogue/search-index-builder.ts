// Builds the search index in a worker thread (issue 12.1). From source (tests, tsx) the worker
// runs the TypeScript file through tsx; in the bundle it is dist/server/search-index-worker.mjs
// (scripts/build.mjs), next to the server bundle.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  SearchInputError,
  searchableItem,
  searchableOffer,
  type IndexedItem,
  type SearchableItem,
  type SearchableOffer,
  type SearchIndex,
  type SearchIssue,
  type SynonymsInput,
} from '../../domain/catalogue/search';
import { migrationsFolder } from '../../db/migrate';
import type { WorkerMessage } from './search-index-worker';
import { nextTurn } from '../next-turn';
import { unpackIndex, type PackedIndex } from './search-index-transfer';

type Reply =
  | { ok: true; index: PackedIndex; order: Int32Array }
  | { ok: false; message: string; issues: SearchIssue[] | undefined };

/** Items or offers per message: copying one chunk takes the main thread a few milliseconds. */
const CHUNK = 500;

const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  fromSource ? './search-index-worker.ts' : './search-index-worker.mjs',
  import.meta.url,
);

/**
 * A stamp of what a kept index (search-index-store.ts) depends on besides the catalogue version:
 * the worker's bundle, and the migrations, as one may change the catalogue's rows without a new
 * version. None when run from source, where the code keeps changing.
 */
export function indexBuilderStamp(): string | undefined {
  if (fromSource) return undefined;
  return createHash('sha256')
    .update(readFileSync(workerUrl))
    .update(readFileSync(join(migrationsFolder, 'meta', '_journal.json')))
    .digest('hex');
}

/** From source, the worker first registers tsx's loader (Node 20 workers ignore `--import`). */
function startWorker(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(boot, { eval: true });
}

type Pages<T> = AsyncIterable<readonly T[]> | Iterable<readonly T[]>;

/**
 * What an index is built from. Items and offers come a page at a time (from the database), so
 * each page is passed on to the worker while the next is read, and no step holds one huge result.
 */
export type IndexSource = {
  itemPages: Pages<SearchableItem>;
  offerPages: Pages<SearchableOffer>;
  synonyms: SynonymsInput;
  /** A file to keep the built index in for the next start (search-index-store.ts). */
  keepIn?: string;
};

/** Sends `rows` to the worker in chunks, letting other requests run between two chunks. */
async function sendInChunks<T>(rows: readonly T[], send: (chunk: T[]) => void) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    send(rows.slice(i, i + CHUNK));
    await nextTurn();
  }
}

/** Builds the index off the main thread; rejects as buildSearchIndex would throw. */
export async function buildIndexInWorker(source: IndexSource): Promise<SearchIndex> {
  const worker = startWorker();
  try {
    // Its first message: it runs, at its lowered priority; only then are the pages read.
    await nextMessage(worker);
    const reply = nextMessage<Reply>(worker);
    // A worker that fails early must not leave an unhandled rejection while pages are read.
    reply.catch(() => undefined);
    const send = (message: WorkerMessage) => worker.postMessage(message);
    // The index keeps only the ids; whole items are left to be collected.
    const items: IndexedItem[] = [];
    for await (const page of source.itemPages) {
      for (const item of page) items.push({ id: item.id });
      await sendInChunks(page, (chunk) =>
        send({ kind: 'items', items: chunk.map(searchableItem) }),
      );
    }
    for await (const page of source.offerPages)
      await sendInChunks(page, (chunk) =>
        send({ kind: 'offers', offers: chunk.map(searchableOffer) }),
      );
    send({ kind: 'build', synonyms: source.synonyms, keepIn: source.keepIn });
    const answer = await reply;
    if (!answer.ok)
      throw answer.issues ? new SearchInputError(answer.issues) : new Error(answer.message);
    return await unpackIndex(
      answer.index,
      Array.from(answer.order, (i) => items[i]!),
    );
  } finally {
    // Awaited: the worker's heap (a copy of every searchable text) is returned only once it has
    // stopped; not waiting left about 250 MB more in the RSS measured after the index at 50k.
    await worker.terminate();
  }
}

/** The worker's next message; rejects when it fails or stops first. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index worker stopped (${code})`)));
  });
}
