import { message } from '../message';
import type { FieldIssue, MunicipalSchemeId } from './types';
import { municipalSchemeIds } from './types';
import { isConfigured } from './municipal-config';
import type { GemeenteConfig, MunicipalSchemes, SchemeEntry } from './municipal-config';

// What makes a gemeente's schemes fit to show to residents (issue 10): every scheme names its
// source (regulation title and https link), and every figure was entered or checked by a person.
// Pure functions: the save route refuses what `schemeProblems` reports, and `forResidents` turns
// any scheme that still has a problem into 'vraag het na bij uw gemeente'.

const baseValues = ['income_limit_pct', 'asset_limit'] as const;

/** The fields of each scheme that hold a figure a resident's outcome depends on. */
export const valueFields: Record<MunicipalSchemeId, readonly string[]> = {
  'bijzondere-bijstand': baseValues,
  'individuele-inkomenstoeslag': [
    ...baseValues,
    'reference_period_months',
    'amounts_per_year.alleenstaande',
    'amounts_per_year.alleenstaande_ouder',
    'amounts_per_year.gehuwden_zonder_kinderen',
    'amounts_per_year.gehuwden_met_kinderen',
  ],
  kwijtschelding: [...baseValues, 'cost_norm_pct', 'assessment_per_year'],
  meedoenregeling: [
    ...baseValues,
    'amount_per_adult_per_year',
    'amount_per_child_per_year',
    'child_min_age',
    'child_max_age',
  ],
  'collectieve-zorgverzekering': [...baseValues, 'contribution_per_adult_per_month'],
};

function entryOf(config: GemeenteConfig, id: MunicipalSchemeId): SchemeEntry {
  return config.schemes[id] as SchemeEntry;
}

/**
 * Why a real gemeente's schemes may not be shown yet, one issue per field: a configured scheme
 * without source title or https link, or a figure nobody entered or checked. Example data and
 * schemes set to 'vraag-na' have none.
 */
export function schemeProblems(config: GemeenteConfig): FieldIssue[] {
  if (config.example) return [];
  return municipalSchemeIds.flatMap((id) => problemsOf(id, entryOf(config, id)));
}

function problemsOf(id: MunicipalSchemeId, entry: SchemeEntry): FieldIssue[] {
  if (!isConfigured(entry)) return [];
  const scheme = message(`benefits.schemeName.${id}`);
  const at = `schemes.${id}`;
  const issues: FieldIssue[] = [];
  if (!entry.source?.title)
    issues.push({
      field: `${at}.source.title`,
      message: message('benefits.schemeCheck.missingSourceTitle', { scheme }),
    });
  if (!entry.source?.url)
    issues.push({
      field: `${at}.source.url`,
      message: message('benefits.schemeCheck.missingSourceUrl', { scheme }),
    });
  if (!entry.enabled) return issues;
  for (const field of valueFields[id]) {
    const note = entry.verified?.[field];
    if (note?.status === 'verified') continue;
    issues.push({
      field: `${at}.${field}`,
      message: message('benefits.schemeCheck.unverifiedValue', { scheme }),
    });
  }
  return issues;
}

/**
 * Marks the figures a person entered or checked on the beheer page as verified against the
 * scheme's source. `paths` are like 'schemes.kwijtschelding.cost_norm_pct'.
 */
export function confirmValues(
  config: GemeenteConfig,
  paths: readonly string[],
  by: string,
  today: string,
): GemeenteConfig {
  const schemes = { ...config.schemes } as Record<string, SchemeEntry>;
  for (const id of municipalSchemeIds) {
    const entry = schemes[id]!;
    if (!isConfigured(entry) || !entry.source) continue;
    const prefix = `schemes.${id}.`;
    const fields = paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
    const known = fields.filter((f) => valueFields[id].includes(f));
    if (known.length === 0) continue;
    const note = {
      status: 'verified' as const,
      source: entry.source.title,
      url: entry.source.url,
      read_on: today,
      by,
    };
    const verified = { ...entry.verified, ...Object.fromEntries(known.map((f) => [f, note])) };
    schemes[id] = { ...entry, verified };
  }
  return { ...config, schemes: schemes as MunicipalSchemes };
}

/**
 * The configuration as residents may see it: a real gemeente's scheme that still lacks its source
 * or a checked figure becomes 'vraag-na'. Stored rows from before these checks fall back safely.
 */
export function forResidents(config: GemeenteConfig): GemeenteConfig {
  if (config.example) return config;
  const schemes = { ...config.schemes } as Record<string, SchemeEntry>;
  for (const id of municipalSchemeIds)
    if (problemsOf(id, schemes[id]!).length > 0) schemes[id] = { status: 'vraag-na' };
  return { ...config, schemes: schemes as MunicipalSchemes };
}

/** A gemeente nobody has set up yet: national schemes are computed, municipal ones say 'ask'. */
export function unconfiguredGemeente(code: string, name: string): GemeenteConfig {
  const ask = { status: 'vraag-na' as const };
  return {
    code,
    name,
    example: false,
    valid_from: '2000-01-01',
    social_minimum_basis: 'incl-vakantiegeld',
    apply_kostendelersnorm: false,
    schemes: {
      'bijzondere-bijstand': ask,
      'individuele-inkomenstoeslag': ask,
      kwijtschelding: ask,
      meedoenregeling: ask,
      'collectieve-zorgverzekering': ask,
    },
    // No fund is marked active or inactive: the results say to check whether it works here.
    funds: {},
  };
}

/** True when at least one municipal scheme's rules are known. */
export function hasKnownSchemes(config: GemeenteConfig): boolean {
  return municipalSchemeIds.some((id) => isConfigured(entryOf(config, id)));
}
