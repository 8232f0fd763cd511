// Screening a batch of CSV records: read the cells, validate with the engine's schema, compute
// every scheme without a trace, and turn the outcome into result and rejected-report lines. No
// I/O, so the same code runs in the main thread (one worker) and in worker threads.
import {
  calculateAll,
  defaultRules,
  schemeIds,
  UnknownGemeenteError,
  validateHousehold,
  withGemeenten,
} from '../../src/domain/benefits/index';
import type {
  CalculationResult,
  FieldIssue,
  GemeenteConfig,
  Rules,
} from '../../src/domain/benefits/index';
import { messages } from '../../src/content/message-files';
import { message, type MessageValues } from '../../src/domain/message';
import { columnForField, COLUMNS, LINE_FIELD } from './columns';
import { emptyCounts, increment, type BatchCounts } from './counts';
import { csvLines, type Delimiter } from './csv';
import { columnIndex, rowToInput, type ColumnIndex } from './row-input';

/** One record of the input: its cells, or why it could not be read. Line = where it starts. */
export type CsvRecord = { line: number; fields: string[] } | { line: number; issue: FieldIssue };

/** What every batch needs; plain data, so it can be sent to a worker thread. */
export interface ScreenContext {
  peildatum: string;
  delimiter: Delimiter;
  /** The header cells, trimmed and in lower case. */
  header: string[];
  /** Every gemeente's schemes, as resolved from files, the database and the bundled rules. */
  gemeenten: GemeenteConfig[];
}

export interface ScreenedBatch {
  /** Result lines (CSV, guarded), one per accepted household. */
  results: string;
  /** Rejected-report lines, one per problem. */
  rejected: string;
  counts: BatchCounts;
}

export const RESULT_HEADER = [
  'regel',
  'id',
  'gemeente',
  'extra_per_maand',
  'mogelijk_per_maand',
  'niet_gebruikt',
  ...schemeIds.flatMap((s) => [s, `${s}_per_maand`]),
];

export const REJECTED_HEADER = ['regel', 'id', 'kolom', 'reden', 'reason'];

/** Cents as euros with two decimals ('1234,56' or '1234.56'); whole cents without toFixed. */
function euros(cents: number, decimalComma: boolean): string {
  const separator = decimalComma ? ',' : '.';
  if (!Number.isInteger(cents) || cents < 0)
    return (cents / 100).toFixed(2).replace('.', separator);
  const fraction = cents % 100;
  return `${(cents - fraction) / 100}${separator}${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Where each scheme's status and amount go in a result row (after the six fixed cells). */
const SCHEME_CELL = new Map(schemeIds.map((id, i) => [id, 6 + 2 * i]));

function isEmptyLine(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0]!.trim() === '';
}

/** A screener for one file: the rules and column positions are built once, not per row. */
export class Screener {
  private readonly rules: Rules;
  private readonly known: Set<string>;
  private readonly columns: ColumnIndex;
  private readonly decimalComma: boolean;

  constructor(private readonly ctx: ScreenContext) {
    this.rules = withGemeenten(defaultRules(), ctx.gemeenten);
    this.known = new Set(Object.keys(this.rules.municipal.configs));
    this.columns = columnIndex(ctx.header);
    this.decimalComma = ctx.delimiter === ';';
  }

  screen(records: readonly CsvRecord[]): ScreenedBatch {
    const batch = new Batch();
    for (const record of records) {
      if ('issue' in record) {
        batch.counts.lines += 1;
        batch.reject(record.line, '', [record.issue]);
      } else if (isEmptyLine(record.fields)) batch.counts.emptyLines += 1;
      else {
        batch.counts.lines += 1;
        this.screenRow(batch, record.line, record.fields);
      }
    }
    return batch.finish(this.ctx.delimiter);
  }

  private screenRow(batch: Batch, line: number, fields: string[]): void {
    const id = (fields[this.columns.get(COLUMNS.id) ?? -1] ?? '').trim();
    const width = this.ctx.header.length;
    if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
      batch.reject(line, id, [lineIssue('batch.columnCount', { columns: fields.length, width })]);
      return;
    }
    const parsed = rowToInput(fields, this.columns);
    const v = validateHousehold(parsed.input, this.ctx.peildatum, { knownGemeenten: this.known });
    if (!v.ok || parsed.issues.length > 0) {
      batch.reject(line, id, [...parsed.issues, ...(v.ok ? [] : v.issues)]);
      return;
    }
    let result: CalculationResult;
    try {
      result = calculateAll(v.household, this.ctx.peildatum, this.rules, { trace: false });
    } catch (e) {
      if (e instanceof UnknownGemeenteError) batch.reject(line, id, e.issues);
      else {
        const reason = (e as Error).message;
        batch.reject(line, id, [lineIssue('batch.calculationError', { reason })]);
      }
      return;
    }
    batch.accept(line, id, result, this.decimalComma);
  }
}

function lineIssue(key: string, values: MessageValues): FieldIssue {
  return { field: LINE_FIELD, message: message(key, values) };
}

/** The lines and counts of one batch while it is being screened. */
class Batch {
  readonly counts = emptyCounts();
  private readonly results: string[][] = [];
  private readonly rejected: string[][] = [];

  reject(line: number, id: string, issues: FieldIssue[]): void {
    this.counts.rejected += 1;
    for (const issue of issues) {
      const column = columnForField(issue.field);
      increment(this.counts.rejectionsByColumn, column.replace(/ \(.*\)$/, ''));
      const { nl, en } = messages.bilingual(issue.message);
      this.rejected.push([String(line), id, column, nl, en]);
    }
  }

  accept(line: number, id: string, r: CalculationResult, decimalComma: boolean): void {
    this.counts.accepted += 1;
    increment(this.counts.householdsPerGemeente, r.gemeente);
    const { totals } = r;
    if (totals.additionalPerMonthCents + totals.possiblePerMonthCents > 0)
      this.counts.householdsWithSomethingToGain += 1;
    for (const s of totals.likelyNonTakeUp) increment(this.counts.likelyNonTakeUp, s);
    const row = new Array<string>(RESULT_HEADER.length).fill('');
    row[0] = String(line);
    row[1] = id;
    row[2] = r.gemeente;
    row[3] = euros(totals.additionalPerMonthCents, decimalComma);
    row[4] = euros(totals.possiblePerMonthCents, decimalComma);
    row[5] = totals.likelyNonTakeUp.join('|');
    for (const s of r.schemes) {
      const at = SCHEME_CELL.get(s.scheme);
      if (at === undefined) continue;
      row[at] = s.alreadyReceives ? `${s.status} (ontvangt al)` : s.status;
      if (s.amount) row[at + 1] = euros(s.amount.perMonthCents, decimalComma);
    }
    this.results.push(row);
  }

  finish(delimiter: Delimiter): ScreenedBatch {
    return {
      results: csvLines(this.results, delimiter),
      rejected: csvLines(this.rejected, delimiter),
      counts: this.counts,
    };
  }
}
