import {
  formatEuro,
  fundSchemeIds,
  isConfigured,
  municipalSchemeIds,
  parseEuroToCents,
  valueFields,
  type FundSchemeId,
  type GemeenteConfig,
  type MunicipalSchemeId,
  type SchemeEntry,
} from '../../../domain/benefits';

// The beheer form for a gemeente's schemes, described as data: one entry per field of the
// engine's configuration (src/domain/benefits/municipal-config.ts). The same description renders
// the form, turns typed text back into a configuration, and labels the changes in the history.
// A scheme is either set ('ingesteld': its rules, with the regulation they come from) or not
// known yet ('vraag-na': residents are told what to ask). A new gemeente starts with every scheme
// not known and no figures: nothing is pre-filled that a person did not enter or check.

export type FieldKind =
  | 'text'
  | 'longtext'
  | 'url'
  | 'date'
  | 'percent'
  | 'euro'
  | 'int'
  | 'bool'
  | 'assetLimit'
  | 'basis';

export type FieldSpec = {
  /** Path in the configuration, for example 'schemes.kwijtschelding.income_limit_pct'. */
  path: string;
  kind: FieldKind;
  /** i18n key of the label (and `${label}Description` when `described`). */
  label: string;
  described?: boolean;
  optional?: boolean;
};

export type SectionSpec = { id: string; legend: string; fields: FieldSpec[] };

const L = 'check.beheer.fields';

const schemeBase = (id: string): FieldSpec[] => [
  { path: `schemes.${id}.source.title`, kind: 'text', label: `${L}.schemeSourceTitle` },
  {
    path: `schemes.${id}.source.url`,
    kind: 'url',
    label: `${L}.schemeSourceUrl`,
    described: true,
  },
  { path: `schemes.${id}.enabled`, kind: 'bool', label: `${L}.enabled` },
  {
    path: `schemes.${id}.income_limit_pct`,
    kind: 'percent',
    label: `${L}.incomeLimit`,
    described: true,
  },
  { path: `schemes.${id}.asset_limit`, kind: 'assetLimit', label: `${L}.assetLimit` },
  { path: `schemes.${id}.how_to_apply`, kind: 'longtext', label: `${L}.howToApply` },
  { path: `schemes.${id}.url`, kind: 'url', label: `${L}.url`, optional: true },
  { path: `schemes.${id}.note`, kind: 'longtext', label: `${L}.note`, optional: true },
];

export const sections: SectionSpec[] = [
  {
    id: 'general',
    legend: 'check.beheer.sections.general',
    fields: [
      { path: 'name', kind: 'text', label: `${L}.name` },
      { path: 'valid_from', kind: 'date', label: `${L}.validFrom`, described: true },
      { path: 'social_minimum_basis', kind: 'basis', label: `${L}.basis`, described: true },
      { path: 'apply_kostendelersnorm', kind: 'bool', label: `${L}.kostendelers` },
    ],
  },
  {
    id: 'bijzondere-bijstand',
    legend: 'check.schemeNames.bijzondere-bijstand',
    fields: schemeBase('bijzondere-bijstand'),
  },
  {
    id: 'individuele-inkomenstoeslag',
    legend: 'check.schemeNames.individuele-inkomenstoeslag',
    fields: [
      ...schemeBase('individuele-inkomenstoeslag'),
      {
        path: 'schemes.individuele-inkomenstoeslag.reference_period_months',
        kind: 'int',
        label: `${L}.referencePeriod`,
        described: true,
      },
      ...(
        [
          'alleenstaande',
          'alleenstaande_ouder',
          'gehuwden_zonder_kinderen',
          'gehuwden_met_kinderen',
        ] as const
      ).map((t): FieldSpec => ({
        path: `schemes.individuele-inkomenstoeslag.amounts_per_year.${t}`,
        kind: 'euro',
        label: `${L}.amount.${t}`,
      })),
    ],
  },
  {
    id: 'kwijtschelding',
    legend: 'check.schemeNames.kwijtschelding',
    fields: [
      ...schemeBase('kwijtschelding'),
      {
        path: 'schemes.kwijtschelding.cost_norm_pct',
        kind: 'percent',
        label: `${L}.costNorm`,
        described: true,
      },
      {
        path: 'schemes.kwijtschelding.assessment_per_year',
        kind: 'euro',
        label: `${L}.assessment`,
        described: true,
      },
    ],
  },
  {
    id: 'meedoenregeling',
    legend: 'check.schemeNames.meedoenregeling',
    fields: [
      ...schemeBase('meedoenregeling'),
      {
        path: 'schemes.meedoenregeling.amount_per_adult_per_year',
        kind: 'euro',
        label: `${L}.perAdult`,
      },
      {
        path: 'schemes.meedoenregeling.amount_per_child_per_year',
        kind: 'euro',
        label: `${L}.perChild`,
      },
      { path: 'schemes.meedoenregeling.child_min_age', kind: 'int', label: `${L}.childMinAge` },
      { path: 'schemes.meedoenregeling.child_max_age', kind: 'int', label: `${L}.childMaxAge` },
    ],
  },
  {
    id: 'collectieve-zorgverzekering',
    legend: 'check.schemeNames.collectieve-zorgverzekering',
    fields: [
      ...schemeBase('collectieve-zorgverzekering'),
      {
        path: 'schemes.collectieve-zorgverzekering.contribution_per_adult_per_month',
        kind: 'euro',
        label: `${L}.contribution`,
      },
      {
        path: 'schemes.collectieve-zorgverzekering.insurer_url',
        kind: 'url',
        label: `${L}.insurerUrl`,
        optional: true,
      },
    ],
  },
];

