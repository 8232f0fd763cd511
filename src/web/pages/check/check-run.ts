import {
  calculateAll,
  defaultRules,
  fundSchemeIds,
  municipalSchemeIds,
  nationalSchemeIds,
  validateHousehold,
  whatIf,
  withGemeenten,
  type CalculationResult,
  type GemeenteConfig,
  type HouseholdInput,
  type SchemeId,
  type SchemeResult,
  type WhatIfResult,
} from '../../../domain/benefits';
import { UNLISTED_CODE } from './check-form';

// Runs the rules engine in the browser. Nothing leaves the page: the only input from the server
// is the gemeente's public configuration, fetched by its code alone.

/** 'Wat als mijn inkomen € 200 per maand stijgt?' */
export const WHAT_IF_RAISE_CENTS = 200_00;

const rules = defaultRules();

/**
 * Stands in for a gemeente whose schemes are not set up: every municipal scheme is off and no
 * fund is marked active or inactive. Its municipal results are never shown; see `runCheck`.
 */
function unlistedGemeente(): GemeenteConfig {
  const off = {
    enabled: false,
    income_limit_pct: 0,
    asset_limit: 0,
    how_to_apply: 'Vraag het na bij uw gemeente.',
  };
  return {
    code: UNLISTED_CODE,
    name: 'uw gemeente',
    example: false,
    valid_from: '2000-01-01',
    social_minimum_basis: 'incl-vakantiegeld',
    apply_kostendelersnorm: false,
    schemes: {
      'bijzondere-bijstand': off,
      'individuele-inkomenstoeslag': {
        ...off,
        reference_period_months: 36,
        amounts_per_year: {
          alleenstaande: 0,
          alleenstaande_ouder: 0,
          gehuwden_zonder_kinderen: 0,
          gehuwden_met_kinderen: 0,
        },
      },
      kwijtschelding: { ...off, cost_norm_pct: 100, assessment_per_year: 0 },
      meedoenregeling: {
        ...off,
        amount_per_adult_per_year: 0,
        amount_per_child_per_year: 0,
        child_min_age: 0,
        child_max_age: 17,
      },
      'collectieve-zorgverzekering': { ...off, contribution_per_adult_per_month: 0 },
    },
    // No fund is marked active or inactive: the results say to check whether it works here.
    funds: {},
  };
}

export type CheckOutcome = {
  result: CalculationResult;
  whatIf: WhatIfResult;
  /** False when the gemeente has no configuration: its schemes were not checked. */
  municipalChecked: boolean;
};

/** Computes everything for a household the page has already checked. */
export function runCheck(
  input: HouseholdInput,
  peildatum: string,
  gemeente: GemeenteConfig | null,
): CheckOutcome {
  const config = gemeente ?? unlistedGemeente();
  const withConfig = withGemeenten(rules, [config]);
  const v = validateHousehold({ ...input, gemeente: config.code }, peildatum, {
    knownGemeenten: [config.code],
  });
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.field}: ${i.message.en}`).join('; '));
  const options = gemeente ? {} : { schemes: [...nationalSchemeIds, ...fundSchemeIds] };
  const result = calculateAll(v.household, peildatum, withConfig, options);
  const raise = whatIf(
    v.household,
    { kind: 'income', person: 'applicant', grossMonthlyDeltaCents: WHAT_IF_RAISE_CENTS },
    peildatum,
    withConfig,
    { ...options, trace: false },
  );
  return { result, whatIf: raise, municipalChecked: gemeente !== null };
}

export type ResultGroups = {
  /** The rules say yes and the household does not receive it yet. */
  likely: SchemeResult[];
  /** May fit; the gemeente or fund decides. */
  maybe: SchemeResult[];
  /** The household said it already receives these. */
  already: SchemeResult[];
  /** A condition is not met. */
  unlikely: SchemeResult[];
  /** The engine could not compute these (for example no figures for the date yet). */
  notComputed: SchemeResult[];
};

export function groupResults(result: CalculationResult): ResultGroups {
  const groups: ResultGroups = {
    likely: [],
    maybe: [],
    already: [],
    unlikely: [],
    notComputed: [],
  };
  for (const s of result.schemes) {
    if (s.status === 'niet-berekend') groups.notComputed.push(s);
    else if (s.alreadyReceives) groups.already.push(s);
    else if (s.status === 'recht') groups.likely.push(s);
    else if (s.status === 'mogelijk') groups.maybe.push(s);
    else groups.unlikely.push(s);
  }
  return groups;
}

/** Municipal schemes that were not checked because the gemeente has no configuration. */
export function uncheckedMunicipal(outcome: CheckOutcome): SchemeId[] {
  return outcome.municipalChecked ? [] : [...municipalSchemeIds];
}

/** Schemes whose amount changes when the income rises, largest loss first. */
export function whatIfChanges(w: WhatIfResult) {
  return w.schemes
    .filter((s) => s.deltaPerMonthCents !== 0 || s.beforeStatus !== s.afterStatus)
    .sort((a, b) => a.deltaPerMonthCents - b.deltaPerMonthCents);
}

/** Euro amount for people: '€ 129' for whole euros, '€ 12,50' otherwise. */
export function euro(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = abs % 100;
  return `€ ${negative ? '-' : ''}${euros}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}
