import { describe, expect, it } from 'vitest';
import type { LifeEvent } from '../../contract/content';
import type { Plan } from '../../contract/households';
import { addLifeEventToPlan } from './add-to-plan';

// A worker adds the 'baanverlies' checklist to a household's plan during a conversation.

const event: LifeEvent = {
  id: 'baanverlies',
  last_reviewed: '2026-12-06',
  intro: { nl: 'Uw inkomen daalt.', en: 'Your income drops.' },
  arrange: [
    { id: 'ww', text: { nl: 'Vraag WW aan.', en: 'Apply for WW.' } },
    {
      id: 'toeslagen',
      scheme: 'zorgtoeslag',
      text: { nl: 'Geef uw inkomen door.', en: 'Report your income.' },
    },
  ],
  schemes: [],
  interventions: ['budgetadvies-overzicht', 'kortingspas-meedoen'],
  sources: [],
};

const empty: Plan = { goals: [], referrals: [], actions: [], reviewDate: null };

describe('adding a life-event checklist to a plan', () => {
  it('adds each step as an open action with its scheme, and each intervention as a suggestion', () => {
    const result = addLifeEventToPlan(empty, event, 'nl');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.actions).toEqual([
      { id: 'baanverlies:ww', schemeId: null, text: 'Vraag WW aan.', done: false },
      {
        id: 'baanverlies:toeslagen',
        schemeId: 'zorgtoeslag',
        text: 'Geef uw inkomen door.',
        done: false,
      },
    ]);
    expect(result.plan.referrals.map((r) => [r.interventionId, r.status])).toEqual([
      ['budgetadvies-overzicht', 'voorgesteld'],
      ['kortingspas-meedoen', 'voorgesteld'],
    ]);
    expect(result.added).toEqual({ actions: 2, referrals: 2 });
  });

  it('writes the steps in the language asked for', () => {
    const result = addLifeEventToPlan(empty, event, 'en');
    expect(result.ok && result.plan.actions.map((a) => a.text)).toEqual([
      'Apply for WW.',
      'Report your income.',
    ]);
  });

  it('adds nothing twice and keeps what the worker changed', () => {
    const first = addLifeEventToPlan(empty, event, 'nl');
    if (!first.ok) throw new Error('first add failed');
    const edited: Plan = {
      ...first.plan,
      actions: first.plan.actions.map((a) =>
        a.id === 'baanverlies:ww' ? { ...a, text: 'WW aangevraagd op maandag', done: true } : a,
      ),
    };
    const second = addLifeEventToPlan(edited, event, 'nl');
    expect(second.ok && second.added).toEqual({ actions: 0, referrals: 0 });
    expect(second.ok && second.plan.actions[0]).toMatchObject({
      text: 'WW aangevraagd op maandag',
      done: true,
    });
  });

  it('does not suggest an intervention the plan already refers to', () => {
    const plan: Plan = {
      ...empty,
      referrals: [
        {
          id: 'eigen',
          interventionId: 'kortingspas-meedoen',
          offerId: null,
          status: 'gestart',
          stopReason: null,
          note: null,
        },
      ],
    };
    const result = addLifeEventToPlan(plan, event, 'nl');
    expect(result.ok && result.plan.referrals.map((r) => [r.id, r.status])).toEqual([
      ['eigen', 'gestart'],
      ['baanverlies:r1', 'voorgesteld'],
    ]);
  });

  it('refuses when the plan would hold more than 30 actions', () => {
    const full: Plan = {
      ...empty,
      actions: Array.from({ length: 29 }, (_, i) => ({
        id: `a${i}`,
        schemeId: null,
        text: 'Stap',
        done: false,
      })),
    };
    expect(addLifeEventToPlan(full, event, 'nl')).toEqual({ ok: false, reason: 'tooManyActions' });
  });
});
