import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../../../contract/households';
import {
  addActions,
  addReferral,
  emptyPlan,
  hasOpenReferral,
  planBody,
  planProblems,
} from './plan-form';

describe('addReferral', () => {
  it('adds a proposed referral once, and again after the earlier one stopped', () => {
    const first = addReferral(emptyPlan(), 'budgetmaatjes', 'offer-1', 'r1');
    expect(first.added).toBe(true);
    expect(first.plan.referrals).toEqual([
      {
        id: 'r1',
        interventionId: 'budgetmaatjes',
        offerId: 'offer-1',
        status: 'voorgesteld',
        stopReason: null,
        note: null,
      },
    ]);
    expect(hasOpenReferral(first.plan, 'budgetmaatjes')).toBe(true);
    const again = addReferral(first.plan, 'budgetmaatjes', null, 'r2');
    expect(again).toEqual({ plan: first.plan, added: false });
    const stopped: Plan = {
      ...first.plan,
      referrals: [{ ...first.plan.referrals[0]!, status: 'gestopt', stopReason: 'Te ver weg' }],
    };
    expect(hasOpenReferral(stopped, 'budgetmaatjes')).toBe(false);
    expect(addReferral(stopped, 'budgetmaatjes', null, 'r3').plan.referrals).toHaveLength(2);
  });
});

describe('addActions', () => {
  it('skips schemes that are already in the plan, done or not', () => {
    let n = 0;
    const makeId = () => `a${++n}`;
    const start: Plan = {
      ...emptyPlan(),
      actions: [{ id: 'x', schemeId: 'zorgtoeslag', text: 'Zorgtoeslag aanvragen', done: true }],
    };
    const result = addActions(
      start,
      [
        { schemeId: 'zorgtoeslag', text: 'Zorgtoeslag aanvragen' },
        { schemeId: 'huurtoeslag', text: 'Huurtoeslag aanvragen' },
        { schemeId: 'huurtoeslag', text: 'Huurtoeslag aanvragen' },
      ],
      makeId,
    );
    expect(result.added).toEqual(['huurtoeslag']);
    expect(result.plan.actions.map((a) => [a.id, a.schemeId, a.done])).toEqual([
      ['x', 'zorgtoeslag', true],
      ['a1', 'huurtoeslag', false],
    ]);
  });
});

describe('planProblems and planBody', () => {
  const plan: Plan = {
    goals: [
      {
        id: 'g1',
        capital: 'economisch',
        text: '  Ik wil overzicht over mijn post. ',
        steps: [{ id: 's1', text: 'Post sorteren', who: ' ', when: '', done: false }],
      },
    ],
    referrals: [
      {
        id: 'r1',
        interventionId: 'budgetmaatjes',
        offerId: null,
        status: 'gestopt',
        stopReason: '',
        note: '',
      },
      {
        id: 'r2',
        interventionId: 'schuldhulp',
        offerId: null,
        status: 'aangemeld',
        stopReason: 'oude reden',
        note: ' Belt zelf ',
      },
    ],
    actions: [{ id: 'a1', schemeId: null, text: '', done: false }],
    reviewDate: '',
  };

  it('names the empty fields and a stop without a reason', () => {
    expect(planProblems(plan)).toEqual({
      'goals.0.steps.0.who': 'huishoudens.plan.errors.stepWho',
      'referrals.0.stopReason': 'huishoudens.plan.errors.stopReason',
      'actions.0.text': 'huishoudens.plan.errors.actionText',
    });
  });

  it('sends trimmed texts, null for empty dates, and a stop reason only when stopped', () => {
    const fixed: Plan = {
      ...plan,
      goals: [{ ...plan.goals[0]!, steps: [{ ...plan.goals[0]!.steps[0]!, who: 'Fatma' }] }],
      referrals: [{ ...plan.referrals[0]!, stopReason: 'Past niet' }, plan.referrals[1]!],
      actions: [{ ...plan.actions[0]!, text: 'Brief van de gemeente bellen' }],
    };
    expect(planProblems(fixed)).toEqual({});
    const body = planBody(fixed, 3);
    expect(body.version).toBe(3);
    expect(body.goals[0]!.text).toBe('Ik wil overzicht over mijn post.');
    expect(body.goals[0]!.steps[0]!.when).toBeNull();
    expect(body.referrals.map((r) => [r.stopReason, r.note])).toEqual([
      ['Past niet', null],
      [null, 'Belt zelf'],
    ]);
    expect(body.reviewDate).toBeNull();
    const { version: _v, ...rest } = body;
    expect(planSchema.safeParse(rest).success).toBe(true);
  });
});
