import { z } from 'zod';
import { isIsoDate } from './dates';
import { issueMessage, refinement } from '../issue-message';
import { message, type MessageValues } from '../message';
import { pathToField } from './messages';
import { schemeIds } from './types';
import type { FieldIssue } from './types';

// The household as the engine sees it. Anonymous: no names, no BSN. Money is integer eurocent
// per month; dates are ISO strings. Validation messages name the field, in Dutch and English.

const dateSchema = z
  .string()
  .refine(isIsoDate, refinement('validation.format.date'))
  .meta({ format: 'date' });

const cents = z.int().min(0);

export const incomeKinds = [
  'geen',
  'loon',
  'uitkering',
  'bijstand',
  'aow',
  'pensioen',
  'studiefinanciering',
  'overig',
] as const;
export type IncomeKind = (typeof incomeKinds)[number];

export const adultSchema = z.strictObject({
  birthDate: dateSchema,
  /** Gross income per month in eurocent, including the monthly share of holiday pay. */
  grossMonthlyIncomeCents: cents.default(0),
  /** Net income per month in eurocent. */
  netMonthlyIncomeCents: cents.default(0),
  /** Toetsingsinkomen per year when known (for example from the Belastingdienst); else 12 x gross. */
  grossYearlyIncomeCents: cents.optional(),
  incomeKind: z.enum(incomeKinds).default('geen'),
  /** Has a Dutch health insurance (needed for zorgtoeslag). */
  healthInsuredInNL: z.boolean().default(true),
  /** Works, studies or follows a route to work (needed for kinderopvangtoeslag). */
  worksOrStudies: z.boolean().default(false),
});

export const otherAdultRelations = [
  'kind',
  'ouder',
  'familie',
  'huurder',
  'student',
  'overig',
] as const;

export const otherAdultSchema = adultSchema.extend({
  relation: z.enum(otherAdultRelations).default('overig'),
  /** Override of the kostendeler rule when the professional knows better. */
  countsAsKostendeler: z.boolean().optional(),
});

export const childcareTypes = ['dagopvang', 'bso', 'gastouder'] as const;

export const childSchema = z.strictObject({
  birthDate: dateSchema,
  childcare: z
    .strictObject({
      type: z.enum(childcareTypes),
      hoursPerMonth: z.int().min(0).max(744),
      hourlyRateCents: cents.max(100_00),
    })
    .optional(),
});

export const homeTypes = ['huur', 'koop', 'geen'] as const;

export const homeSchema = z.strictObject({
  type: z.enum(homeTypes),
  /** Kale huur per month (rent without service costs). */
  rentMonthlyCents: cents.optional(),
  serviceCostsMonthlyCents: cents.optional(),
  /** Self-contained home (zelfstandige woonruimte). */
  independent: z.boolean().default(true),
  /** Value of the owned home minus the mortgage (overwaarde). */
  homeEquityCents: cents.optional(),
});

export const householdSchema = z.strictObject({
  /** CBS gemeentecode, for example GM0363. */
  gemeente: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => /^GM\d{4}$/.test(v), refinement('validation.gemeente.codeForm')),
  applicant: adultSchema,
  partner: adultSchema.nullable().default(null),
  /** Children younger than 18 who live at home. */
  children: z.array(childSchema).max(20).default([]),
  /** Other people of 18 or older who live in the home (adult children, parents, lodgers). */
  otherAdults: z.array(otherAdultSchema).max(20).default([]),
  home: homeSchema,
  /** Assets (savings, investments) of applicant and partner together, in eurocent. */
  assetsCents: cents.default(0),
  /** Fixed costs per month (rent, energy, insurance…) for the voedselbank check. */
  fixedCostsMonthlyCents: cents.optional(),
  /** How many months the household has had a low income (for individuele inkomenstoeslag). */
  lowIncomeSinceMonths: z.int().min(0).max(1200).optional(),
  /** Schemes the household already receives; they are marked, not suggested again. */
  alreadyReceives: z.array(z.enum(schemeIds)).default([]),
});