export const allFields: FieldSpec[] = sections.flatMap((s) => s.fields);

/** The scheme a field belongs to, or null for the general fields. */
export function schemeOf(path: string): MunicipalSchemeId | null {
  const id = path.split('.')[1];
  return path.startsWith('schemes.') && (municipalSchemeIds as readonly string[]).includes(id!)
    ? (id as MunicipalSchemeId)
    : null;
}

/** True for a figure a resident's outcome depends on (it must be entered or checked by a person). */
export function isValueField(path: string): boolean {
  const id = schemeOf(path);
  return id !== null && valueFields[id].includes(path.slice(`schemes.${id}.`.length));
}

/** Typed text per path; booleans as booleans; the asset-limit choice under `${path}:mode`. */
export type FormValues = Record<string, string | boolean>;

export type SchemeStatus = 'ingesteld' | 'vraag-na';

export type SchemesForm = {
  values: FormValues;
  funds: FundSchemeId[];
  /** Per scheme: set up, or 'ask your gemeente'. */
  status: Record<MunicipalSchemeId, SchemeStatus>;
  /** Figures with a record of who checked them (from an earlier save or the shipped research). */
  checked: string[];
  /** Figures the beheerder typed or ticked as checked in this edit. */
  confirmed: string[];
  /** The check records of the loaded configuration, kept for figures nobody changed. */
  notes: Partial<Record<MunicipalSchemeId, Record<string, unknown>>>;
};

