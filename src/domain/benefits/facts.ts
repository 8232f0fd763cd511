import { ageOn } from './dates';
import type { Adult, Household } from './household';
import type { ParameterSnapshot } from './parameters';

// Facts derived once from the household on the peildatum, shared by all schemes.

export interface HouseholdFacts {
  peildatum: string;
  applicantAge: number;
  partnerAge: number | null;
  hasPartner: boolean;
  aowAge: number;
  applicantHasAowAge: boolean;
  partnerHasAowAge: boolean;
  childAges: number[];
  otherAdultAges: number[];
  /** Applicant, partner, children and other adults. */
  persons: number;
  /** Gezamenlijk toetsingsinkomen per year (applicant and partner), eurocent. */
  toetsingsinkomenCents: number;
  /** Net income per month of applicant and partner, eurocent. */
  netIncomeMonthCents: number;
  /** Net income per month of everyone in the home, eurocent. */
  netIncomeAllMonthCents: number;
  /** Other adults that count as kostendeler for bijstand. */
  kostendelers: number;
}

export function yearlyIncome(a: Adult): number {
  return a.grossYearlyIncomeCents ?? a.grossMonthlyIncomeCents * 12;
}

export function deriveFacts(
  h: Household,
  peildatum: string,
  snap: ParameterSnapshot,
): HouseholdFacts {
  const aow = snap.find('algemeen.aow-leeftijd');
  // Without a value for the peildatum nobody counts as AOW-aged; schemes that need the age then
  // ask the parameter themselves and report 'niet-berekend'.
  const aowAge =
    aow && typeof aow.value.value === 'number' ? aow.value.value : Number.POSITIVE_INFINITY;
  const kd = snap.find('bijstand.kostendeler-minimumleeftijd');
  const kostendelerAge =
    kd && typeof kd.value.value === 'number' ? kd.value.value : Number.POSITIVE_INFINITY;
  const applicantAge = ageOn(h.applicant.birthDate, peildatum);
  const partnerAge = h.partner ? ageOn(h.partner.birthDate, peildatum) : null;
  const otherAdultAges = h.otherAdults.map((o) => ageOn(o.birthDate, peildatum));
  let kostendelers = 0;
  h.otherAdults.forEach((o, i) => {
    const age = otherAdultAges[i] ?? 0;
    const counts =
      o.countsAsKostendeler ??
      (age >= kostendelerAge && o.relation !== 'huurder' && o.relation !== 'student');
    if (counts) kostendelers += 1;
  });
  let netAll = h.applicant.netMonthlyIncomeCents + (h.partner?.netMonthlyIncomeCents ?? 0);
  const net = netAll;
  for (const o of h.otherAdults) netAll += o.netMonthlyIncomeCents;
  return {
    peildatum,
    applicantAge,
    partnerAge,
    hasPartner: h.partner !== null,
    aowAge,
    applicantHasAowAge: applicantAge >= aowAge,
    partnerHasAowAge: partnerAge !== null && partnerAge >= aowAge,
    childAges: h.children.map((c) => ageOn(c.birthDate, peildatum)),
    otherAdultAges,
    persons: 1 + (h.partner ? 1 : 0) + h.children.length + h.otherAdults.length,
    toetsingsinkomenCents: yearlyIncome(h.applicant) + (h.partner ? yearlyIncome(h.partner) : 0),
    netIncomeMonthCents: net,
    netIncomeAllMonthCents: netAll,
    kostendelers,
  };
}
