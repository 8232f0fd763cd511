import type { TFunction } from 'i18next';
import type { Plan } from '../../../contract/households';
import { newId, type Action, type Goal, type Referral, type Step } from './plan-form';

// The plan editor's changes as pure functions of the plan: the page passes them to its one
// `change` (which also marks the plan as unsaved). Index i is a goal's, referral's or action's
// place in its list, k a step's place within its goal.

/** Replaces item i of a list by f(item). */
const at = <T>(list: T[], i: number, f: (item: T) => T) => list.map((x, j) => (j === i ? f(x) : x));
const without = <T>(list: T[], i: number) => list.filter((_, j) => j !== i);

export const planEdits = {
  setGoal: (i: number, c: Partial<Goal>) => (p: Plan) => ({
    ...p,
    goals: at(p.goals, i, (g) => ({ ...g, ...c })),
  }),
  addGoal: () => (p: Plan) => ({
    ...p,
    goals: [...p.goals, { id: newId('g'), capital: 'economisch' as const, text: '', steps: [] }],
  }),
  removeGoal: (i: number) => (p: Plan) => ({ ...p, goals: without(p.goals, i) }),
  setStep: (i: number, k: number, c: Partial<Step>) => (p: Plan) => ({
    ...p,
    goals: at(p.goals, i, (g) => ({ ...g, steps: at(g.steps, k, (s) => ({ ...s, ...c })) })),
  }),
  addStep: (i: number) => (p: Plan) => ({
    ...p,
    goals: at(p.goals, i, (g) => ({
      ...g,
      steps: [...g.steps, { id: newId('s'), text: '', who: '', when: null, done: false }],
    })),
  }),
  removeStep: (i: number, k: number) => (p: Plan) => ({
    ...p,
    goals: at(p.goals, i, (g) => ({ ...g, steps: without(g.steps, k) })),
  }),
  setReferral: (i: number, c: Partial<Referral>) => (p: Plan) => ({
    ...p,
    referrals: at(p.referrals, i, (r) => ({ ...r, ...c })),
  }),
  removeReferral: (i: number) => (p: Plan) => ({ ...p, referrals: without(p.referrals, i) }),
  setAction: (i: number, c: Partial<Action>) => (p: Plan) => ({
    ...p,
    actions: at(p.actions, i, (a) => ({ ...a, ...c })),
  }),
  addAction: () => (p: Plan) => ({
    ...p,
    actions: [...p.actions, { id: newId('a'), schemeId: null, text: '', done: false }],
  }),
  removeAction: (i: number) => (p: Plan) => ({ ...p, actions: without(p.actions, i) }),
};

/** Every field's visible label by its API path, so the error summary names it as the form does. */
export function planLabels(plan: Plan, t: TFunction): Record<string, string> {
  const labels: Record<string, string> = {
    version: t('huishoudens.plan.versionField'),
    reviewDate: t('huishoudens.plan.reviewDate'),
  };
  plan.goals.forEach((g, i) => {
    labels[`goals.${i}.capital`] = t('huishoudens.plan.goalCapital', { n: i + 1 });
    labels[`goals.${i}.text`] = t('huishoudens.plan.goalText', { n: i + 1 });
    g.steps.forEach((_, k) => {
      const ctx = { n: i + 1, m: k + 1 };
      labels[`goals.${i}.steps.${k}.text`] = t('huishoudens.plan.stepText', ctx);
      labels[`goals.${i}.steps.${k}.who`] = t('huishoudens.plan.stepWho', ctx);
      labels[`goals.${i}.steps.${k}.when`] = t('huishoudens.plan.stepWhen', ctx);
    });
  });
  plan.referrals.forEach((_, i) => {
    labels[`referrals.${i}.status`] = t('huishoudens.plan.referralStatus', { n: i + 1 });
    labels[`referrals.${i}.stopReason`] = t('huishoudens.plan.stopReason', { n: i + 1 });
    labels[`referrals.${i}.note`] = t('huishoudens.plan.referralNote', { n: i + 1 });
    labels[`referrals.${i}.interventionId`] = t('huishoudens.plan.referral', { n: i + 1 });
  });
  plan.actions.forEach((_, i) => {
    labels[`actions.${i}.text`] = t('huishoudens.plan.actionText', { n: i + 1 });
  });
  return labels;
}
