// CSV in and out with the maintained csv-parse / csv-stringify. What Wegwijs writes is guarded
// against formula injection (OWASP "CSV injection"): a spreadsheet would run a cell that starts
// with = + - @, a tab or a carriage return, so csv-stringify's escape_formulas puts an apostrophe
// before such a cell and it is shown as text.
import { open } from 'node:fs/promises';
import type { Options as ParseOptions } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';

export type Delimiter = ';' | ',';

/** `;` when the header has more semicolons than commas (Dutch Excel), else `,`. */
export function detectDelimiter(headerLine: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  for (const ch of headerLine) {
    if (ch === ';') semicolons += 1;
    else if (ch === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** The first line of a file (without reading the rest), for detecting the delimiter. */
export async function readFirstLine(file: string, maxBytes = 1 << 16): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes);
    const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    return end === -1 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

/**
 * How the households file is read: quotes as in RFC 4180 but tolerant of a stray quote inside a
 * field (people type them), rows may have fewer or more cells than the header (reported per
 * row), a BOM is fine, and a record that still cannot be read is skipped and reported instead
 * of stopping the run.
 */
export function parserOptions(delimiter: Delimiter): ParseOptions {
  return {
    delimiter,
    bom: true,
    record_delimiter: ['\r\n', '\n'],
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
  };
}

/** CSV lines (each ending in a newline) for rows of cells, every cell guarded. */
export function csvLines(rows: string[][], delimiter: Delimiter): string {
  if (rows.length === 0) return '';
  return stringify(rows, { delimiter, record_delimiter: '\n', escape_formulas: true });
}
