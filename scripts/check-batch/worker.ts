// A worker thread of `check:batch`: screens the batches the main thread sends, in the order of
// their ids, with its own copy of the rules (built once from the context it was started with).
import { parentPort, workerData } from 'node:worker_threads';
import { Screener, type ScreenContext } from './screen';
import type { WorkerReply, WorkerRequest } from './pool';

const screener = new Screener(workerData as ScreenContext);

parentPort!.on('message', ({ id, records }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, batch: screener.screen(records) };
  } catch (e) {
    reply = { id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
