import { describe, expect, it } from 'vitest';
import {
  addMonths,
  caseState,
  matchesCaseFilter,
  teamDashboardCounts,
  type CaseFacts,
} from './caseload';

const PEILDATUM = '2026-11-24';
const step = (done: boolean) => ({ done });

function facts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    householdId: 'h',
    professionalIds: ['sanne'],
    plan: null,
    consents: [{ givenAt: '2026-09-01', withdrawnAt: null }],
    ...overrides,
  };
}

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2025-11-24', 12)).toBe('2026-11-24');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('caseState', () => {
  it('marks a review date in the past overdue, within 14 days due, later not', () => {
    const withReview = (reviewDate: string) =>
      caseState(facts({ plan: { reviewDate, goals: [], referrals: [] } }), PEILDATUM).review;
    expect(withReview('2026-11-23')).toBe('overdue');
    expect(withReview('2026-11-24')).toBe('due');
    expect(withReview('2026-12-08')).toBe('due');
    expect(withReview('2026-12-09')).toBe('later');
    expect(caseState(facts(), PEILDATUM).review).toBe('none');
  });

  it('tells a running plan from a finished one, and counts waiting referrals', () => {
    const running = caseState(
      facts({
        plan: {
          reviewDate: null,
          goals: [{ steps: [step(true), step(false)] }],
          referrals: [{ status: 'afgerond' }],
        },
      }),
      PEILDATUM,
    );
    expect(running).toMatchObject({ plan: 'running', referralsWaiting: false });
    const waiting = caseState(
      facts({
        plan: {
          reviewDate: null,
          goals: [{ steps: [step(true)] }],
          referrals: [{ status: 'aangemeld' }],
        },
      }),
      PEILDATUM,
    );
    expect(waiting).toMatchObject({ plan: 'running', referralsWaiting: true });
    const done = caseState(
      facts({
        plan: {
          reviewDate: null,
          goals: [{ steps: [step(true)] }],
          referrals: [{ status: 'gestopt' }],
        },
      }),
      PEILDATUM,
    );
    expect(done.plan).toBe('done');
    expect(
      caseState(facts({ plan: { reviewDate: null, goals: [], referrals: [] } }), PEILDATUM).plan,
    ).toBe('none');
  });

  it('asks to renew consent a year after it was given, warning 30 days ahead', () => {
    const given = (givenAt: string, withdrawnAt: string | null = null) =>
      caseState(facts({ consents: [{ givenAt, withdrawnAt }] }), PEILDATUM).consent;
    // Renew by 2026-11-23: yesterday.
    expect(given('2025-11-23')).toBe('expired');
    // Renew by 2026-12-24: 30 days from now.
    expect(given('2025-12-24')).toBe('expiring');
    expect(given('2025-12-25')).toBe('current');
    expect(given('2025-01-01', '2025-06-01')).toBe('none');
    // The oldest active consent decides.
    expect(
      caseState(
        facts({
          consents: [
            { givenAt: '2026-10-01', withdrawnAt: null },
            { givenAt: '2025-12-01', withdrawnAt: null },
          ],
        }),
        PEILDATUM,
      ).consent,
    ).toBe('expiring');
  });
});

describe('teamDashboardCounts and matchesCaseFilter', () => {
  const cases: CaseFacts[] = [
    facts({
      householdId: 'a',
      professionalIds: ['sanne'],
      plan: {
        reviewDate: '2026-11-01',
        goals: [{ steps: [step(false)] }],
        referrals: [{ status: 'voorgesteld' }],
      },
    }),
    facts({
      householdId: 'b',
      professionalIds: ['sanne', 'ahmed'],
      plan: { reviewDate: '2026-11-30', goals: [{ steps: [step(true)] }], referrals: [] },
    }),
    facts({
      householdId: 'c',
      professionalIds: ['ahmed'],
      consents: [{ givenAt: '2025-10-01', withdrawnAt: null }],
    }),
  ];

  it('counts caseload per professional and each state once per household', () => {
    const counts = teamDashboardCounts(cases, PEILDATUM);
    expect(counts.openHouseholds).toBe(3);
    expect([...counts.caseload]).toEqual([
      ['sanne', 2],
      ['ahmed', 2],
    ]);
    expect(counts.review).toEqual({ overdue: 1, due: 1 });
    expect(counts.plan).toEqual({ none: 1, running: 1, done: 1 });
    expect(counts.referralsWaiting).toBe(1);
    expect(counts.consent).toEqual({ expiring: 0, expired: 1 });
  });

  it('finds the same households as the figure it filters for', () => {
    const ids = (filter: Parameters<typeof matchesCaseFilter>[1]) =>
      cases.filter((c) => matchesCaseFilter(c, filter, PEILDATUM)).map((c) => c.householdId);
    expect(ids({ professional: 'ahmed' })).toEqual(['b', 'c']);
    expect(ids({ review: 'overdue' })).toEqual(['a']);
    expect(ids({ plan: 'none' })).toEqual(['c']);
    expect(ids({ referrals: 'waiting' })).toEqual(['a']);
    expect(ids({ consent: 'expired' })).toEqual(['c']);
    expect(ids({ professional: 'sanne', review: 'due' })).toEqual(['b']);
  });
});
