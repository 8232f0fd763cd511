import type { RowIssue, SignalField } from './types';

// Header names partners use (housing corporations, energy and water companies, insurers, and the
// VNG/DDAS vroegsignalering model), compared without case, spaces, dashes or underscores.
const ALIASES: Record<SignalField, string[]> = {
  creditorType: [
    'soortschuldeiser',
    'schuldeiser',
    'typeschuldeiser',
    'schuldeisertype',
    'signaalpartner',
    'soortsignaal',
    'bron',
  ],
  amount: [
    'achterstand',
    'bedrag',
    'achterstandsbedrag',
    'hoogteachterstand',
    'bedragachterstand',
    'openstaandbedrag',
  ],
  monthsInArrears: ['maandenachterstand', 'aantalmaanden', 'aantalmaandenachterstand', 'maanden'],
  arrearsSince: ['achterstandsinds', 'ontstaansdatum', 'datumachterstand', 'sinds'],
  signalDate: ['signaaldatum', 'datumsignaal', 'meldingsdatum'],
  surname: ['achternaam', 'naam', 'geslachtsnaam'],
  initials: ['voorletters'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel'],
  street: ['straat', 'straatnaam'],
  houseNumber: ['huisnummer', 'huisnr', 'nr'],
  houseNumberAddition: ['toevoeging', 'huisnummertoevoeging', 'huisletter'],
  postcode: ['postcode'],
  city: ['woonplaats', 'plaats', 'plaatsnaam'],
  dateOfBirth: ['geboortedatum', 'gebdatum', 'geboren'],
};

const REQUIRED: SignalField[] = [
  'creditorType',
  'amount',
  'surname',
  'postcode',
  'houseNumber',
  'dateOfBirth',
];

function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.()]/g, '');
}

export type ColumnMap = Partial<Record<SignalField, number>>;

/** Which column holds which field; a missing required column is an error on line 1. */
export function mapColumns(headers: string[]): { columns: ColumnMap; issues: RowIssue[] } {
  const columns: ColumnMap = {};
  headers.forEach((header, index) => {
    const key = headerKey(header);
    for (const [field, aliases] of Object.entries(ALIASES) as [SignalField, string[]][])
      if (columns[field] === undefined && aliases.includes(key)) columns[field] = index;
  });
  const issues: RowIssue[] = REQUIRED.filter((field) => columns[field] === undefined).map(
    (field) => ({ line: 1, field, code: 'missing_column', severity: 'error' }),
  );
  // The length of the arrears may come as a number of months or as the date it started.
  if (columns.monthsInArrears === undefined && columns.arrearsSince === undefined)
    issues.push({ line: 1, field: 'monthsInArrears', code: 'missing_column', severity: 'error' });
  return { columns, issues };
}
