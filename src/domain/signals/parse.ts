import { mapColumns } from './columns';
import { csvRecords, detectDelimiter, type Delimiter } from './csv';
import { decodeSignalFile, type TextEncodingName } from './decode';
import { personKey } from './match';
import { readRow } from './row';
import type { RowIssue, SignalRow } from './types';

export type ParsedSignalFile = {
  encoding: TextEncodingName;
  delimiter: Delimiter | null;
  /** Data rows in the file (header excluded, blank lines not counted). */
  dataRows: number;
  rows: SignalRow[];
  issues: RowIssue[];
  /** False when any row or the file itself has an error: then nothing may be imported. */
  importable: boolean;
};

/**
 * Reads a partner's payment-arrears file. Every row is either a valid signal, a reported duplicate
 * (kept once) or a reported error; nothing is left out without a line in the report.
 */
export function parseSignalFile(bytes: Uint8Array, importDate: string): ParsedSignalFile {
  const { text, encoding } = decodeSignalFile(bytes);
  const result: ParsedSignalFile = {
    encoding,
    delimiter: null,
    dataRows: 0,
    rows: [],
    issues: [],
    importable: false,
  };
  if (text.trim() === '') return refuse(result, 'empty_file');
  const delimiter = detectDelimiter(text);
  result.delimiter = delimiter;
  if (!delimiter) return refuse(result, 'no_delimiter');

  const records = csvRecords(text, delimiter);
  const header = records.next();
  if (header.done) return refuse(result, 'empty_file');
  const { columns, issues: headerIssues } = mapColumns(header.value.cells);
  result.issues.push(...headerIssues);
  if (headerIssues.length) return result;

  const seen = new Map<string, number>();
  for (const record of records) {
    result.dataRows++;
    if (record.unclosedQuote) {
      result.issues.push({
        line: record.line,
        field: 'row',
        code: 'unclosed_quote',
        severity: 'error',
      });
      continue;
    }
    if (record.cells.length !== header.value.cells.length) {
      result.issues.push({
        line: record.line,
        field: 'row',
        code: 'column_count',
        severity: 'error',
      });
      continue;
    }
    const { row, issues } = readRow(record.line, record.cells, columns, importDate);
    result.issues.push(...issues);
    if (!row) continue;
    const identity = duplicateKey(row);
    const first = seen.get(identity);
    if (first !== undefined) {
      result.issues.push({
        line: row.line,
        field: 'row',
        code: 'duplicate_row',
        severity: 'warning',
        duplicateOf: first,
      });
      continue;
    }
    seen.set(identity, row.line);
    result.rows.push(row);
  }
  result.importable = !result.issues.some((i) => i.severity === 'error');
  return result;
}

function refuse(result: ParsedSignalFile, code: 'empty_file' | 'no_delimiter'): ParsedSignalFile {
  result.issues.push({ line: 1, field: 'file', code, severity: 'error' });
  return result;
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
