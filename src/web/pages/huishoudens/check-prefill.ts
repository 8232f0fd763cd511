import type { HouseholdData, Plan } from '../../../contract/households';
import type { SchemeId, SchemeResult } from '../../../domain/benefits';
import { emptyAnswers, type CheckAnswers } from '../check/check-form';

// The professional voorzieningencheck starts from what the household record already knows: ages
// from the birth years, the children, the gemeente. The worker adds incomes, rent and savings.

/** Children of this age or older count as other adults in the check (the engine's rule). */
const ADULT_AGE = 18;

function ageIn(peildatum: string, birthYear: number): number {
  return Number(peildatum.slice(0, 4)) - birthYear;
}

/**
 * Answers prefilled from the household. An adult without a birth year gets an empty age (the
 * worker fills it in); a child's birth month is not in the record, so it is left to choose.
 * A gemeente without schemes set up still counts: its municipal schemes say what to ask.
 */
export function prefillCheck(data: HouseholdData, peildatum: string): CheckAnswers {
  const answers = emptyAnswers();
  const age = (birthYear: number | undefined) =>
    birthYear === undefined ? '' : String(Math.max(0, ageIn(peildatum, birthYear)));
  const [first, second, ...others] = data.adults;
  answers.gemeente = data.gemeente.code;
  answers.applicant = { ...answers.applicant, age: age(first?.birthYear) };
  answers.hasPartner = second ? 'ja' : 'nee';
  if (second) answers.partner = { ...answers.partner, age: age(second.birthYear) };
  answers.otherAdults = others.map((o) => ({ age: age(o.birthYear), relation: 'overig' }));
  for (const child of data.children) {
    if (ageIn(peildatum, child.birthYear) >= ADULT_AGE)
      answers.otherAdults.push({ age: age(child.birthYear), relation: 'kind' });
    else
      answers.children.push({
        year: String(child.birthYear),
        month: '',
        childcare: '',
        hours: '',
        rate: '',
      });
  }
  return answers;
}

export type PlanCandidate = {
  scheme: SchemeId;
  name: string;
  likely: boolean;
  /** The plan already has an action for this scheme. */
  inPlan: boolean;
};

/**
 * What can go into the plan as an action: schemes that likely or maybe fit and that the household
 * does not receive yet. Likely ones first, in the engine's order.
 */
export function planCandidates(schemes: readonly SchemeResult[], plan: Plan): PlanCandidate[] {
  const inPlan = new Set(plan.actions.map((a) => a.schemeId));
  const fits = schemes.filter(
    (s) => !s.alreadyReceives && (s.status === 'recht' || s.status === 'mogelijk'),
  );
  return [
    ...fits.filter((s) => s.status === 'recht'),
    ...fits.filter((s) => s.status === 'mogelijk'),
  ].map((s) => ({
    scheme: s.scheme,
    name: s.name,
    likely: s.status === 'recht',
    inPlan: inPlan.has(s.scheme),
  }));
}
