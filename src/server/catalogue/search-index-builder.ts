// Builds the search index in a worker thread (issue 12.1). From source (tests, tsx) the worker
// runs the TypeScript file through tsx; in the bundle it is dist/server/search-index-worker.mjs
// (scripts/build.mjs), next to main.mjs.

import { Worker } from 'node:worker_threads';
import {
  SearchInputError,
  searchableItem,
  searchableOffer,
  type BuildSearchIndexInput,
  type SearchIndex,
  type SearchIssue,
} from '../../domain/catalogue/search';
import type { WorkerMessage } from './search-index-worker';

type Reply =
  | { ok: true; index: Omit<SearchIndex, 'items'>; order: Int32Array }
  | { ok: false; message: string; issues: SearchIssue[] | undefined };

/** Items or offers per message: copying one chunk takes the main thread a few milliseconds. */
const CHUNK = 500;

const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  fromSource ? './search-index-worker.ts' : './search-index-worker.mjs',
  import.meta.url,
);

/** From source, the worker first registers tsx's loader (Node 20 workers ignore `--import`). */
function startWorker(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(boot, { eval: true });
}

/** Builds the index off the main thread; rejects as buildSearchIndex would throw. */
export async function buildIndexInWorker(input: BuildSearchIndexInput): Promise<SearchIndex> {
  const worker = startWorker();
  try {
    const reply = new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`search index worker stopped (${code})`)));
    });
    const send = (message: WorkerMessage) => worker.postMessage(message);
    for (let i = 0; i < input.items.length; i += CHUNK) {
      send({ kind: 'items', items: input.items.slice(i, i + CHUNK).map(searchableItem) });
      await nextTurn();
    }
    for (let i = 0; i < input.offers.length; i += CHUNK) {
      send({ kind: 'offers', offers: input.offers.slice(i, i + CHUNK).map(searchableOffer) });
      await nextTurn();
    }
    send({ kind: 'build', synonyms: input.synonyms });
    const answer = await reply;
    if (!answer.ok)
      throw answer.issues ? new SearchInputError(answer.issues) : new Error(answer.message);
    const items = Array.from(answer.order, (i) => input.items[i]!);
    return { ...answer.index, items };
  } finally {
    void worker.terminate();
  }
}

/** Lets other requests run between two chunks. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
