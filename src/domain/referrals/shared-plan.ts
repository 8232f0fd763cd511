// What travels with a referral: only the goals and steps the household agreed to share, copied at
// sending (a snapshot), without the plan's ids, referrals, benefit actions or review date.

type Step = { id: string; text: string; who: string; when: string | null; done: boolean };
type Goal = { id: string; capital: string; text: string; steps: readonly Step[] };

/** One shared goal, with the steps of it that are shared too (possibly none). */
export type SharedGoal = {
  capital: string;
  text: string;
  steps: { text: string; who: string; when: string | null; done: boolean }[];
};

/** The choice a worker makes with the household: goal ids, each with the step ids to share. */
export type ShareChoice = readonly { goalId: string; stepIds: readonly string[] }[];

export type ShareResult =
  | { ok: true; goals: SharedGoal[] }
  | { ok: false; field: string; refusal: 'unknown_goal' | 'unknown_step' | 'repeated_goal' };

/** The snapshot of the chosen parts, or the first choice that names nothing in the plan. */
export function sharedPlanParts(
  plan: { goals: readonly Goal[] },
  choice: ShareChoice,
): ShareResult {
  const goals: SharedGoal[] = [];
  const seen = new Set<string>();
  for (const [index, chosen] of choice.entries()) {
    const goal = plan.goals.find((g) => g.id === chosen.goalId);
    if (!goal) return { ok: false, field: `goals.${index}.goalId`, refusal: 'unknown_goal' };
    if (seen.has(goal.id))
      return { ok: false, field: `goals.${index}.goalId`, refusal: 'repeated_goal' };
    seen.add(goal.id);
    const steps: SharedGoal['steps'] = [];
    for (const stepId of new Set(chosen.stepIds)) {
      const step = goal.steps.find((s) => s.id === stepId);
      if (!step) return { ok: false, field: `goals.${index}.stepIds`, refusal: 'unknown_step' };
      steps.push({ text: step.text, who: step.who, when: step.when, done: step.done });
    }
    goals.push({ capital: goal.capital, text: goal.text, steps });
  }
  return { ok: true, goals };
}
