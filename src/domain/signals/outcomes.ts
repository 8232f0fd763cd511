/** How outreach on a case ended (fixed categories, matching the municipal monitor). */
export const OUTCOMES = [
  'opgelost',
  'betalingsregeling',
  'doorverwezen',
  'wil_geen_hulp',
  'niet_bereikt',
  'lost_zelf_op',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes where the person accepted help (quick fix, arrangement or referral). */
export const HELP_OUTCOMES: readonly Outcome[] = ['opgelost', 'betalingsregeling', 'doorverwezen'];

export function ledToHelp(outcome: Outcome | null): boolean {
  return outcome !== null && HELP_OUTCOMES.includes(outcome);
}

export const CONTACT_KINDS = ['brief', 'telefoon', 'huisbezoek'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
