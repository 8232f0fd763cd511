import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calculateAll, defaultRules, validateHousehold } from '../index';
import type { Household, ParameterSet, Rules } from '../index';
import {
  zorgtoeslagColumnsOf,
  zorgtoeslagParameters,
  ZORGTOESLAG_STATUS,
} from './zorgtoeslag-columns';
import { screenZorgtoeslag } from './zorgtoeslag-fast';

const rules = defaultRules();

/** The fast path's answer per household, in the engine's words. */
function fast(households: Household[], peildatum: string, parameters = rules.parameters) {
  const out = screenZorgtoeslag(
    zorgtoeslagColumnsOf(households, peildatum),
    zorgtoeslagParameters(parameters, peildatum),
  );
  return households.map((_, i) => ({
    status: ZORGTOESLAG_STATUS[out.status[i]!],
    perYearCents: out.status[i] === 1 ? out.perYearCents[i]! : null,
    perMonthCents: out.status[i] === 1 ? out.perMonthCents[i]! : null,
  }));
}

/** The engine's answer per household (the trace-free batch mode, zorgtoeslag only). */
function engine(households: Household[], peildatum: string, r: Rules = rules) {
  return households.map((h) => {
    const s = calculateAll(h, peildatum, r, { trace: false, schemes: ['zorgtoeslag'] }).schemes[0]!;
    return {
      status: s.status,
      perYearCents: s.amount?.perYearCents ?? null,
      perMonthCents: s.amount?.perMonthCents ?? null,
    };
  });
}

function household(input: Record<string, unknown>, peildatum: string): Household {
  const v = validateHousehold({ gemeente: 'GM9999', home: { type: 'geen' }, ...input }, peildatum);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.household;
}

describe('zorgtoeslag fast path: the law’s examples', () => {
  // Every case in rules/tests that states a zorgtoeslag outcome (Dienst Toeslagen examples, the
  // Belastingdienst tables, the published income and asset limits), through the fast path.
  const root = path.resolve(import.meta.dirname, '../../../../rules/tests');
  type Case = {
    name?: string;
    peildatum: string;
    household: Record<string, unknown>;
    expect: Record<
      string,
      { status?: string; perMonthCents?: number | null; perYearCents?: number | null }
    >;
  };
  const cases = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const doc = parse(readFileSync(path.join(root, file), 'utf8')) as Case & { cases?: Case[] };
      return (doc.cases ?? [doc]).map((c) => ({ name: c.name ?? path.basename(file, '.yaml'), c }));
    })
    .filter(({ c }) => c.expect['zorgtoeslag'] !== undefined);

  it('covers the zorgtoeslag cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const { name, c } of cases)
    it(name, () => {
      const [got] = fast([household(c.household, c.peildatum)], c.peildatum);
      const e = c.expect['zorgtoeslag']!;
      if (e.status !== undefined) expect(got!.status).toBe(e.status);
      if (e.perMonthCents !== undefined) expect(got!.perMonthCents).toBe(e.perMonthCents);
      if (e.perYearCents !== undefined) expect(got!.perYearCents).toBe(e.perYearCents);
    });
});

// Deterministic pseudo-random households (LCG), plus every boundary the formula has.
function generated(peildatum: string, n: number): Household[] {
  let seed = 20261206;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const year = Number(peildatum.slice(0, 4));
  const out: Household[] = [];
  const adult = (age: number, monthDay = peildatum.slice(5)) => `${year - age}-${monthDay}`;
  for (let i = 0; i < n; i++) {
    const partner = rnd() < 0.45;
    // Incomes on a fine grid up to 60 000 euro, so the yearly amount passes every rounding and
    // the minimum; some as a yearly toetsingsinkomen, some as 12 × a monthly amount.
    const income = Math.floor(rnd() * 6_000_000);
    const yearly = rnd() < 0.5;
    const edgeAge = rnd() < 0.1;
    out.push(
      household(
        {
          applicant: {
            birthDate: edgeAge
              ? adult(18, rnd() < 0.5 ? peildatum.slice(5) : '12-31')
              : adult(18 + Math.floor(rnd() * 70)),
            ...(yearly
              ? { grossYearlyIncomeCents: income }
              : { grossMonthlyIncomeCents: Math.floor(income / 12) }),
            healthInsuredInNL: rnd() < 0.95,
          },
          partner: partner
            ? {
                birthDate: adult(18 + Math.floor(rnd() * 60)),
                grossMonthlyIncomeCents: rnd() < 0.5 ? 0 : Math.floor(rnd() * 300_000),
                healthInsuredInNL: rnd() < 0.85,
              }
            : null,
          assetsCents:
            rnd() < 0.8
              ? Math.floor(rnd() * 5_000_000)
              : Math.floor(10_000_000 + rnd() * 10_000_000),
        },
        peildatum,
      ),
    );
  }
  return out;
}

