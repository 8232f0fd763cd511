import { describe, expect, it } from 'vitest';
import { sharedPlanParts } from './shared-plan';

const plan = {
  goals: [
    {
      id: 'g1',
      capital: 'economisch',
      text: 'Rust in de post',
      steps: [
        { id: 's1', text: 'Post sorteren', who: 'Moeder', when: '2026-12-01', done: true },
        { id: 's2', text: 'Schulden op een rij', who: 'Buddy', when: null, done: false },
      ],
    },
    { id: 'g2', capital: 'mentaal', text: 'Beter slapen', steps: [] },
  ],
};

describe('the parts of the plan a referral carries', () => {
  it('copies only the chosen goals and the chosen steps of them', () => {
    expect(sharedPlanParts(plan, [{ goalId: 'g1', stepIds: ['s2'] }])).toEqual({
      ok: true,
      goals: [
        {
          capital: 'economisch',
          text: 'Rust in de post',
          steps: [{ text: 'Schulden op een rij', who: 'Buddy', when: null, done: false }],
        },
      ],
    });
  });

  it('names the choice that points at nothing in the plan', () => {
    expect(sharedPlanParts(plan, [{ goalId: 'g9', stepIds: [] }])).toEqual({
      ok: false,
      field: 'goals.0.goalId',
      refusal: 'unknown_goal',
    });
    expect(
      sharedPlanParts(plan, [
        { goalId: 'g2', stepIds: [] },
        { goalId: 'g2', stepIds: [] },
      ]),
    ).toMatchObject({ ok: false, field: 'goals.1.goalId', refusal: 'repeated_goal' });
    // A step of another goal is not a step of this one.
    expect(sharedPlanParts(plan, [{ goalId: 'g2', stepIds: ['s1'] }])).toMatchObject({
      ok: false,
      field: 'goals.0.stepIds',
      refusal: 'unknown_step',
    });
  });
});
