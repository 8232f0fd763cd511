import { describe, expect, it } from 'vitest';
import { validateHousehold } from '../../../domain/benefits';
import { ageOn } from '../../../domain/benefits/dates';
import { messages } from '../../../content/message-files';
import {
  activeSteps,
  birthDateForAge,
  buildHousehold,
  checkAnswers,
  emptyAnswers,
  emptyChild,
  stepOf,
  type CheckAnswers,
} from './check-form';

const P = '2026-11-24';

function filled(change: (a: CheckAnswers) => void = () => undefined): CheckAnswers {
  const a = emptyAnswers();
  a.gemeente = 'GM9999';
  a.applicant = {
    age: '38',
    incomeKind: 'loon',
    net: '1.450,50',
    gross: '1700',
    worksOrStudies: false,
  };
  a.hasPartner = 'nee';
  a.children = [{ ...emptyChild(), year: '2018', month: '5' }];
  a.assets = '1000';
  a.homeType = 'huur';
  a.rent = '700';
  change(a);
  return a;
}

describe('the answers become the engine household', () => {
  it('turns ages, amounts and birth year/month into the engine fields', () => {
    const checked = checkAnswers(filled(), P);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const h = checked.input;
    expect(ageOn(h.applicant.birthDate, P)).toBe(38);
    expect(h.applicant).toMatchObject({
      netMonthlyIncomeCents: 145050,
      grossMonthlyIncomeCents: 170000,
      incomeKind: 'loon',
    });
    expect(h.children).toEqual([{ birthDate: '2018-05-01' }]);
    expect(h.home).toEqual({ type: 'huur', rentMonthlyCents: 70000, independent: true });
    expect(h.assetsCents).toBe(100000);
    expect(h.partner).toBeNull();
  });

  it('gives an age that holds on the peildatum, also on 29 February', () => {
    expect(ageOn(birthDateForAge(40, '2028-02-29'), '2028-02-29')).toBe(40);
    expect(birthDateForAge(40, '2028-02-29')).toBe('1988-02-28');
  });

  it('counts with the net amount when the gross amount is not known, and says so', () => {
    const built = buildHousehold(
      filled((a) => void (a.applicant.gross = '')),
      P,
    );
    expect(built.input.applicant).toMatchObject({
      grossMonthlyIncomeCents: 145050,
      netMonthlyIncomeCents: 145050,
    });
    expect(built.assumptions).toContain('grossUnknown');
  });

  it('never sends rent for a home that is not rented', () => {
    const checked = checkAnswers(
      filled((a) => void (a.homeType = 'koop')),
      P,
    );
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.input.home).toEqual({ type: 'koop' });
  });

  it('passes the chosen gemeente on by its CBS code', () => {
    const built = buildHousehold(
      filled((a) => void (a.gemeente = 'GM1708')),
      P,
    );
    expect(built.input.gemeente).toBe('GM1708');
    expect(validateHousehold(built.input, P).ok).toBe(true);
  });

  it('answers the low-income question with the gemeente reference period', () => {
    const yes = buildHousehold(
      filled((a) => void (a.lowIncomeLong = 'ja')),
      P,
      {
        referencePeriodMonths: 60,
      },
    );
    expect(yes.input.lowIncomeSinceMonths).toBe(60);
    const unknown = buildHousehold(
      filled((a) => void (a.lowIncomeLong = 'weet-niet')),
      P,
    );
    expect(unknown.input.lowIncomeSinceMonths).toBeUndefined();
  });
});

describe('problems land on the field and step the resident filled in', () => {
  it("shows the engine's message for a child born in the future on the child's year", () => {
    const checked = checkAnswers(
      filled((a) => void (a.children = [{ ...emptyChild(), year: '2027', month: '3' }])),
      P,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const issue = checked.issues.find((i) => i.field === 'children.0.birthDate')!;
    expect(messages.text('nl', issue)).toContain('in de toekomst');
    expect(messages.text('en', issue)).toContain('future');
    expect(stepOf(issue.field)).toBe('others');
  });

  it("shows the engine's message for a negative income", () => {
    const checked = checkAnswers(
      filled((a) => void (a.applicant.net = '-200')),
      P,
      {
        step: 'income',
      },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues[0]).toMatchObject({ field: 'applicant.netMonthlyIncomeCents' });
    expect(messages.text('nl', checked.issues[0]!)).toMatch(/negatief/);
  });

  it('names unreadable and missing answers with a message of the page', () => {
    const checked = checkAnswers(
      filled((a) => {
        a.applicant.net = 'veel';
        a.assets = '';
        a.rent = '';
      }),
      P,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual(
      expect.arrayContaining([
        { field: 'applicant.netMonthlyIncomeCents', key: 'check.errors.amount' },
        { field: 'assetsCents', key: 'check.errors.amountRequired' },
        expect.objectContaining({ field: 'home.rentMonthlyCents' }),
      ]),
    );
  });

  it('checks only the current step while the later ones are still empty', () => {
    const a = emptyAnswers();
    a.gemeente = 'GM9999';
    a.applicant.age = '38';
    a.hasPartner = 'nee';
    expect(checkAnswers(a, P, { step: 'people' }).ok).toBe(true);
    expect(checkAnswers(a, P, { step: 'income' }).ok).toBe(false);
    expect(checkAnswers(a, P).ok).toBe(false);
  });

  it('asks about childcare only when a child is 12 or younger', () => {
    expect(activeSteps(filled(), P)).toContain('childcare');
    expect(
      activeSteps(
        filled((a) => void (a.children = [{ ...emptyChild(), year: '2010', month: '1' }])),
        P,
      ),
    ).not.toContain('childcare');
    expect(
      activeSteps(
        filled((a) => void (a.children = [])),
        P,
      ),
    ).toEqual(['gemeente', 'people', 'others', 'income', 'savings', 'home', 'received']);
  });
});