/** Households exactly on and one cent next to the income and asset limits of 2026. */
function edges(peildatum: string): Household[] {
  const out: Household[] = [];
  for (const partner of [false, true])
    for (const limit of [4_085_700, 5_114_200, 2_973_600, 0])
      for (const delta of [-100, -1, 0, 1, 100])
        out.push(
          household(
            {
              applicant: {
                birthDate: '1980-01-01',
                grossYearlyIncomeCents: Math.max(0, limit + delta),
              },
              partner: partner ? { birthDate: '1980-01-01' } : null,
            },
            peildatum,
          ),
        );
  for (const [partner, limit] of [
    [false, 14_601_100],
    [true, 18_463_300],
  ] as const)
    for (const delta of [-1, 0, 1])
      out.push(
        household(
          {
            applicant: { birthDate: '1960-01-01' },
            partner: partner ? { birthDate: '1960-01-01', healthInsuredInNL: false } : null,
            assetsCents: limit + delta,
          },
          peildatum,
        ),
      );
  return out;
}

describe('zorgtoeslag fast path: the same amounts as the engine', () => {
  for (const peildatum of ['2026-03-01', '2025-06-01', '2026-12-31', '2023-06-01'])
    it(`on ${peildatum}, for 3 000 generated households and the limits`, () => {
      const households = [...generated(peildatum, 3000), ...edges(peildatum)];
      const expected = engine(households, peildatum);
      expect(fast(households, peildatum)).toEqual(expected);
      // The set is only a comparison if it holds every outcome.
      const statuses = new Set(expected.map((e) => e.status));
      if (peildatum === '2023-06-01') expect(statuses).toEqual(new Set(['niet-berekend']));
      else {
        expect(statuses).toEqual(new Set(['recht', 'geen-recht']));
        // Amounts close to the minimum of 24 euro a year, where the rounding decides.
        expect(expected.some((e) => e.perYearCents !== null && e.perYearCents <= 3000)).toBe(true);
      }
      if (peildatum.startsWith('2026'))
        expect(expected.some((e) => e.perYearCents === 2400)).toBe(true);
    });

  it('is niet-berekend exactly where the engine lacks a value', () => {
    const without = (ids: string[]): ParameterSet => ({
      parameters: Object.fromEntries(
        Object.entries(rules.parameters.parameters).filter(([id]) => !ids.includes(id)),
      ),
    });
    const peildatum = '2026-03-01';
    const households = [...generated(peildatum, 1000), ...edges(peildatum)];
    for (const ids of [
      ['zorgtoeslag.aandeel-partner-niet-verzekerd'],
      ['algemeen.toeslag-minimum-jaarbedrag'],
      ['zorgtoeslag.vermogensgrens-met-partner'],
    ]) {
      const parameters = without(ids);
      const expected = engine(households, peildatum, { ...rules, parameters });
      expect(fast(households, peildatum, parameters), ids.join()).toEqual(expected);
      const statuses = expected.map((e) => e.status);
      expect(statuses, ids.join()).toContain('niet-berekend');
      expect(new Set(statuses).size, ids.join()).toBeGreaterThan(1); // not all the same
    }
  });
});
