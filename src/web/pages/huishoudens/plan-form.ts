import type { Plan } from '../../../contract/households';

// Editing a household's plan: adding a referral or actions without doubles, the checks the page
// does before saving, and the body it sends. Field names are the API's paths
// ('goals.0.steps.1.who'), so the server's messages land on the same fields.

export type Goal = Plan['goals'][number];
export type Step = Goal['steps'][number];
export type Referral = Plan['referrals'][number];
export type Action = Plan['actions'][number];

/** A short unique id for a new goal, step, referral or action. */
export function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID().slice(0, 13)
      : Math.random().toString(36).slice(2, 15);
  return `${prefix}-${random}`;
}

export const emptyPlan = (): Plan => ({ goals: [], referrals: [], actions: [], reviewDate: null });

/** Statuses in which a referral is still going on. */
const OPEN = new Set<Referral['status']>(['voorgesteld', 'aangemeld', 'gestart']);

/**
 * Adds a referral 'voorgesteld' for an intervention, unless the plan already has one for it that
 * is still going on.
 */
export function addReferral(
  plan: Plan,
  interventionId: string,
  offerId: string | null,
  id = newId('r'),
): { plan: Plan; added: boolean } {
  if (plan.referrals.some((r) => r.interventionId === interventionId && OPEN.has(r.status)))
    return { plan, added: false };
  return {
    plan: {
      ...plan,
      referrals: [
        ...plan.referrals,
        { id, interventionId, offerId, status: 'voorgesteld', stopReason: null, note: null },
      ],
    },
    added: true,
  };
}

/** True when the plan has a referral for this intervention that is still going on. */
export const hasOpenReferral = (plan: Plan, interventionId: string) =>
  plan.referrals.some((r) => r.interventionId === interventionId && OPEN.has(r.status));

/** Adds actions from the voorzieningencheck; a scheme that is already in the plan is skipped. */
export function addActions(
  plan: Plan,
  items: readonly { schemeId: string; text: string }[],
  makeId: () => string = () => newId('a'),
): { plan: Plan; added: string[] } {
  const present = new Set(plan.actions.map((a) => a.schemeId).filter(Boolean));
  const added: string[] = [];
  const actions = [...plan.actions];
  for (const item of items) {
    if (present.has(item.schemeId)) continue;
    present.add(item.schemeId);
    added.push(item.schemeId);
    actions.push({ id: makeId(), schemeId: item.schemeId, text: item.text, done: false });
  }
  return { plan: { ...plan, actions }, added };
}

/** Field → i18n key: what the page checks before it sends the plan. */
export function planProblems(plan: Plan): Record<string, string> {
  const problems: Record<string, string> = {};
  plan.goals.forEach((g, i) => {
    if (!g.text.trim()) problems[`goals.${i}.text`] = 'huishoudens.plan.errors.goalText';
    g.steps.forEach((s, j) => {
      if (!s.text.trim())
        problems[`goals.${i}.steps.${j}.text`] = 'huishoudens.plan.errors.stepText';
      if (!s.who.trim()) problems[`goals.${i}.steps.${j}.who`] = 'huishoudens.plan.errors.stepWho';
    });
  });
  plan.referrals.forEach((r, i) => {
    if (r.status === 'gestopt' && !(r.stopReason ?? '').trim())
      problems[`referrals.${i}.stopReason`] = 'huishoudens.plan.errors.stopReason';
  });
  plan.actions.forEach((a, i) => {
    if (!a.text.trim()) problems[`actions.${i}.text`] = 'huishoudens.plan.errors.actionText';
  });
  return problems;
}

const orNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** The body of PUT /plan: trimmed texts, empty dates and notes as null, a stop reason only when stopped. */
export function planBody(plan: Plan, version: number): Plan & { version: number } {
  return {
    version,
    goals: plan.goals.map((g) => ({
      ...g,
      text: g.text.trim(),
      steps: g.steps.map((s) => ({
        ...s,
        text: s.text.trim(),
        who: s.who.trim(),
        when: orNull(s.when),
      })),
    })),
    referrals: plan.referrals.map((r) => ({
      ...r,
      stopReason: r.status === 'gestopt' ? orNull(r.stopReason) : null,
      note: orNull(r.note),
    })),
    actions: plan.actions.map((a) => ({ ...a, text: a.text.trim() })),
    reviewDate: orNull(plan.reviewDate),
  };
}
