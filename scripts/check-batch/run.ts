// One run of the batch: check the options, resolve the gemeente schemes, stream the households
// through the screener(s) and write results, rejected report and summary. Every data line ends up
// in exactly one of the two files; nothing is dropped silently.
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { bothLanguages, messages } from '../../src/content/message-files';
import { message, type Message } from '../../src/domain/message';
import type { Language } from '../../src/contract/messages/catalogue';
import { REQUIRED_COLUMNS } from './columns';
import { addCounts, emptyCounts } from './counts';
import { detectDelimiter, readFirstLine, type Delimiter } from './csv';
import { resolveGemeenten, type ResolvedGemeenten, type SavedGemeenten } from './gemeenten';
import { createScreener, type BatchScreener } from './pool';
import { Progress } from './progress';
import { readRecords } from './reader';
import { REJECTED_HEADER, RESULT_HEADER, type CsvRecord, type ScreenedBatch } from './screen';
import { summaryText, type BatchSummary } from './summary';

export interface BatchOptions {
  input: string;
  output: string;
  peildatum: string;
  gemeenteConfig?: string | undefined;
  /** The schemes saved in Wegwijs' database; undefined when it is not used (--no-database). */
  saved?: SavedGemeenten | undefined;
  rejected?: string | undefined;
  summary?: string | undefined;
  /** Threads that screen; 'auto': every core for a large file, the main thread for a small one. */
  workers?: number | 'auto' | undefined;
  /** The language of the summary; Dutch when not given. */
  language?: Language | undefined;
}

export interface BatchIo {
  stderr: Writable & { isTTY?: boolean };
}

export type BatchOutcome = { code: number; summary?: BatchSummary };

/**
 * Batches (of about 2 500 households) read ahead of the oldest unwritten one: enough to keep the
 * workers busy while they start, little enough to keep memory flat.
 */
const MAX_IN_FLIGHT = 16;

/** Below this size starting worker threads costs more than it saves (about 40 000 households). */
const WORKERS_FROM_BYTES = 4 << 20;

export function workerCount(workers: BatchOptions['workers'], inputBytes: number): number {
  if (typeof workers === 'number') return workers;
  if (workers === 'auto' && inputBytes >= WORKERS_FROM_BYTES) return availableParallelism();
  return 1;
}

/** Bytes of the input file, or null when it is not a readable file. */
async function inputSize(file: string): Promise<number | null> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

class OutputFiles {
  readonly results: WriteStream;
  readonly rejected: WriteStream;

  constructor(output: string, rejectedPath: string, delimiter: Delimiter) {
    this.results = createWriteStream(output);
    this.rejected = createWriteStream(rejectedPath);
    this.results.write(RESULT_HEADER.join(delimiter) + '\n');
    this.rejected.write(REJECTED_HEADER.join(delimiter) + '\n');
  }

  async write(batch: ScreenedBatch): Promise<void> {
    const waits: Promise<unknown>[] = [];
    if (batch.results && !this.results.write(batch.results))
      waits.push(once(this.results, 'drain'));
    if (batch.rejected && !this.rejected.write(batch.rejected))
      waits.push(once(this.rejected, 'drain'));
    await Promise.all(waits);
  }

  async close(): Promise<void> {
    await Promise.all([this.results, this.rejected].map((s) => new Promise((r) => s.end(r))));
  }
}

interface Plan {
  o: BatchOptions;
  io: BatchIo;
  size: number;
  gemeenten: ResolvedGemeenten;
  rejectedPath: string;
  started: number;
}

/** A message in Dutch, then English, each on its own line. */
function bothLines(m: Message): string {
  const { nl, en } = messages.bilingual(m);
  return `${nl}\n${en}\n`;
}

