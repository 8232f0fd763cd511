import type { Options } from 'csv-parse/sync';

export type Delimiter = ';' | ',' | '\t';
const CANDIDATES: Delimiter[] = [';', '\t', ','];

/** The delimiter that splits the header line most often, outside quotes; null for one column. */
export function detectDelimiter(text: string): Delimiter | null {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    let count = 0;
    let quoted = false;
    for (const char of header) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count++;
    }
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

export type CsvRecord = { line: number; cells: string[]; unclosedQuote?: true };

/**
 * Options for csv-parse that keep the rules Wegwijs had: RFC 4180 quotes (cells may hold
 * delimiters, doubled quotes and line breaks), a quote inside an unquoted cell is plain text
 * (formula cells such as =HYPERLINK("…") keep it), rows of any length (the reader reports them),
 * CRLF and LF mixed, and an unclosed quote reported instead of thrown.
 */
export function csvParseOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    record_delimiter: ['\r\n', '\n'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  };
}

/**
 * The line each record starts on, for the report. csv-parse gives the line a record ends on, but
 * counts every carriage return inside a quoted cell as one more line (a CRLF there counts twice),
 * so those are taken off again.
 */
export class LineCounter {
  #extra = 0;
  /** The line after the last record: where an unclosed quote began. */
  next = 1;

  record(endLine: number, cells: string[]): CsvRecord {
    let returns = 0;
    let breaks = 0;
    for (const cell of cells)
      for (const char of cell)
        if (char === '\r') returns++;
        else if (char === '\n') breaks++;
    this.#extra += returns;
    const end = endLine - this.#extra;
    this.next = end + 1;
    return { line: end - breaks, cells };
  }
}

/** A blank line (or one with only spaces) is not a row. */
export function isBlankRecord(cells: string[]): boolean {
  return cells.length === 1 && cells[0]!.trim() === '';
}
