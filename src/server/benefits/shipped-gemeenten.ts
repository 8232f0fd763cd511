import { defaultRules, hasKnownSchemes } from '../../domain/benefits';

/** The rules compiled from rules/: parameters, funds and the gemeenten researched so far. */
export const baseRules = defaultRules();
/**
 * Only real gemeenten are ever served or used for a household: the example in rules/gemeenten
 * (GM9999) is for tests and documentation, never shown as a gemeente's rules.
 */
export const shippedGemeenten = Object.values(baseRules.municipal.configs).filter(
  (g) => !g.example,
);
export const shippedByCode = new Map(shippedGemeenten.map((g) => [g.code, g]));
/** The shipped research as a start for the beheer page, when it knows at least one scheme. */
export const shippedStart = (code: string) => {
  const shipped = shippedByCode.get(code);
  return shipped && hasKnownSchemes(shipped) ? shipped : null;
};
