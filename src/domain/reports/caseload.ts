// The state of each open household a teamleider sees, and the team dashboard counted from it.
// The same classification filters the household list, so every figure opens the list behind it.
//
// - Review: the plan's review date is when the household and worker look again (new scan, plan
//   update). Past it is overdue; within REVIEW_DUE_WITHIN_DAYS it is due.
// - Plan: none yet; running (a step or referral still open); done (every step done, every
//   referral finished or stopped).
// - Referrals waiting: proposed or registered but not yet started.
// - Consent: Wegwijs records consents without an end date. Consent should stay current, so the
//   dashboard asks for a renewal CONSENT_RENEW_AFTER_MONTHS after it was given: 'expiring' in
//   the last CONSENT_EXPIRING_WITHIN_DAYS before that, 'expired' after. Withdrawn consents do
//   not count.

export const REVIEW_DUE_WITHIN_DAYS = 14;
export const CONSENT_RENEW_AFTER_MONTHS = 12;
export const CONSENT_EXPIRING_WITHIN_DAYS = 30;

export interface CasePlan {
  reviewDate: string | null;
  goals: readonly { steps: readonly { done: boolean }[] }[];
  referrals: readonly { status: string }[];
}

export interface CaseFacts {
  householdId: string;
  professionalIds: readonly string[];
  plan: CasePlan | null;
  consents: readonly { givenAt: string; withdrawnAt: string | null }[];
}

export const CASE_FILTERS = {
  review: ['overdue', 'due'],
  plan: ['none', 'running', 'done'],
  referrals: ['waiting'],
  consent: ['expiring', 'expired'],
} as const;

export type ReviewState = 'overdue' | 'due' | 'later' | 'none';
export type PlanState = (typeof CASE_FILTERS.plan)[number];
export type ConsentState = 'expired' | 'expiring' | 'current' | 'none';

export interface CaseState {
  review: ReviewState;
  plan: PlanState;
  referralsWaiting: boolean;
  consent: ConsentState;
}

export interface CaseFilter {
  professional?: string;
  review?: (typeof CASE_FILTERS.review)[number];
  plan?: PlanState;
  referrals?: (typeof CASE_FILTERS.referrals)[number];
  consent?: (typeof CASE_FILTERS.consent)[number];
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;

/** The same day `months` later; the 31st of a short month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

function reviewState(plan: CasePlan | null, peildatum: string): ReviewState {
  if (!plan?.reviewDate) return 'none';
  const days = dayNumber(plan.reviewDate) - dayNumber(peildatum);
  if (days < 0) return 'overdue';
  return days <= REVIEW_DUE_WITHIN_DAYS ? 'due' : 'later';
}

const FINISHED_REFERRAL = new Set(['afgerond', 'gestopt']);
const WAITING_REFERRAL = new Set(['voorgesteld', 'aangemeld']);

function planState(plan: CasePlan | null): PlanState {
  if (!plan || (plan.goals.length === 0 && plan.referrals.length === 0)) return 'none';
  const openStep = plan.goals.some((g) => g.steps.some((s) => !s.done));
  const openReferral = plan.referrals.some((r) => !FINISHED_REFERRAL.has(r.status));
  return openStep || openReferral ? 'running' : 'done';
}

function consentState(consents: CaseFacts['consents'], peildatum: string): ConsentState {
  const active = consents.filter((c) => c.withdrawnAt === null);
  if (active.length === 0) return 'none';
  // The consent that needs renewing first decides.
  const renewBy = Math.min(
    ...active.map((c) => dayNumber(addMonths(c.givenAt, CONSENT_RENEW_AFTER_MONTHS))),
  );
  const days = renewBy - dayNumber(peildatum);
  if (days < 0) return 'expired';
  return days <= CONSENT_EXPIRING_WITHIN_DAYS ? 'expiring' : 'current';
}

export function caseState(facts: CaseFacts, peildatum: string): CaseState {
  return {
    review: reviewState(facts.plan, peildatum),
    plan: planState(facts.plan),
    referralsWaiting: (facts.plan?.referrals ?? []).some((r) => WAITING_REFERRAL.has(r.status)),
    consent: consentState(facts.consents, peildatum),
  };
}

/** Whether a household belongs in the list behind a dashboard figure. */
export function matchesCaseFilter(facts: CaseFacts, filter: CaseFilter, peildatum: string) {
  const state = caseState(facts, peildatum);
  return (
    (!filter.professional || facts.professionalIds.includes(filter.professional)) &&
    (!filter.review || state.review === filter.review) &&
    (!filter.plan || state.plan === filter.plan) &&
    (!filter.referrals || state.referralsWaiting) &&
    (!filter.consent || state.consent === filter.consent)
  );
}

export interface TeamDashboardCounts {
  openHouseholds: number;
  /** Per professional id: open households they are assigned to. */
  caseload: Map<string, number>;
  review: Record<'overdue' | 'due', number>;
  plan: Record<PlanState, number>;
  referralsWaiting: number;
  consent: Record<'expiring' | 'expired', number>;
}

export function teamDashboardCounts(
  cases: readonly CaseFacts[],
  peildatum: string,
): TeamDashboardCounts {
  const counts: TeamDashboardCounts = {
    openHouseholds: cases.length,
    caseload: new Map(),
    review: { overdue: 0, due: 0 },
    plan: { none: 0, running: 0, done: 0 },
    referralsWaiting: 0,
    consent: { expiring: 0, expired: 0 },
  };
  for (const facts of cases) {
    for (const id of new Set(facts.professionalIds))
      counts.caseload.set(id, (counts.caseload.get(id) ?? 0) + 1);
    const state = caseState(facts, peildatum);
    if (state.review === 'overdue' || state.review === 'due') counts.review[state.review]++;
    counts.plan[state.plan]++;
    if (state.referralsWaiting) counts.referralsWaiting++;
    if (state.consent === 'expiring' || state.consent === 'expired')
      counts.consent[state.consent]++;
  }
  return counts;
}
