import { PLAN_MAX_ACTIONS, PLAN_MAX_REFERRALS } from '../plan-limits';

// Adding a life-event checklist to a household's plan (issue 14). Each step becomes a plan action
// (with the scheme it concerns), each helping intervention a suggested referral. Adding the same
// checklist twice adds nothing twice, and a worker's own edits to an added step are kept.
// The shapes below are the parts of the plan and the checklist this needs (the contract's Plan and
// LifeEvent fit them), so the domain stays free of the contract layer.

interface PlanAction {
  id: string;
  schemeId: string | null;
  text: string;
  done: boolean;
}
interface PlanReferral {
  id: string;
  interventionId: string;
  offerId: string | null;
  status: string;
  stopReason: string | null;
  note: string | null;
}
interface PlanParts {
  actions: PlanAction[];
  referrals: PlanReferral[];
}
interface Checklist {
  id: string;
  arrange: readonly { id: string; scheme?: string; text: { nl: string; en: string } }[];
  interventions: readonly string[];
}

export type AddToPlanResult<P> =
  | { ok: true; plan: P; added: { actions: number; referrals: number } }
  | { ok: false; reason: 'tooManyActions' | 'tooManyReferrals' };

/** The plan action id of a step: `<event>:<step>`, stable, so a second add finds it. */
export const lifeEventActionId = (eventId: string, stepId: string) => `${eventId}:${stepId}`;

export function addLifeEventToPlan<P extends PlanParts>(
  plan: P,
  event: Checklist,
  language: 'nl' | 'en',
): AddToPlanResult<P> {
  const actionIds = new Set(plan.actions.map((a) => a.id));
  const newActions = event.arrange
    .filter((step) => !actionIds.has(lifeEventActionId(event.id, step.id)))
    .map((step) => ({
      id: lifeEventActionId(event.id, step.id),
      schemeId: step.scheme ?? null,
      text: step.text[language],
      done: false,
    }));
  const referred = new Set(plan.referrals.map((r) => r.interventionId));
  const referralIds = new Set(plan.referrals.map((r) => r.id));
  const newReferrals = event.interventions
    .filter((id) => !referred.has(id))
    .map((interventionId, index) => ({
      id: uniqueId(`${event.id}:r${index + 1}`, referralIds),
      interventionId,
      offerId: null,
      status: 'voorgesteld' as const,
      stopReason: null,
      note: null,
    }));
  if (plan.actions.length + newActions.length > PLAN_MAX_ACTIONS)
    return { ok: false, reason: 'tooManyActions' };
  if (plan.referrals.length + newReferrals.length > PLAN_MAX_REFERRALS)
    return { ok: false, reason: 'tooManyReferrals' };
  return {
    ok: true,
    plan: {
      ...plan,
      actions: [...plan.actions, ...newActions],
      referrals: [...plan.referrals, ...newReferrals],
    },
    added: { actions: newActions.length, referrals: newReferrals.length },
  };
}

/** The id, or the id with a number after it when a referral already has it. */
function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
