import type { ColumnMap } from './columns';
import { parseDutchDate, wholeMonthsBetween } from './dates';
import { splitFullName } from './names';
import type { CreditorType, IssueCode, RowIssue, SignalField, SignalRow } from './types';

const CREDITOR_ALIASES: Record<string, CreditorType> = {
  woningcorporatie: 'woningcorporatie',
  corporatie: 'woningcorporatie',
  verhuurder: 'woningcorporatie',
  woningverhuurder: 'woningcorporatie',
  huur: 'woningcorporatie',
  huurachterstand: 'woningcorporatie',
  energie: 'energie',
  energieleverancier: 'energie',
  energiebedrijf: 'energie',
  gas: 'energie',
  elektriciteit: 'energie',
  stroom: 'energie',
  stadsverwarming: 'energie',
  warmte: 'energie',
  water: 'water',
  drinkwater: 'water',
  drinkwaterbedrijf: 'water',
  waterbedrijf: 'water',
  zorgverzekeraar: 'zorgverzekeraar',
  zorgverzekering: 'zorgverzekeraar',
  zvw: 'zorgverzekeraar',
  zorg: 'zorgverzekeraar',
};

/** Cells a spreadsheet would run as a formula (OWASP CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;
const POSTCODE = /^([1-9]\d{3})\s?([A-Za-z]{2})$/;
const MAX_TEXT = 120;
const MAX_MONTHS = 240;

type Cells = { get(field: SignalField): string };

/** Validates one data row against the import date (peildatum); every problem is reported. */
export function readRow(
  line: number,
  cells: string[],
  columns: ColumnMap,
  importDate: string,
): { row: SignalRow | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const error = (field: SignalField, code: IssueCode) =>
    issues.push({ line, field, code, severity: 'error' });
  const row: Cells = {
    get: (field) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
  };
  for (const [field, index] of Object.entries(columns) as [SignalField, number][]) {
    const value = (cells[index] ?? '').trim();
    if (FORMULA_START.test(value) && !(field === 'amount' && /^-?[\d.,\s\u20ac]+$/.test(value)))
      issues.push({ line, field, code: 'formula_like', severity: 'warning' });
    if (value.length > MAX_TEXT) error(field, 'too_long');
  }

  const creditorText = row
    .get('creditorType')
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  const creditorType = CREDITOR_ALIASES[creditorText];
  if (!creditorText) error('creditorType', 'required');
  else if (!creditorType) error('creditorType', 'unknown_creditor');

  const amountCents = parseAmount(row.get('amount'));
  if (!row.get('amount')) error('amount', 'required');
  else if (amountCents === null) error('amount', 'invalid_amount');

  const dateOfBirth = readDate(row.get('dateOfBirth'), 'dateOfBirth', importDate, error, true);
  const signalDate = row.get('signalDate')
    ? readDate(row.get('signalDate'), 'signalDate', importDate, error, false)
    : importDate;
  const arrearsSince = row.get('arrearsSince')
    ? readDate(row.get('arrearsSince'), 'arrearsSince', importDate, error, false)
    : null;
  let monthsInArrears: number | null = null;
  const monthsText = row.get('monthsInArrears');
  if (monthsText) {
    monthsInArrears = /^\d{1,3}$/.test(monthsText) ? Number(monthsText) : null;
    if (monthsInArrears === null || monthsInArrears > MAX_MONTHS)
      error('monthsInArrears', 'invalid_months');
  } else if (arrearsSince)
    monthsInArrears = wholeMonthsBetween(arrearsSince, signalDate ?? importDate);
  else if (!row.get('arrearsSince')) error('monthsInArrears', 'required');

  const postcodeMatch = POSTCODE.exec(row.get('postcode'));
  if (!row.get('postcode')) error('postcode', 'required');
  else if (!postcodeMatch) error('postcode', 'invalid_postcode');

  const house = readHouseNumber(row.get('houseNumber'), row.get('houseNumberAddition'));
  if (!row.get('houseNumber')) error('houseNumber', 'required');
  else if (!house) error('houseNumber', 'invalid_house_number');

  const name = readName(row);
  if (!name.surname) error('surname', 'required');

  if (issues.some((i) => i.severity === 'error')) return { row: null, issues };
  return {
    row: {
      line,
      creditorType: creditorType!,
      amountCents: amountCents!,
      monthsInArrears: monthsInArrears!,
      arrearsSince,
      signalDate: signalDate!,
      ...name,
      street: row.get('street'),
      houseNumber: house!.number,
      houseNumberAddition: house!.addition,
      postcode: `${postcodeMatch![1]}${postcodeMatch![2]!.toUpperCase()}`,
      city: row.get('city'),
      dateOfBirth: dateOfBirth!,
    },
    issues,
  };
}

function readName(row: Cells) {
  const surname = row.get('surname');
  const initials = row.get('initials');
  const prefix = row.get('prefix');
  // A single name column ('J.P. van der Berg') is split; separate columns are taken as they are.
  if (!initials && !prefix && /[\s,]/.test(surname)) return splitFullName(surname);
  return { initials, prefix, surname };
}

function readDate(
  value: string,
  field: SignalField,
  importDate: string,
  error: (field: SignalField, code: IssueCode) => void,
  birth: boolean,
): string | null {
  if (!value) {
    error(field, 'required');
    return null;
  }
  const parsed = parseDutchDate(value);
  if ('error' in parsed) {
    error(field, parsed.error);
    return null;
  }
  if (parsed.iso > importDate) {
    error(field, 'future_date');
    return null;
  }
  // Nobody alive was born before 1900; such a date is a typing or export error.
  if (birth && parsed.iso < '1900-01-01') {
    error(field, 'impossible_date');
    return null;
  }
  return parsed.iso;
}

/** The largest amount stored (cents in a PostgreSQL integer: € 21,474,836.47). */
const MAX_AMOUNT_CENTS = 2_147_483_647;

/** '1.234,56', '1234,56', '1234.56', '€ 450' → cents; null when not a positive amount that fits. */
export function parseAmount(text: string): number | null {
  let value = text.replace(/[\u20ac\s]/g, '').replace(/^EUR/i, '');
  if (!/^\d[\d.,]*$/.test(value)) return null;
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  // A separator followed by exactly one or two digits is the decimal one; others group thousands.
  if (decimalAt !== -1 && value.length - decimalAt - 1 <= 2)
    value = value.slice(0, decimalAt).replace(/[.,]/g, '') + '.' + value.slice(decimalAt + 1);
  else value = value.replace(/[.,]/g, '');
  const cents = Math.round(Number(value) * 100);
  return Number.isFinite(cents) && cents > 0 && cents <= MAX_AMOUNT_CENTS ? cents : null;
}

function readHouseNumber(numberText: string, additionText: string) {
  const match = /^(\d{1,5})\s*[-\s]?\s*([A-Za-z0-9]{0,4})$/.exec(numberText);
  if (!match || Number(match[1]) === 0) return null;
  const addition = (additionText || match[2] || '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (addition.length > 4) return null;
  return { number: Number(match[1]), addition };
}
