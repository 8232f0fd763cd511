// Public API of the Voorzieningencheck rules engine. Pure and browser-safe: no Node APIs, no clock.
//
//   const rules = defaultRules();
//   const v = validateHousehold(input, peildatum, { knownGemeenten: knownGemeenteCodes(rules) });
//   if (v.ok) { const r = calculateAll(v.household, peildatum, rules); whyNot(r.schemes[0]); }

import { funds, gemeenten, parameters, register } from './generated/rules.generated';
import type { Rules } from './engine';
import type { GemeenteConfig } from './municipal-config';

export {
  calculateAll,
  whyNot,
  whatIf,
  applyChange,
  gemeenteFor,
  UnknownGemeenteError,
} from './engine';
export type {
  Rules,
  CalculateOptions,
  HouseholdChange,
  WhatIfResult,
  SchemeDelta,
  WhyNotReason,
} from './engine';
export {
  validateHousehold,
  householdSchema,
  HouseholdValidationError,
  incomeKinds,
  homeTypes,
  childcareTypes,
  otherAdultRelations,
} from './household';
export type {
  Household,
  HouseholdInput,
  Adult,
  Child,
  OtherAdult,
  ValidateOptions,
  HouseholdValidation,
} from './household';
export {
  gemeenteConfigSchema,
  fundSchema,
  schemeSourceSchema,
  isConfigured,
  configuredScheme,
} from './municipal-config';
export type {
  GemeenteConfig,
  FundConfig,
  MunicipalContext,
  SchemeEntry,
  ConfiguredEntry,
} from './municipal-config';
export { findGemeenten, searchKey, gemeenteRegisterSchema } from './register';
export type { GemeenteRegister, RegisteredGemeente } from './register';
export {
  schemeProblems,
  confirmValues,
  forResidents,
  unconfiguredGemeente,
  hasKnownSchemes,
  valueFields,
} from './municipal-checks';
export { snapshotFor, MissingParameterError, parameterFileSchema } from './parameters';
export type { ParameterSet, ParameterDefinition, ParameterValue } from './parameters';
export { staleParameters, unverifiedValues, staleValueOn } from './staleness';
export type { StaleParameter, UnverifiedValue } from './staleness';
export { formatEuro, parseEuroToCents } from './money';
export type { Formula, FormulaPart } from './formula';
export * from './types';

/** The rules compiled from rules/ (parameters, example gemeente, funds). */
export function defaultRules(options: { fallbackToExample?: boolean } = {}): Rules {
  const configs: Record<string, GemeenteConfig> = Object.fromEntries(
    gemeenten.map((g) => [g.code, g]),
  );
  const example = gemeenten.find((g) => g.example);
  return {
    parameters,
    municipal: { configs, fallback: options.fallbackToExample ? example : undefined },
    funds,
  };
}

/** Codes of the gemeenten that have a configuration in these rules. */
export function knownGemeenteCodes(rules: Rules): string[] {
  return Object.keys(rules.municipal.configs);
}

/** Build rules with other gemeente configurations (for example from the database or a file). */
export function withGemeenten(
  rules: Rules,
  configs: GemeenteConfig[],
  fallback?: GemeenteConfig,
): Rules {
  return {
    ...rules,
    municipal: { configs: Object.fromEntries(configs.map((g) => [g.code, g])), fallback },
  };
}

/** The register of gemeenten of the Netherlands (CBS code and name), with its source. */
export function gemeenteRegister() {
  return register;
}

/** The name of a registered gemeente, or null when the code is not in the register. */
export function registeredName(code: string): string | null {
  return register.gemeenten.find((g) => g.code === code)?.name ?? null;
}
