/** The creditors the Besluit gemeentelijke schuldhulpverlening (§ 2) lets signal payment arrears. */
export const CREDITOR_TYPES = ['woningcorporatie', 'energie', 'water', 'zorgverzekeraar'] as const;
export type CreditorType = (typeof CREDITOR_TYPES)[number];

/** The columns Wegwijs reads from a partner's file, by their meaning. */
export const SIGNAL_FIELDS = [
  'creditorType',
  'amount',
  'monthsInArrears',
  'arrearsSince',
  'signalDate',
  'surname',
  'initials',
  'prefix',
  'street',
  'houseNumber',
  'houseNumberAddition',
  'postcode',
  'city',
  'dateOfBirth',
] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

/** Why a row (or the file) was refused or flagged; the texts live in the contract. */
export const ISSUE_CODES = [
  'empty_file',
  'no_delimiter',
  'missing_column',
  'column_count',
  'unclosed_quote',
  'required',
  'unknown_creditor',
  'invalid_amount',
  'invalid_months',
  'invalid_date',
  'impossible_date',
  'future_date',
  'invalid_postcode',
  'invalid_house_number',
  'formula_like',
  'duplicate_row',
  'too_long',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One line of the per-row report. Errors refuse the import; warnings are kept and shown. */
export type RowIssue = {
  line: number;
  field: SignalField | 'file' | 'row';
  code: IssueCode;
  severity: 'error' | 'warning';
  /** For a duplicate: the line it repeats. */
  duplicateOf?: number;
};

/** A valid row, normalised. Dates are ISO (yyyy-mm-dd), money in euro cents. */
export type SignalRow = {
  line: number;
  creditorType: CreditorType;
  amountCents: number;
  monthsInArrears: number;
  arrearsSince: string | null;
  signalDate: string;
  surname: string;
  initials: string;
  prefix: string;
  street: string;
  houseNumber: number;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  dateOfBirth: string;
};
