import { describe, expect, it } from 'vitest';
import {
  calculateAll,
  defaultRules,
  municipalSchemeIds,
  validateHousehold,
  whatIf,
  type HouseholdInput,
} from '../../../domain/benefits';
import {
  euro,
  groupResults,
  keepAmountsTogether,
  runCheck,
  uncheckedMunicipal,
  WHAT_IF_RAISE_CENTS,
} from './check-run';
import { dutch } from '../../../../test/dutch';

const P = '2026-11-24';
const rules = defaultRules();
const example = rules.municipal.configs.GM9999!;

const input: HouseholdInput = {
  gemeente: 'GM9999',
  applicant: {
    birthDate: '1988-11-24',
    netMonthlyIncomeCents: 150000,
    grossMonthlyIncomeCents: 170000,
    incomeKind: 'loon',
  },
  children: [{ birthDate: '2018-05-01' }],
  home: { type: 'huur', rentMonthlyCents: 70000 },
  assetsCents: 100000,
  alreadyReceives: ['kinderbijslag'],
};

function household(i: HouseholdInput) {
  const v = validateHousehold(i, P);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.household;
}

describe('runCheck in the browser', () => {
  it("computes the same as the engine with the gemeente's configuration", () => {
    const outcome = runCheck(input, P, example);
    const direct = calculateAll(household(input), P, rules);
    expect(outcome.result.schemes.map((s) => [s.scheme, s.status, s.amount])).toEqual(
      direct.schemes.map((s) => [s.scheme, s.status, s.amount]),
    );
    expect(outcome.unknownMunicipal).toEqual([]);
    const raise = whatIf(
      household(input),
      { kind: 'income', person: 'applicant', grossMonthlyDeltaCents: WHAT_IF_RAISE_CENTS },
      P,
      rules,
    );
    expect(outcome.whatIf.netEffectPerMonthCents).toBe(raise.netEffectPerMonthCents);
    expect(outcome.whatIf.armoedeval).toBe(raise.armoedeval);
  });

  it('puts every scheme in exactly one group, received ones apart', () => {
    const outcome = runCheck(input, P, example);
    const g = groupResults(outcome.result);
    const all = [...g.likely, ...g.maybe, ...g.already, ...g.unlikely, ...g.notComputed];
    expect(all.map((s) => s.scheme).sort()).toEqual(
      outcome.result.schemes.map((s) => s.scheme).sort(),
    );
    expect(g.already.map((s) => s.scheme)).toEqual(['kinderbijslag']);
    expect(g.likely.every((s) => s.status === 'recht')).toBe(true);
    expect(g.unlikely.every((s) => s.status === 'geen-recht')).toBe(true);
  });

  it('asks for each municipal scheme, with no figure, when the gemeente is not set up', () => {
    const outcome = runCheck({ ...input, gemeente: 'GM0148' }, P, null);
    expect(outcome.result.gemeenteName).toBe('Dalfsen');
    for (const id of municipalSchemeIds) {
      const s = outcome.result.schemes.find((r) => r.scheme === id)!;
      expect(s.status).toBe('mogelijk');
      expect(s.amount).toBeNull();
      expect(dutch(s.howToApply!)).toBe('Vraag het na bij de gemeente Dalfsen.');
    }
    expect(uncheckedMunicipal(outcome)).toEqual([...municipalSchemeIds]);
    // National amounts do not depend on the gemeente.
    const withExample = runCheck(input, P, example);
    const zt = (o: typeof outcome) =>
      o.result.schemes.find((s) => s.scheme === 'zorgtoeslag')!.amount;
    expect(zt(outcome)).toEqual(zt(withExample));
  });

  it('names a gemeente the register does not know in the language of the reader, not in Dutch', () => {
    const outcome = runCheck({ ...input, gemeente: 'GM9999' }, P, null, 'your municipality');
    expect(outcome.result.gemeenteName).toBe('your municipality');
  });
});

describe('euro', () => {
  it('shows whole euros without cents and other amounts with two decimals', () => {
    expect(euro(12900)).toBe('€\u00a0129');
    expect(euro(123456789)).toBe('€\u00a01.234.567,89');
    expect(euro(1250)).toBe('€\u00a012,50');
    expect(euro(-5000)).toBe('€\u00a0-50');
  });

  it('writes English amounts the English way', () => {
    expect(euro(155000, 'en')).toBe('€1,550');
    expect(euro(123456789, 'en')).toBe('€1,234,567.89');
    expect(euro(1250, 'en')).toBe('€12.50');
  });

  it('never lets a line break fall between € and the amount', () => {
    expect(keepAmountsTogether('De grens is € 1.401,50 per maand en € -3.')).toBe(
      'De grens is €\u00a01.401,50 per maand en €\u00a0-3.',
    );
  });
});
