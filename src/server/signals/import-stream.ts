import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import {
  csvParseOptions,
  LineCounter,
  SignalFileDecoder,
  SignalFileReader,
  type SignalFileSummary,
  type SignalRow,
} from '../../domain/signals';

/** Rows handed to the database at a time: memory stays at one batch, whatever the file's size. */
export const SIGNAL_ROW_BATCH = 2000;

/**
 * Bytes handed to the decoder and parser at a time. A caller may pass the whole file as one chunk
 * (an in-process request does); cutting it keeps the records in flight to one piece's worth.
 */
const PIECE_BYTES = 64 * 1024;

/**
 * The largest partner file taken at once: about 500 000 rows, more than a large city's signals of
 * a year. Bounds the work one upload can cause, now that the body is no longer buffered.
 */
export const SIGNAL_FILE_MAX_BYTES = 40 * 1024 * 1024;

/** An upload over `SIGNAL_FILE_MAX_BYTES`: thrown while reading, so the import rolls back. */
export class SignalFileTooLarge extends Error {
  constructor() {
    super('signal file too large');
  }
}

async function* pieces(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of source) {
    read += chunk.length;
    if (read > SIGNAL_FILE_MAX_BYTES) throw new SignalFileTooLarge();
    for (let at = 0; at < chunk.length; at += PIECE_BYTES)
      yield chunk.subarray(at, at + PIECE_BYTES);
  }
}

/** The text up to the first line break: enough to pick the delimiter. */
function headerLine(text: string): string | null {
  const end = text.search(/\r?\n/);
  return end === -1 ? null : text.slice(0, end);
}

/**
 * Reads an uploaded partner file as a stream: bytes are decoded as they come (the encoding is
 * settled by the first chunk that is not plain ASCII), the header line picks the delimiter, and
 * csv-parse turns the text into records for the domain's reader. Valid rows come out in batches;
 * `summary()` gives the report once the stream is done.
 */
export function readSignalStream(
  source: AsyncIterable<Uint8Array>,
  importDate: string,
  batchSize = SIGNAL_ROW_BATCH,
): {
  batches: AsyncGenerator<SignalRow[]>;
  /** True once a row or the file has an error: nothing will be imported, writing can stop. */
  refused: () => boolean;
  summary: () => SignalFileSummary;
} {
  const decoder = new SignalFileDecoder();
  const reader = new SignalFileReader(importDate);
  async function* batches(): AsyncGenerator<SignalRow[]> {
    const chunks = pieces(source);
    let start = '';
    let header: string | null = null;
    let ended = false;
    while (header === null) {
      const next = await chunks.next();
      if (next.done) {
        start += decoder.end();
        ended = true;
        break;
      }
      start += decoder.write(next.value);
      header = headerLine(start);
    }
    const delimiter = reader.start(header ?? start);
    if (!delimiter) {
      // Drain the upload so the request completes; nothing of it is read.
      if (!ended) for (let n = await chunks.next(); !n.done; n = await chunks.next());
      return;
    }
    async function* text() {
      yield start;
      if (ended) return;
      for (let n = await chunks.next(); !n.done; n = await chunks.next())
        yield decoder.write(n.value);
      yield decoder.end();
    }
    let unclosed = false;
    const parser = Readable.from(text()).pipe(
      parse({
        ...csvParseOptions(delimiter),
        on_skip: () => {
          unclosed = true;
        },
      }),
    );
    const lines = new LineCounter();
    let batch: SignalRow[] = [];
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const row = reader.record(lines.record(info.lines, record));
      if (row) batch.push(row);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (unclosed) reader.unclosedQuote(lines.next);
    if (batch.length > 0) yield batch;
  }
  return {
    batches: batches(),
    refused: () => reader.refused,
    summary: () => reader.finish(decoder.encoding),
  };
}

/**
 * Reads one item ahead: while the caller writes a batch to the database, the next batch is
 * decoded and parsed. The parser and the database server then work at the same time instead of
 * taking turns (on PostgreSQL they run on different cores).
 */
export async function* readAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  const ahead = () => {
    const read = source.next();
    // A failure while the caller is busy is kept for the loop below, not reported as unhandled.
    read.catch(() => undefined);
    return read;
  };
  let next = ahead();
  try {
    for (let current = await next; !current.done; current = await next) {
      next = ahead();
      yield current.value;
    }
  } finally {
    // Stopped early (a write failed): let the read in flight settle, then close the source.
    await next.catch(() => undefined);
    await source.return(undefined);
  }
}
