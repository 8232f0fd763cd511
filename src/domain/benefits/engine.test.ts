import { describe, expect, it } from 'vitest';
import {
  calculateAll,
  defaultRules,
  gemeenteConfigSchema,
  UnknownGemeenteError,
  validateHousehold,
  whatIf,
  whyNot,
  withGemeenten,
} from './index';
import type { Household, HouseholdInput } from './index';
import { messages } from '../../content/message-files';
import { whyNotText } from '../../contract/why-not';
import { dutch } from '../../../test/dutch';

const rules = defaultRules();
const P = '2026-03-01';

function hh(input: Partial<HouseholdInput>): Household {
  const v = validateHousehold(
    {
      gemeente: 'GM9999',
      applicant: { birthDate: '1990-01-01' },
      home: { type: 'geen' },
      ...input,
    },
    P,
  );
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.household;
}

describe('calculateAll', () => {
  it('computes every scheme and gives each a trace with its parameters and references', () => {
    const r = calculateAll(hh({ home: { type: 'huur', rentMonthlyCents: 65000 } }), P, rules);
    expect(r.schemes).toHaveLength(18);
    const zt = r.schemes.find((s) => s.scheme === 'zorgtoeslag')!;
    expect(zt.conditions.length).toBeGreaterThan(0);
    expect(zt.steps.map((s) => s.id)).toContain('normpremie');
    const premie = zt.parameters.find((p) => p.id === 'zorgtoeslag.standaardpremie')!;
    expect(premie.value).toBe(211900);
    expect(premie.reference.url).toMatch(/^https:/);
    expect(premie.validFrom).toBe('2026-01-01');
  });

  it('gives the same amounts without the trace (batch fast path)', () => {
    const h = hh({
      children: [{ birthDate: '2015-01-01' }],
      home: { type: 'huur', rentMonthlyCents: 70000 },
    });
    const a = calculateAll(h, P, rules);
    const b = calculateAll(h, P, rules, { trace: false });
    expect(b.schemes.map((s) => [s.status, s.amount?.perMonthCents])).toEqual(
      a.schemes.map((s) => [s.status, s.amount?.perMonthCents]),
    );
    expect(b.schemes.every((s) => s.conditions.length === 0 && s.parameters.length === 0)).toBe(
      true,
    );
  });

  it('marks schemes the household already receives and leaves them out of the extra amount', () => {
    const r = calculateAll(hh({ alreadyReceives: ['zorgtoeslag'] }), P, rules);
    const zt = r.schemes.find((s) => s.scheme === 'zorgtoeslag')!;
    expect(zt.alreadyReceives).toBe(true);
    expect(r.totals.likelyNonTakeUp).not.toContain('zorgtoeslag');
    expect(r.totals.entitledPerMonthCents - r.totals.additionalPerMonthCents).toBe(
      zt.amount!.perMonthCents,
    );
  });

  it('throws a bilingual error for a gemeente without configuration', () => {
    const h = { ...hh({}), gemeente: 'GM0001' };
    expect(() => calculateAll(h, P, rules)).toThrow(UnknownGemeenteError);
    try {
      calculateAll(h, P, rules);
    } catch (e) {
      expect(messages.text('nl', (e as UnknownGemeenteError).issues[0]!.message)).toContain(
        'GM0001',
      );
    }
    const withFallback = defaultRules({ fallbackToExample: true });
    expect(calculateAll(h, P, withFallback).gemeenteIsExample).toBe(true);
  });
});

describe('municipal configuration', () => {
  it('accepts a gemeente that leaves a fund out, and tells the user to ask about that fund', () => {
    const example = rules.municipal.configs.GM9999!;
    const { leergeld: _leergeld, ...otherFunds } = example.funds;
    const parsed = gemeenteConfigSchema.safeParse({
      ...example,
      code: 'GM0001',
      name: 'Testgemeente',
      funds: otherFunds,
    });
    expect(parsed.success).toBe(true);
    const r = calculateAll(
      { ...hh({ children: [{ birthDate: '2016-01-01' }] }), gemeente: 'GM0001' },
      P,
      withGemeenten(rules, [parsed.data!]),
    );
    const leergeld = r.schemes.find((s) => s.scheme === 'leergeld')!;
    expect(leergeld.status).toBe('mogelijk');
    expect(leergeld.notes.map(dutch)).toContain('Ga na of dit fonds in Testgemeente werkt.');
  });
});

