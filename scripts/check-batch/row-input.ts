import { message } from '../../src/domain/message';
// One CSV row -> the engine's household input. Cells are read as typed values (amounts, yes/no,
// whole numbers, lists); a cell that cannot be read becomes a problem naming the engine field, in
// Dutch and English. Everything else (dates, codes, ranges) is checked by the engine's own schema.
import { parseEuroToCents } from '../../src/domain/benefits/index';
import type { FieldIssue } from '../../src/domain/benefits/index';
import { ADULT_COLUMNS, COLUMNS } from './columns';

/** Column name -> position in the header, built once per file. */
export type ColumnIndex = ReadonlyMap<string, number>;

export function columnIndex(header: readonly string[]): ColumnIndex {
  const index = new Map<string, number>();
  // Of two equally named columns the last one counts (as it always has).
  header.forEach((name, i) => index.set(name, i));
  return index;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', '']);

/** Reads typed values from one row and collects problems (a class: no closures per row). */
class RowReader {
  readonly issues: FieldIssue[] = [];
  constructor(
    private readonly fields: readonly string[],
    private readonly columns: ColumnIndex,
  ) {}

  get(column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '').trim();
  }

  money(column: string, field: string): number | undefined {
    const text = this.get(column);
    if (text === '') return undefined;
    const cents = parseEuroToCents(text);
    if (cents !== null) return cents;
    this.problem(field, 'notAnAmount', text);
    return undefined;
  }

  bool(column: string, field: string): boolean | undefined {
    const text = this.get(column).toLowerCase();
    if (text === '') return undefined;
    if (YES.has(text)) return true;
    if (NO.has(text)) return false;
    this.problem(field, 'notYesOrNo', text);
    return undefined;
  }

  int(column: string, field: string): number | undefined {
    const text = this.get(column);
    if (text === '') return undefined;
    if (/^-?\d+$/.test(text)) return Number(text);
    this.problem(field, 'notAWholeNumber', text);
    return undefined;
  }

  list(column: string): string[] {
    const text = this.get(column);
    if (text === '') return [];
    return text
      .split('|')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  }

  adult(prefix: 'aanvrager' | 'partner', field: 'applicant' | 'partner'): Record<string, unknown> {
    const col = (name: keyof typeof ADULT_COLUMNS) => `${prefix}_${ADULT_COLUMNS[name]}`;
    const adult: Record<string, unknown> = { birthDate: this.get(col('birthDate')) };
    const gross = this.money(col('grossMonthlyIncomeCents'), `${field}.grossMonthlyIncomeCents`);
    const net = this.money(col('netMonthlyIncomeCents'), `${field}.netMonthlyIncomeCents`);
    const yearly = this.money(col('grossYearlyIncomeCents'), `${field}.grossYearlyIncomeCents`);
    const kind = this.get(col('incomeKind'));
    const works = this.bool(col('worksOrStudies'), `${field}.worksOrStudies`);
    if (gross !== undefined) adult['grossMonthlyIncomeCents'] = gross;
    if (net !== undefined) adult['netMonthlyIncomeCents'] = net;
    if (yearly !== undefined) adult['grossYearlyIncomeCents'] = yearly;
    if (kind) adult['incomeKind'] = kind;
    if (works !== undefined) adult['worksOrStudies'] = works;
    return adult;
  }

  home(): Record<string, unknown> {
    const home: Record<string, unknown> = { type: this.get(COLUMNS.woning) };
    const rent = this.money(COLUMNS.kaleHuur, 'home.rentMonthlyCents');
    const service = this.money(COLUMNS.servicekosten, 'home.serviceCostsMonthlyCents');
    const independent = this.bool(COLUMNS.zelfstandig, 'home.independent');
    if (rent !== undefined) home['rentMonthlyCents'] = rent;
    if (service !== undefined) home['serviceCostsMonthlyCents'] = service;
    if (independent !== undefined) home['independent'] = independent;
    return home;
  }

  private problem(field: string, key: string, text: string): void {
    this.issues.push({ field, message: message(`batch.${key}`, { text }) });
  }
}

export interface RowInput {
  /** The household as the engine's validator takes it (not yet checked). */
  input: Record<string, unknown>;
  /** Cells that could not be read. */
  issues: FieldIssue[];
}

/** The engine input of one row, and the problems with cells that could not be read. */
export function rowToInput(fields: readonly string[], columns: ColumnIndex): RowInput {
  const r = new RowReader(fields, columns);
  const input: Record<string, unknown> = {
    gemeente: r.get(COLUMNS.gemeente),
    applicant: r.adult('aanvrager', 'applicant'),
    partner: r.get(COLUMNS.partnerGeboortedatum) ? r.adult('partner', 'partner') : null,
    children: r.list(COLUMNS.kinderen).map((birthDate) => ({ birthDate })),
    otherAdults: r.list(COLUMNS.medebewoners).map((birthDate) => ({ birthDate })),
    alreadyReceives: r.list(COLUMNS.ontvangtAl),
    home: r.home(),
  };
  const assets = r.money(COLUMNS.vermogen, 'assetsCents');
  if (assets !== undefined) input['assetsCents'] = assets;
  const fixed = r.money(COLUMNS.vasteLasten, 'fixedCostsMonthlyCents');
  if (fixed !== undefined) input['fixedCostsMonthlyCents'] = fixed;
  const months = r.int(COLUMNS.laagInkomenMaanden, 'lowIncomeSinceMonths');
  if (months !== undefined) input['lowIncomeSinceMonths'] = months;
  return { input, issues: r.issues };
}
