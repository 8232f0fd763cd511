import { describe, expect, it } from 'vitest';
import type { HouseholdData } from '../../../contract/households';
import type { SchemeResult } from '../../../domain/benefits';
import { checkAnswers } from '../check/check-form';
import { emptyPlan } from './plan-form';
import { planCandidates, prefillCheck } from './check-prefill';

const data: HouseholdData = {
  adults: [{ birthYear: 1988 }, {}],
  children: [
    { ref: 'oudste', birthYear: 2005 },
    { ref: 'jongste', birthYear: 2019 },
  ],
  gemeente: { code: 'GM0202', name: 'Arnhem' },
  wijk: null,
  languages: [],
  interpreterNeeded: false,
  lifeEvents: [],
};

describe('prefillCheck', () => {
  it('fills in ages, partner and children from the household, and leaves incomes to the worker', () => {
    const a = prefillCheck(data, '2026-11-24');
    expect(a.gemeente).toBe('GM0202');
    expect(a.applicant.age).toBe('38');
    expect(a.hasPartner).toBe('ja');
    expect(a.partner.age).toBe('');
    // A child of 21 lives at home as an adult; the younger one is a child whose month is asked.
    expect(a.otherAdults).toEqual([{ age: '21', relation: 'kind' }]);
    expect(a.children).toEqual([{ year: '2019', month: '', childcare: '', hours: '', rate: '' }]);
    expect(a.applicant.net).toBe('');
  });

  it("keeps the household's gemeente, also when it has no schemes set up", () => {
    expect(prefillCheck(data, '2026-11-24').gemeente).toBe(data.gemeente.code);
  });

  it('gives answers the check accepts once the worker adds what the record does not hold', () => {
    const a = prefillCheck({ ...data, adults: [{ birthYear: 1988 }] }, '2026-11-24');
    a.children[0]!.month = '3';
    a.applicant = { ...a.applicant, incomeKind: 'loon', net: '1450' };
    a.assets = '0';
    a.homeType = 'huur';
    a.rent = '700';
    const checked = checkAnswers(a, '2026-11-24');
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });
});

describe('planCandidates', () => {
  const scheme = (s: Partial<SchemeResult> & Pick<SchemeResult, 'scheme' | 'status'>) =>
    ({ name: s.scheme, alreadyReceives: false, ...s }) as SchemeResult;
  it('offers likely schemes first, then possible ones, never what the household already gets', () => {
    const plan = {
      ...emptyPlan(),
      actions: [{ id: 'a', schemeId: 'huurtoeslag', text: 'Huurtoeslag aanvragen', done: false }],
    };
    const list = planCandidates(
      [
        scheme({ scheme: 'bijzondere-bijstand', status: 'mogelijk' }),
        scheme({ scheme: 'zorgtoeslag', status: 'recht', alreadyReceives: true }),
        scheme({ scheme: 'huurtoeslag', status: 'recht' }),
        scheme({ scheme: 'bijstand', status: 'geen-recht' }),
        scheme({ scheme: 'kindgebonden-budget', status: 'recht' }),
      ],
      plan,
    );
    expect(list.map((c) => [c.scheme, c.likely, c.inPlan])).toEqual([
      ['huurtoeslag', true, true],
      ['kindgebonden-budget', true, false],
      ['bijzondere-bijstand', false, false],
    ]);
  });
});