export type HouseholdInput = z.input<typeof householdSchema>;
export type Household = z.output<typeof householdSchema>;
export type Adult = z.output<typeof adultSchema>;
export type OtherAdult = z.output<typeof otherAdultSchema>;
export type Child = z.output<typeof childSchema>;

export interface ValidateOptions {
  /** Codes of gemeenten the caller knows (has a configuration for). Unknown codes are an error. */
  knownGemeenten?: Iterable<string> | undefined;
}

export type HouseholdValidation =
  { ok: true; household: Household } | { ok: false; issues: FieldIssue[] };

/** Validate raw input (from a form, the API or a CSV row). Nothing half-loaded: all issues or a household. */
export function validateHousehold(
  input: unknown,
  peildatum: string,
  options: ValidateOptions = {},
): HouseholdValidation {
  const parsed = householdSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      // An unknown key is an error of that key (as at every other API boundary), so it names it.
      issues: parsed.error.issues.flatMap((i) =>
        i.code === 'unrecognized_keys'
          ? i.keys.map((key) => ({
              field: pathToField([...i.path, key]),
              message: message('validation.unknownField'),
            }))
          : [{ field: pathToField(i.path), message: issueMessage(i) }],
      ),
    };
  }
  const h = parsed.data;
  const issues: FieldIssue[] = [];
  const peil = peildatum;

  future(issues, peil, 'applicant.birthDate', h.applicant.birthDate);
  netAboveGross(issues, 'applicant', h.applicant);
  if (h.partner) {
    future(issues, peil, 'partner.birthDate', h.partner.birthDate);
    netAboveGross(issues, 'partner', h.partner);
  }
  h.children.forEach((c, i) => {
    future(issues, peil, `children.${i}.birthDate`, c.birthDate);
    if (c.birthDate <= peildatum && isAdultOn(c.birthDate, peildatum))
      add(issues, `children.${i}.birthDate`, 'childIsAdult');
  });
  h.otherAdults.forEach((o, i) => {
    future(issues, peil, `otherAdults.${i}.birthDate`, o.birthDate);
    netAboveGross(issues, `otherAdults.${i}`, o);
  });

  if (h.home.type === 'huur' && !h.home.rentMonthlyCents)
    add(issues, 'home.rentMonthlyCents', 'rentMissing');
  if (h.home.type !== 'huur' && (h.home.rentMonthlyCents || h.home.serviceCostsMonthlyCents))
    add(issues, 'home.rentMonthlyCents', 'rentButNotRented');
  if (h.home.type !== 'koop' && h.home.homeEquityCents)
    add(issues, 'home.homeEquityCents', 'equityButNotOwned');

  if (options.knownGemeenten) {
    const known =
      options.knownGemeenten instanceof Set
        ? options.knownGemeenten
        : new Set(options.knownGemeenten);
    if (!known.has(h.gemeente))
      add(issues, 'gemeente', 'unknownGemeente', { gemeente: h.gemeente });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, household: h };
}

/** A problem with a field, worded by the catalogue under `benefits.household`. */
function add(issues: FieldIssue[], field: string, key: string, values?: MessageValues): void {
  issues.push({ field, message: message(`benefits.household.${key}`, values) });
}

function future(issues: FieldIssue[], peildatum: string, field: string, date: string): void {
  if (date > peildatum) add(issues, field, 'bornAfterPeildatum', { date, peildatum });
}

function netAboveGross(issues: FieldIssue[], field: string, a: Adult): void {
  if (a.netMonthlyIncomeCents > a.grossMonthlyIncomeCents)
    add(issues, `${field}.netMonthlyIncomeCents`, 'netAboveGross');
}

function isAdultOn(birthDate: string, date: string): boolean {
  const y = Number(birthDate.slice(0, 4)) + 18;
  return `${y}${birthDate.slice(4)}` <= date;
}

/** Thrown by the engine's checked entry points when input is invalid. */
export class HouseholdValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message.key}`).join('; '));
    this.name = 'HouseholdValidationError';
  }
}
