import { bothLanguages } from '../../src/content/message-files';
import { message } from '../../src/domain/message';
// Streams the households file through csv-parse: never the whole file in memory. Yields the
// records in batches, each with the line it starts on (a quoted cell may span lines), and turns a
// record csv-parse cannot read into a problem for the rejected report instead of a stop.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import type { FieldIssue } from '../../src/domain/benefits/index';
import { LINE_FIELD } from './columns';
import { parserOptions, type Delimiter } from './csv';
import type { CsvRecord } from './screen';

function unreadable(error: CsvError | undefined): FieldIssue {
  if (error?.code === 'CSV_QUOTE_NOT_CLOSED')
    return { field: LINE_FIELD, message: message('batch.quoteOpen') };
  const reason = error?.message ?? bothLanguages(message('batch.unknownReason'));
  return { field: LINE_FIELD, message: message('batch.notCsv', { reason }) };
}

/**
 * Line breaks inside quoted cells. Counted here because csv-parse's own line count takes a CR LF
 * inside quotes for two lines.
 */
function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    let at = field.indexOf('\n');
    while (at !== -1) {
      count += 1;
      at = field.indexOf('\n', at + 1);
    }
  }
  return count;
}

export interface ReadProgress {
  /** Called with the number of bytes read so far. */
  onBytes(bytes: number): void;
}

/**
 * The records of a CSV file, in order, in batches as they are read. The first record is the
 * header (line 1). Throws when the file cannot be read.
 */
export async function* readRecords(
  file: string,
  delimiter: Delimiter,
  progress: ReadProgress,
): AsyncGenerator<CsvRecord[]> {
  const parser = parse(parserOptions(delimiter));
  const order = new RecordOrder();
  // Records arrive as 'data' events (no promise per record); a record csv-parse skips arrives
  // as a 'skip' event, which RecordOrder puts back in its place.
  parser.on('data', (fields: string[]) => order.record(fields));
  parser.on('skip', (error: CsvError | undefined) => order.skipped(error));
  const done = finished(parser);
  done.catch(() => undefined); // awaited below; this only prevents an unhandled rejection
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 18 })) {
    bytes += (chunk as Buffer).length;
    if (!parser.write(chunk)) await Promise.race([once(parser, 'drain'), done]);
    progress.onBytes(bytes);
    const batch = order.take();
    if (batch.length > 0) yield batch;
  }
  parser.end();
  await done;
  order.end();
  const batch = order.take();
  if (batch.length > 0) yield batch;
}

/** Puts read and unreadable records in file order, each with the line it starts on. */
class RecordOrder {
  private pending: CsvRecord[] = [];
  private nextLine = 1; // where the next record starts
  private records = 0;
  private readonly skips: Array<{ after: number; lines: number; issue: FieldIssue }> = [];

  record(fields: string[]): void {
    this.placeSkips(this.records);
    this.pending.push({ line: this.nextLine, fields });
    this.nextLine += 1 + newlinesIn(fields);
    this.records += 1;
  }

  /** csv-parse reports how many records came before the one it skipped. */
  skipped(error: CsvError | undefined): void {
    const context = error as { records?: unknown; lines?: unknown } | undefined;
    this.skips.push({
      after: Number(context?.records ?? this.records),
      lines: Number(context?.lines ?? 0),
      issue: unreadable(error),
    });
  }

  end(): void {
    this.placeSkips(Number.POSITIVE_INFINITY);
  }

  take(): CsvRecord[] {
    const batch = this.pending;
    this.pending = [];
    return batch;
  }

  private placeSkips(upTo: number): void {
    while (this.skips.length > 0 && this.skips[0]!.after <= upTo) {
      const skip = this.skips.shift()!;
      this.pending.push({ line: this.nextLine, issue: skip.issue });
      // Without the record's text only the parser's line count is left (rarely needed: with the
      // relaxed options, a quote still open at the end of the file is the usual case).
      this.nextLine = Math.max(this.nextLine + 1, skip.lines + 1);
    }
  }
}
