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

type Reply =
  | { ok: true; index: SearchIndex }
  | { ok: false; message: string; issues: SearchIssue[] | undefined };

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
export function buildIndexInWorker(input: BuildSearchIndexInput): Promise<SearchIndex> {
  const worker = startWorker();
  return new Promise<SearchIndex>((resolve, reject) => {
    worker.once('message', (reply: Reply) => {
      if (reply.ok) resolve(reply.index);
      else if (reply.issues) reject(new SearchInputError(reply.issues));
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index worker stopped (${code})`)));
    worker.postMessage({
      items: input.items.map(searchableItem),
      offers: input.offers.map(searchableOffer),
      synonyms: input.synonyms,
    } satisfies BuildSearchIndexInput);
  }).finally(() => void worker.terminate());
}
