// Screening batches in the main thread or spread over worker threads. Either way the results come
// back as promises in the order the batches were given, so the output never depends on N.
import { Worker } from 'node:worker_threads';
import { Screener, type CsvRecord, type ScreenContext, type ScreenedBatch } from './screen';

export interface WorkerRequest {
  id: number;
  records: CsvRecord[];
}

export type WorkerReply = { id: number; batch: ScreenedBatch } | { id: number; error: string };

export interface BatchScreener {
  screen(records: CsvRecord[]): Promise<ScreenedBatch>;
  close(): Promise<void>;
}

/** One thread: screens each batch at once, in the main thread. */
export function inlineScreener(ctx: ScreenContext): BatchScreener {
  const screener = new Screener(ctx);
  return {
    screen: async (records) => screener.screen(records),
    close: async () => undefined,
  };
}

interface Job {
  resolve: (batch: ScreenedBatch) => void;
  reject: (error: Error) => void;
}

/** A fixed number of worker threads; each batch goes to the worker with the fewest open jobs. */
class WorkerPool implements BatchScreener {
  private readonly workers: Worker[] = [];
  private readonly open = new Map<Worker, Map<number, Job>>();
  private nextId = 0;

  constructor(ctx: ScreenContext, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: ctx,
        execArgv: [],
        // Screening makes many short-lived objects; a larger young generation collects less often
        // (the same 32 MB semi-space the npm script gives the main thread: 3 × 32 MB).
        resourceLimits: { maxYoungGenerationSizeMb: 96 },
      });
      const jobs = new Map<number, Job>();
      worker.on('message', (reply: WorkerReply) => this.settle(jobs, reply));
      worker.on('error', (error) => this.fail(jobs, error));
      worker.on('exit', (code) => this.fail(jobs, new Error(`worker stopped (${code})`)));
      this.workers.push(worker);
      this.open.set(worker, jobs);
    }
  }

  screen(records: CsvRecord[]): Promise<ScreenedBatch> {
    const worker = this.workers.reduce((a, b) =>
      this.open.get(b)!.size < this.open.get(a)!.size ? b : a,
    );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.open.get(worker)!.set(id, { resolve, reject });
      worker.postMessage({ id, records } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    for (const jobs of this.open.values()) jobs.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(jobs: Map<number, Job>, reply: WorkerReply): void {
    const job = jobs.get(reply.id);
    jobs.delete(reply.id);
    if ('error' in reply) job?.reject(new Error(reply.error));
    else job?.resolve(reply.batch);
  }

  private fail(jobs: Map<number, Job>, error: Error): void {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  }
}

/** Screens in the main thread for one worker, else in that many worker threads. */
export function createScreener(ctx: ScreenContext, workers: number): BatchScreener {
  return workers <= 1 ? inlineScreener(ctx) : new WorkerPool(ctx, workers);
}
