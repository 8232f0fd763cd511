import { describe, expect, it } from 'vitest';
import { validateHousehold } from './household';
import { messages } from '../../content/message-files';

const base = {
  gemeente: 'GM9999',
  applicant: {
    birthDate: '1990-01-01',
    grossMonthlyIncomeCents: 200000,
    netMonthlyIncomeCents: 170000,
  },
  home: { type: 'huur', rentMonthlyCents: 60000 },
};
const P = '2026-03-01';

function issues(input: unknown, known?: string[]) {
  const v = validateHousehold(input, P, known ? { knownGemeenten: known } : {});
  return v.ok ? [] : v.issues;
}

describe('validateHousehold', () => {
  it('accepts a normal household and fills defaults', () => {
    const v = validateHousehold(base, P);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.household.children).toEqual([]);
  });

  it('rejects a negative income and names the field in Dutch and English', () => {
    const i = issues({ ...base, applicant: { ...base.applicant, grossMonthlyIncomeCents: -1 } });
    expect(i[0]?.field).toBe('applicant.grossMonthlyIncomeCents');
    expect(messages.text('nl', i[0]!.message)).toMatch(/negatief/);
    expect(messages.text('en', i[0]!.message)).toMatch(/negative/);
  });

  it('rejects a child born in the future', () => {
    const i = issues({ ...base, children: [{ birthDate: '2026-05-01' }] });
    expect(i.map((x) => x.field)).toContain('children.0.birthDate');
    expect(messages.text('nl', i[0]!.message)).toContain('toekomst');
    expect(messages.text('en', i[0]!.message)).toContain('future');
  });

  it('rejects rent without a rented home', () => {
    const i = issues({ ...base, home: { type: 'koop', rentMonthlyCents: 60000 } });
    expect(i[0]?.field).toBe('home.rentMonthlyCents');
    expect(messages.text('nl', i[0]!.message)).toContain('geen huurwoning');
  });

  it('asks for the rent when the home is rented', () => {
    expect(issues({ ...base, home: { type: 'huur' } })[0]?.field).toBe('home.rentMonthlyCents');
  });

  it('rejects an unknown gemeente when the known codes are given', () => {
    const i = issues({ ...base, gemeente: 'GM0001' }, ['GM9999']);
    expect(i[0]?.field).toBe('gemeente');
    expect(messages.text('en', i[0]!.message)).toContain('unknown');
    expect(issues(base, ['GM9999'])).toEqual([]);
  });

  it('rejects a badly formed gemeente code', () => {
    expect(messages.text('nl', issues({ ...base, gemeente: 'Utrecht' })[0]!.message)).toContain(
      'GM',
    );
  });

  it('rejects net income above gross income and a child of 18 among the children', () => {
    const i = issues({
      ...base,
      applicant: { ...base.applicant, netMonthlyIncomeCents: 300000 },
      children: [{ birthDate: '2008-01-01' }],
    });
    expect(i.map((x) => x.field)).toEqual([
      'applicant.netMonthlyIncomeCents',
      'children.0.birthDate',
    ]);
  });

  it('rejects an impossible date', () => {
    expect(
      issues({ ...base, applicant: { ...base.applicant, birthDate: '1990-02-30' } })[0]?.field,
    ).toBe('applicant.birthDate');
  });
});