describe('whyNot', () => {
  it('explains a failed condition in plain words, with the compared values', () => {
    const r = calculateAll(hh({ assetsCents: 20000000 }), P, rules);
    const reasons = whyNot(r.schemes.find((s) => s.scheme === 'zorgtoeslag')!);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.conditionId).toBe('vermogen');
    // The domain names the reason and the amounts in euros; the catalogue words them.
    expect(reasons[0]!.reason).toEqual({ key: 'benefits.whyNot.reason.vermogen' });
    expect(reasons[0]!.values).toEqual({
      key: 'benefits.whyNot.values.eurocent',
      values: { actual: 200000, limit: 146011 },
    });
    const zorgtoeslag = r.schemes.find((s) => s.scheme === 'zorgtoeslag')!;
    expect(whyNotText(zorgtoeslag, reasons[0]!, 'nl')).toBe(
      'U krijgt geen zorgtoeslag, omdat uw spaargeld en bezit (vermogen) hoger zijn dan de grens. Bij u is dat €\u00a0200.000,00. De grens is €\u00a0146.011,00.',
    );
    expect(whyNotText(zorgtoeslag, reasons[0]!, 'en')).toBe(
      'You do not get healthcare allowance (zorgtoeslag), because your savings and property (assets) are above the limit. For you that is €200,000.00. The limit is €146,011.00.',
    );
  });

  it('never speaks in formulas or operators', () => {
    const r = calculateAll(
      hh({ assetsCents: 20000000, home: { type: 'huur', rentMonthlyCents: 90000 } }),
      P,
      rules,
    );
    for (const s of r.schemes)
      for (const w of whyNot(s)) {
        expect(whyNotText(s, w, 'nl')).toMatch(/^U krijgt geen .+, omdat /);
        expect(whyNotText(s, w, 'nl')).not.toMatch(/moet zijn|min\(|[<>=]| x |\{/);
        expect(whyNotText(s, w, 'en')).toMatch(/^You do not get .+, because /);
      }
  });

  it('is empty when everything passed', () => {
    const r = calculateAll(hh({}), P, rules);
    expect(whyNot(r.schemes.find((s) => s.scheme === 'zorgtoeslag')!)).toEqual([]);
  });
});

describe('whatIf', () => {
  it('shows the armoedeval: 200 euro more income, benefits go down', () => {
    const h = hh({
      applicant: {
        birthDate: '1990-01-01',
        grossYearlyIncomeCents: 3300000,
        grossMonthlyIncomeCents: 275000,
        netMonthlyIncomeCents: 230000,
      },
      children: [{ birthDate: '2016-01-01' }],
      home: { type: 'huur', rentMonthlyCents: 70000 },
    });
    const w = whatIf(
      h,
      {
        kind: 'income',
        person: 'applicant',
        grossMonthlyDeltaCents: 20000,
        netMonthlyDeltaCents: 15000,
      },
      P,
      rules,
    );
    expect(w.netIncomeDeltaPerMonthCents).toBe(15000);
    const ht = w.schemes.find((s) => s.scheme === 'huurtoeslag')!;
    expect(ht.deltaPerMonthCents).toBeLessThan(0);
    // The household keeps less than the net raise: part of it is lost in benefits.
    expect(w.netEffectPerMonthCents).toBeLessThan(15000);
    expect(w.netEffectPerMonthCents).toBe(
      w.netIncomeDeltaPerMonthCents + w.benefitsDeltaPerMonthCents,
    );
    expect(w.keptPercent).toBeLessThan(75);
  });

  it('flags the armoedeval when more income leaves less money', () => {
    // Just under the bijstand-like municipal limits: a small raise loses municipal support.
    const h = hh({
      applicant: {
        birthDate: '1980-01-01',
        grossMonthlyIncomeCents: 160000,
        netMonthlyIncomeCents: 147158,
      },
      partner: null,
      lowIncomeSinceMonths: 48,
    });
    const w = whatIf(
      h,
      {
        kind: 'income',
        person: 'applicant',
        grossMonthlyDeltaCents: 100,
        netMonthlyDeltaCents: 100,
      },
      P,
      rules,
    );
    expect(w.schemes.find((s) => s.scheme === 'individuele-inkomenstoeslag')!.afterStatus).toBe(
      'geen-recht',
    );
    expect(w.armoedeval).toBe(true);
  });
});
