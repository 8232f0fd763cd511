import {
  calculateAll,
  defaultRules,
  isConfigured,
  municipalSchemeIds,
  registeredName,
  unconfiguredGemeente,
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

// Runs the rules engine in the browser. Nothing leaves the page: the only input from the server
// is the gemeente's public configuration, fetched by its code alone.

/** 'Wat als mijn inkomen € 200 per maand stijgt?' */
export const WHAT_IF_RAISE_CENTS = 200_00;

const rules = defaultRules();

export type CheckOutcome = {
  result: CalculationResult;
  whatIf: WhatIfResult;
  /** Municipal schemes whose rules we do not know for this gemeente ('vraag het na'). */
  unknownMunicipal: SchemeId[];
};

/**
 * Computes everything for a household the page has already checked. Without a configuration
 * (the gemeente has none yet) the national schemes get amounts and each municipal scheme says
 * what to ask the gemeente.
 */
export function runCheck(
  input: HouseholdInput,
  peildatum: string,
  gemeente: GemeenteConfig | null,
  /** The name for a code the register does not know, in the reader's language ('your municipality'). */
  unknownGemeenteName: string = input.gemeente,
): CheckOutcome {
  const config =
    gemeente ??
    unconfiguredGemeente(input.gemeente, registeredName(input.gemeente) ?? unknownGemeenteName);
  const withConfig = withGemeenten(rules, [config]);
  const v = validateHousehold({ ...input, gemeente: config.code }, peildatum, {
    knownGemeenten: [config.code],
  });
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.field}: ${i.message.key}`).join('; '));
  const result = calculateAll(v.household, peildatum, withConfig);
  const raise = whatIf(
    v.household,
    { kind: 'income', person: 'applicant', grossMonthlyDeltaCents: WHAT_IF_RAISE_CENTS },
    peildatum,
    withConfig,
    { trace: false },
  );
  const unknownMunicipal = municipalSchemeIds.filter((id) => !isConfigured(config.schemes[id]));
  return { result, whatIf: raise, unknownMunicipal };
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

/** Municipal schemes that were not checked because we do not know the gemeente's rules. */
export function uncheckedMunicipal(outcome: CheckOutcome): SchemeId[] {
  return outcome.unknownMunicipal;
}

/** Schemes whose amount changes when the income rises, largest loss first. */
export function whatIfChanges(w: WhatIfResult) {
  return w.schemes
    .filter((s) => s.deltaPerMonthCents !== 0 || s.beforeStatus !== s.afterStatus)
    .sort((a, b) => a.deltaPerMonthCents - b.deltaPerMonthCents);
}

/** Keeps '€' and its amount on one line (a no-break space) in engine texts. */
export function keepAmountsTogether(text: string): string {
  return text.replace(/€ (?=-?\d)/g, '€\u00a0');
}

/**
 * Euro amount for people, never broken across lines: '€ 129' and '€ 12,50' in Dutch, '€129' and
 * '€12.50' in English (whole euros without cents).
 */
export function euro(cents: number, language: 'nl' | 'en' = 'nl'): string {
  const [group, decimal, space] = language === 'nl' ? ['.', ',', '\u00a0'] : [',', '.', ''];
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const rest = abs % 100;
  return `€${space}${negative ? '-' : ''}${euros}${rest ? `${decimal}${String(rest).padStart(2, '0')}` : ''}`;
}
