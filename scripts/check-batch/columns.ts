// The CSV columns of `check:batch` (see rules/README.md) and where an engine field comes from, so a
// rejected row names the column a municipality can correct.

export const COLUMNS = {
  id: 'id',
  gemeente: 'gemeente',
  aanvragerGeboortedatum: 'aanvrager_geboortedatum',
  partnerGeboortedatum: 'partner_geboortedatum',
  kinderen: 'kinderen_geboortedata',
  medebewoners: 'medebewoners_geboortedata',
  woning: 'woning',
  kaleHuur: 'kale_huur_maand',
  servicekosten: 'servicekosten_maand',
  zelfstandig: 'zelfstandige_woning',
  vermogen: 'vermogen',
  vasteLasten: 'vaste_lasten_maand',
  laagInkomenMaanden: 'laag_inkomen_maanden',
  ontvangtAl: 'ontvangt_al',
} as const;

export const REQUIRED_COLUMNS = [COLUMNS.gemeente, COLUMNS.aanvragerGeboortedatum, COLUMNS.woning];

/** The six columns of an adult, by engine field, after the prefix `aanvrager_` or `partner_`. */
export const ADULT_COLUMNS = {
  birthDate: 'geboortedatum',
  grossMonthlyIncomeCents: 'bruto_maand',
  netMonthlyIncomeCents: 'netto_maand',
  grossYearlyIncomeCents: 'bruto_jaar',
  incomeKind: 'inkomensbron',
  worksOrStudies: 'werkt',
} as const;

const HOME_COLUMNS = new Map<string, string>([
  ['rentMonthlyCents', COLUMNS.kaleHuur],
  ['serviceCostsMonthlyCents', COLUMNS.servicekosten],
  ['independent', COLUMNS.zelfstandig],
]);

const TOP_LEVEL_COLUMNS = new Map<string, string>([
  ['assetsCents', COLUMNS.vermogen],
  ['fixedCostsMonthlyCents', COLUMNS.vasteLasten],
  ['lowIncomeSinceMonths', COLUMNS.laagInkomenMaanden],
  ['alreadyReceives', COLUMNS.ontvangtAl],
  ['gemeente', COLUMNS.gemeente],
]);

/** A field that is not one column: the whole line (wrong column count, a quote left open). */
export const LINE_FIELD = '(regel)';

function adultColumn(prefix: 'aanvrager' | 'partner', field: string | undefined): string {
  const column = Object.hasOwn(ADULT_COLUMNS, field ?? '')
    ? ADULT_COLUMNS[field as keyof typeof ADULT_COLUMNS]
    : ADULT_COLUMNS.birthDate;
  return `${prefix}_${column}`;
}

/** The CSV column an engine field (e.g. `children.0.birthDate`) comes from. */
export function columnForField(field: string): string {
  const [head = '', second] = field.split('.');
  switch (head) {
    case 'applicant':
      return adultColumn('aanvrager', second);
    case 'partner':
      return adultColumn('partner', second);
    case 'children':
      return second !== undefined
        ? `${COLUMNS.kinderen} (kind ${Number(second) + 1})`
        : COLUMNS.kinderen;
    case 'otherAdults':
      return second !== undefined
        ? `${COLUMNS.medebewoners} (persoon ${Number(second) + 1})`
        : COLUMNS.medebewoners;
    case 'home':
      return HOME_COLUMNS.get(second ?? '') ?? COLUMNS.woning;
  }
  return TOP_LEVEL_COLUMNS.get(head) ?? (field || LINE_FIELD);
}
