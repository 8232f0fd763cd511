import { parse as parseCsv } from 'csv-parse/sync';
import { mapColumns, type ColumnMap } from './columns';
import {
  csvParseOptions,
  LineCounter,
  detectDelimiter,
  isBlankRecord,
  type CsvRecord,
  type Delimiter,
} from './csv';
import { decodeSignalFile, type TextEncodingName } from './decode';
import { personKey } from './match';
import { readRow } from './row';
import type { RowIssue, SignalRow } from './types';

/** What the report says about a file, without its rows. */
export type SignalFileSummary = {
  encoding: TextEncodingName;
  delimiter: Delimiter | null;
  /** Data rows in the file (header excluded, blank lines not counted). */
  dataRows: number;
  /** Valid rows, duplicates left out: the signals an import writes. */
  validRows: number;
  issues: RowIssue[];
  /** False when any row or the file itself has an error: then nothing may be imported. */
  importable: boolean;
};

export type ParsedSignalFile = SignalFileSummary & { rows: SignalRow[] };

/**
 * Reads a partner's payment-arrears file record by record, so a file of any size passes through
 * without being held whole. Every row is either a valid signal (returned), a reported duplicate
 * (kept once) or a reported error; nothing is left out without a line in the report. What it keeps
 * per row is the short key that recognises a duplicate.
 */
export class SignalFileReader {
  readonly #importDate: string;
  #header: { width: number; columns: ColumnMap; refused: boolean } | null = null;
  #seen = new Map<string, number>();
  #summary: SignalFileSummary = {
    encoding: 'utf-8',
    delimiter: null,
    dataRows: 0,
    validRows: 0,
    issues: [],
    importable: false,
  };

  constructor(importDate: string) {
    this.#importDate = importDate;
  }

  #errors = 0;

  /** True once the file cannot be imported any more: the caller may stop writing rows. */
  get refused(): boolean {
    return this.#errors > 0;
  }

  /** The header line's text decides the delimiter; null when the file cannot be read on. */
  start(headerText: string): Delimiter | null {
    if (headerText.trim() === '') return this.#refuse('empty_file');
    const delimiter = detectDelimiter(headerText);
    this.#summary.delimiter = delimiter;
    if (!delimiter) return this.#refuse('no_delimiter');
    return delimiter;
  }

  /** One record from the CSV parser: the header first, then the data rows. */
  record(record: CsvRecord): SignalRow | null {
    if (isBlankRecord(record.cells)) return null;
    if (!this.#header) {
      const { columns, issues } = mapColumns(record.cells);
      this.#report(...issues);
      this.#header = { width: record.cells.length, columns, refused: issues.length > 0 };
      return null;
    }
    if (this.#header.refused) return null;
    this.#summary.dataRows++;
    if (record.cells.length !== this.#header.width)
      return this.#rowError(record.line, 'column_count');
    const { row, issues } = readRow(
      record.line,
      record.cells,
      this.#header.columns,
      this.#importDate,
    );
    this.#report(...issues);
    return row ? this.#unlessDuplicate(row) : null;
  }

  /** The parser found a quote that never closes: the rest of the file is one broken row. */
  unclosedQuote(line: number): void {
    if (!this.#header) return;
    this.#summary.dataRows++;
    this.#rowError(line, 'unclosed_quote');
  }

  finish(encoding: TextEncodingName): SignalFileSummary {
    this.#summary.encoding = encoding;
    if (!this.#header && !this.refused) this.#refuse('empty_file');
    this.#summary.importable = !this.refused;
    return this.#summary;
  }

  #unlessDuplicate(row: SignalRow): SignalRow | null {
    const identity = duplicateKey(row);
    const first = this.#seen.get(identity);
    if (first === undefined) {
      this.#seen.set(identity, row.line);
      this.#summary.validRows++;
      return row;
    }
    this.#report({
      line: row.line,
      field: 'row',
      code: 'duplicate_row',
      severity: 'warning',
      duplicateOf: first,
    });
    return null;
  }

  #report(...issues: RowIssue[]): void {
    for (const issue of issues) {
      this.#summary.issues.push(issue);
      if (issue.severity === 'error') this.#errors++;
    }
  }

  #rowError(line: number, code: 'column_count' | 'unclosed_quote'): null {
    this.#report({ line, field: 'row', code, severity: 'error' });
    return null;
  }

  #refuse(code: 'empty_file' | 'no_delimiter'): null {
    this.#report({ line: 1, field: 'file', code, severity: 'error' });
    return null;
  }
}

/** Reads a whole file at once (tests, small files); the import route streams instead. */
export function parseSignalFile(bytes: Uint8Array, importDate: string): ParsedSignalFile {
  const { text, encoding } = decodeSignalFile(bytes);
  const reader = new SignalFileReader(importDate);
  const rows: SignalRow[] = [];
  const end = text.search(/\r?\n/);
  const delimiter = reader.start(end === -1 ? text : text.slice(0, end));
  if (delimiter) {
    // An unclosed quote swallows the rest of the file, so it always comes after the last record.
    let unclosed = false;
    const records = parseCsv(text, {
      ...csvParseOptions(delimiter),
      on_skip: () => {
        unclosed = true;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const lines = new LineCounter();
    for (const { record, info } of records) {
      const row = reader.record(lines.record(info.lines, record));
      if (row) rows.push(row);
    }
    if (unclosed) reader.unclosedQuote(lines.next);
  }
  return { ...reader.finish(encoding), rows };
}

/** The same person, creditor, amount and length of arrears: one signal sent twice. */
function duplicateKey(row: SignalRow): string {
  return [
    personKey(row),
    row.creditorType,
    row.amountCents,
    row.monthsInArrears,
    row.signalDate,
  ].join('|');
}
