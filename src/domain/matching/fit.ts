// What a catalogue item says about whom it is for, beyond its target groups: the data behind the
// hard "does this household fit" rules of the matching (ADR 0302). Shared by the content schema,
// the household contract and the matching itself, so the ids are defined once.

/** Who an item helps directly. Only `huishouden` items are ever suggested to a household. */
export const AUDIENCES = ['huishouden', 'professional', 'organisatie'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * How urgent the help is when it fits: `basis` is core help for what is most pressing (debts,
 * income); `aanvulling` is welcome but can wait (discount passes, funds for activities).
 */
export const PRIORITIES = ['basis', 'gewoon', 'aanvulling'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** What an adult in the household does, if the worker noted it. */
export const WORK_STATUSES = ['werkt', 'school', 'geen-werk-of-school', 'pensioen'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/**
 * Kinds of household, derived from the household record. `alleenstaand` needs the record to say
 * the person lives alone (one adult without children may still live with others).
 */
export const HOUSEHOLD_TYPES = [
  'alleenstaand',
  'eenoudergezin',
  'met-kinderen',
  'zonder-kinderen',
] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export interface AgeSpan {
  min: number;
  max: number;
}

/** Conditions that must all hold before an item is suggested (each list: one of its entries). */
export interface FitRequirements {
  /** One of these life events, recent or of unknown year. */
  lifeEvents?: readonly string[];
  /** Every entry must fit; an entry that is a list fits when one of its groups does. */
  targetGroups?: readonly (string | readonly string[])[];
  /** Someone in the household of this age. */
  age?: AgeSpan;
  /** A child of this age (an expected child counts as 0). */
  childAge?: AgeSpan;
  householdTypes?: readonly HouseholdType[];
  /** An adult with one of these statuses (of `age`, when that is given too). */
  workStatus?: readonly WorkStatus[];
}

/** A place an item belongs to: elsewhere it is a practice example, not an offer. */
export interface Place {
  /** CBS gemeentecode, GM + four digits. */
  code: string;
  name: string;
}

/** The matching block of a catalogue item (content: `matching:`). All optional. */
export interface ItemFit {
  audience?: Audience;
  priority?: Priority;
  /** Kapitaalscan aspect ids the item helps with ('economisch.schulden', 'kind.meedoen'). */
  aspects?: readonly string[];
  requires?: FitRequirements;
  places?: readonly Place[];
}

/** The household type(s) a household record gives. */
export function householdTypes(input: {
  adults: number;
  children: number;
  livesAlone?: boolean | undefined;
}): HouseholdType[] {
  const out: HouseholdType[] = [];
  if (input.children > 0) {
    out.push('met-kinderen');
    if (input.adults === 1) out.push('eenoudergezin');
  } else {
    out.push('zonder-kinderen');
    if (input.adults === 1 && input.livesAlone === true) out.push('alleenstaand');
  }
  return out;
}