function read(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

function write(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = value;
}

/** Cents as people type them: '1250' or '12,50'. */
export function centsToText(cents: number): string {
  return formatEuro(cents).slice(2).replace(/\./g, '').replace(/,00$/, '');
}

const numberText = (n: number) => String(n).replace('.', ',');

export function toForm(config: GemeenteConfig): SchemesForm {
  const values: FormValues = {};
  for (const f of allFields) {
    const v = read(config, f.path);
    if (f.kind === 'bool') values[f.path] = v === true;
    else if (f.kind === 'assetLimit') {
      values[`${f.path}:mode`] = v === 'bijstand' ? 'bijstand' : v === undefined ? '' : 'bedrag';
      values[f.path] = typeof v === 'number' ? centsToText(v) : '';
    } else if (f.kind === 'euro') values[f.path] = typeof v === 'number' ? centsToText(v) : '';
    else if (f.kind === 'percent' || f.kind === 'int')
      values[f.path] = typeof v === 'number' ? numberText(v) : '';
    else values[f.path] = typeof v === 'string' ? v : '';
  }
  const funds = fundSchemeIds.filter((id) => config.funds[id] === true);
  const status = {} as Record<MunicipalSchemeId, SchemeStatus>;
  const notes: SchemesForm['notes'] = {};
  const checked: string[] = [];
  for (const id of municipalSchemeIds) {
    const entry = config.schemes[id] as SchemeEntry;
    status[id] = isConfigured(entry) ? 'ingesteld' : 'vraag-na';
    if (!isConfigured(entry) || !entry.verified) continue;
    notes[id] = entry.verified;
    for (const [field, note] of Object.entries(entry.verified))
      if ((note as { status?: string } | undefined)?.status === 'verified')
        checked.push(`schemes.${id}.${field}`);
  }
  return { values, funds, status, checked, confirmed: [], notes };
}

/**
 * A start for a gemeente without schemes: its name, every scheme 'ask your gemeente', and no
 * figures. The beheerder enters each figure with its source (issue 10: no example numbers).
 */
export function templateFor(code: string, name: string): GemeenteConfig {
  const ask = { status: 'vraag-na' as const };
  return {
    code,
    name,
    example: false,
    valid_from: '',
    social_minimum_basis: '' as GemeenteConfig['social_minimum_basis'],
    apply_kostendelersnorm: false,
    schemes: {
      'bijzondere-bijstand': ask,
      'individuele-inkomenstoeslag': ask,
      kwijtschelding: ask,
      meedoenregeling: ask,
      'collectieve-zorgverzekering': ask,
    },
    funds: {},
  };
}

export type ParsedForm =
  | { ok: true; config: GemeenteConfig; confirmed: string[] }
  | { ok: false; errors: Record<string, string> };

/**
 * Typed text back into a configuration. Only what cannot be read is reported here (as an i18n
 * key per field, named 'config.<path>' like the API does); the server checks the rest with the
 * engine's schema, and refuses figures that nobody entered or checked.
 */
export function fromForm(code: string, form: SchemesForm): ParsedForm {
  const config: Record<string, unknown> = { code, example: false };
  const errors: Record<string, string> = {};
  const field = (path: string) => `config.${path}`;
  for (const f of allFields) {
    const scheme = schemeOf(f.path);
    if (scheme && form.status[scheme] === 'vraag-na') continue;
    const raw = form.values[f.path];
    if (f.kind === 'bool') {
      write(config, f.path, raw === true);
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (f.kind === 'assetLimit' && form.values[`${f.path}:mode`] === 'bijstand') {
      write(config, f.path, 'bijstand');
      continue;
    }
    if (text === '') {
      if (f.optional) continue;
      errors[field(f.path)] = 'check.beheer.errors.required';
      continue;
    }
    if (f.kind === 'euro' || f.kind === 'assetLimit') {
      const cents = parseEuroToCents(text);
      if (cents === null) errors[field(f.path)] = 'check.beheer.errors.euro';
      else write(config, f.path, cents);
    } else if (f.kind === 'percent') {
      const n = Number(text.replace(',', '.'));
      if (!/^-?\d+([.,]\d+)?$/.test(text) || Number.isNaN(n))
        errors[field(f.path)] = 'check.beheer.errors.number';
      else write(config, f.path, n);
    } else if (f.kind === 'int') {
      if (!/^-?\d+$/.test(text)) errors[field(f.path)] = 'check.beheer.errors.whole';
      else write(config, f.path, Number(text));
    } else write(config, f.path, text);
  }
  const schemes = (config.schemes ??= {}) as Record<string, Record<string, unknown>>;
  for (const id of municipalSchemeIds) {
    if (form.status[id] === 'vraag-na') {
      schemes[id] = { status: 'vraag-na' };
      continue;
    }
    // Keep the check record of every figure nobody changed; a changed figure gets a new one.
    const kept = Object.fromEntries(
      Object.entries(form.notes[id] ?? {}).filter(
        ([f]) => !form.confirmed.includes(`schemes.${id}.${f}`),
      ),
    );
    if (Object.keys(kept).length > 0) schemes[id]!.verified = kept;
  }
  config.funds = Object.fromEntries(fundSchemeIds.map((id) => [id, form.funds.includes(id)]));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const confirmed = form.confirmed.filter((p) => {
    const id = schemeOf(p);
    return id !== null && form.status[id] === 'ingesteld';
  });
  return { ok: true, config: config as unknown as GemeenteConfig, confirmed };
}

export type Change = { path: string; before: unknown; after: unknown };

function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      for (const [p, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
    }
  } else if (prefix) out.set(prefix, obj);
  return out;
}

/** What changed between two saved versions, field by field (a first version has no changes). */
export function diffConfigs(before: unknown, after: unknown): Change[] {
  const a = leaves(before);
  const b = leaves(after);
  // Check records change with every confirmation; the history shows the figures themselves.
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => !p.includes('.verified.'));
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((p) => ({ path: p, before: a.get(p), after: b.get(p) }));
}

/** A value from the configuration as the form shows it. */
export function displayValue(
  path: string,
  value: unknown,
  words: { yes: string; no: string },
): string {
  if (value === undefined || value === null || value === '') return '—';
  const spec = allFields.find((f) => f.path === path);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    if (spec?.kind === 'percent') return `${numberText(value)}%`;
    if (spec?.kind === 'euro' || spec?.kind === 'assetLimit') return formatEuro(value);
    return numberText(value);
  }
  return String(value);
}