/** Problems with the options that stop the run before anything is read: a message, or null. */
function optionProblem(o: BatchOptions, size: number | null): string | null {
  if (size === null)
    return `${bothLines(message('batch.run.inputUnreadableFile', { input: o.input }))}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.peildatum))
    return `${bothLanguages(message('batch.run.peildatumFormat'))}: ${o.peildatum}\n`;
  return null;
}

/** Run the batch; returns the exit code (0 ok, 1 unreadable input or bad configuration). */
export async function runBatch(o: BatchOptions, io: BatchIo): Promise<BatchOutcome> {
  const started = performance.now();
  const size = await inputSize(o.input);
  const problem = optionProblem(o, size);
  if (problem) {
    io.stderr.write(problem);
    return { code: 1 };
  }
  let gemeenten: ResolvedGemeenten;
  try {
    gemeenten = await resolveGemeenten(o.gemeenteConfig, o.saved);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return { code: 1 };
  }
  const rejectedPath = o.rejected ?? o.output.replace(/(\.csv)?$/, '.afgewezen.csv');
  return screenFile({ o, io, size: size!, gemeenten, rejectedPath, started });
}

/** The header's problem (required columns missing), or null. */
function headerProblem(header: string[]): string | null {
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  return missing.length > 0
    ? `${bothLanguages(message('batch.run.columnsMissing'))}: ${missing.join(', ')}\n`
    : null;
}

/** Streams the records through the screener, writing the batches in input order. */
async function screenFile(plan: Plan): Promise<BatchOutcome> {
  const { o, io } = plan;
  const counts = emptyCounts();
  const progress = new Progress(io.stderr, plan.size, plan.started);
  let bytes = 0;
  let files: OutputFiles | null = null;
  let screener: BatchScreener | null = null;
  const inFlight: Promise<ScreenedBatch>[] = [];
  const writeOldest = async () => {
    const batch = await inFlight.shift()!.catch((e: Error) => {
      throw new ScreeningFailed(e.message);
    });
    addCounts(counts, batch.counts);
    await files!.write(batch);
    progress.update(bytes, counts.accepted + counts.rejected);
  };
  try {
    const delimiter = detectDelimiter(await readFirstLine(o.input));
    for await (let records of readRecords(o.input, delimiter, { onBytes: (b) => (bytes = b) })) {
      if (!screener) {
        const header = headerOf(records[0]!);
        const missing = headerProblem(header);
        if (missing) {
          io.stderr.write(missing);
          return { code: 1 };
        }
        records = records.slice(1);
        files = new OutputFiles(o.output, plan.rejectedPath, delimiter);
        const ctx = {
          peildatum: o.peildatum,
          delimiter,
          header,
          gemeenten: plan.gemeenten.configs,
        };
        const workers = workerCount(o.workers, plan.size);
        screener = createScreener(ctx, workers);
      }
      if (records.length > 0) inFlight.push(screener.screen(records));
      while (inFlight.length > MAX_IN_FLIGHT) await writeOldest();
    }
    while (inFlight.length > 0) await writeOldest();
  } catch (e) {
    for (const pending of inFlight) pending.catch(() => undefined);
    io.stderr.write(failureMessage(e as Error));
    return { code: 1 };
  } finally {
    await screener?.close();
    await files?.close();
  }
  if (!files) {
    io.stderr.write(`${bothLanguages(message('batch.run.inputEmpty'))}\n`);
    return { code: 1 };
  }
  progress.done(counts.accepted + counts.rejected);
  return finish(plan, { ...counts, seconds: (performance.now() - plan.started) / 1000 });
}

/** A worker thread failed (a bug, not a problem with the file). */
class ScreeningFailed extends Error {}

function failureMessage(e: Error): string {
  return e instanceof ScreeningFailed
    ? `\n${bothLanguages(message('batch.screeningFailed'))}: ${e.message}\n`
    : `\n${bothLanguages(message('batch.inputUnreadable'))}: ${e.message}\n`;
}

function headerOf(record: CsvRecord): string[] {
  return 'fields' in record ? record.fields.map((h) => h.trim().toLowerCase()) : [];
}

async function finish(plan: Plan, summary: BatchSummary): Promise<BatchOutcome> {
  const { o, io, gemeenten } = plan;
  const text = summaryText(
    {
      peildatum: o.peildatum,
      input: o.input,
      output: o.output,
      rejectedPath: plan.rejectedPath,
      database: o.saved?.database,
      configs: new Map(gemeenten.configs.map((c) => [c.code, c])),
      sources: gemeenten.sources,
      language: o.language,
    },
    summary,
  );
  const suffix = o.language === 'en' ? '.summary.txt' : '.samenvatting.txt';
  await writeFile(o.summary ?? o.output.replace(/(\.csv)?$/, suffix), text);
  io.stderr.write(text);
  return { code: 0, summary };
}
