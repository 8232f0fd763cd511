import { describe, expect, it } from 'vitest';
import {
  calculateAll,
  configuredScheme,
  confirmValues,
  defaultRules,
  forResidents,
  municipalSchemeIds,
  registeredName,
  schemeProblems,
  unconfiguredGemeente,
  validateHousehold,
  withGemeenten,
  type GemeenteConfig,
} from './index';
import { dutch } from '../../../test/dutch';

// Figures shown to residents as a gemeente's rules must have a source and be checked by a person.

const rules = defaultRules();
const example = rules.municipal.configs.GM9999!;
const P = '2026-03-01';

/** The example's figures under a real gemeente's name, with a source per scheme but nothing checked. */
function unchecked(): GemeenteConfig {
  const c = structuredClone({ ...example, code: 'GM0148', name: 'Dalfsen', example: false });
  for (const id of municipalSchemeIds)
    configuredScheme(c, id)!.source = { title: `Regeling ${id}`, url: `https://example.org/${id}` };
  return c;
}

function municipalResults(config: GemeenteConfig) {
  const v = validateHousehold(
    {
      gemeente: config.code,
      applicant: {
        birthDate: '1985-01-01',
        grossMonthlyIncomeCents: 130000,
        netMonthlyIncomeCents: 120000,
        incomeKind: 'uitkering',
      },
      home: { type: 'geen' },
    },
    P,
    { knownGemeenten: [config.code] },
  );
  if (!v.ok) throw new Error('invalid household');
  return calculateAll(v.household, P, withGemeenten(rules, [config])).schemes.filter(
    (s) => s.category === 'gemeentelijk',
  );
}

describe('schemeProblems', () => {
  it('names every figure of a real gemeente that nobody checked', () => {
    const fields = schemeProblems(unchecked()).map((i) => i.field);
    expect(fields).toContain('schemes.kwijtschelding.cost_norm_pct');
    expect(fields).toContain('schemes.individuele-inkomenstoeslag.amounts_per_year.alleenstaande');
    expect(fields).not.toContain('schemes.kwijtschelding.how_to_apply');
  });

  it('has nothing to say about example data', () => {
    expect(schemeProblems(example)).toEqual([]);
  });
});

describe('confirmValues', () => {
  it('records who checked which figure against the scheme source, and when', () => {
    const c = confirmValues(
      unchecked(),
      ['schemes.kwijtschelding.cost_norm_pct', 'schemes.kwijtschelding.how_to_apply'],
      'A. Beheerder',
      '2026-12-01',
    );
    const k = configuredScheme(c, 'kwijtschelding')!;
    expect(k.verified).toEqual({
      cost_norm_pct: {
        status: 'verified',
        source: 'Regeling kwijtschelding',
        url: 'https://example.org/kwijtschelding',
        read_on: '2026-12-01',
        by: 'A. Beheerder',
      },
    });
  });

  it('leaves no problem once every figure is confirmed', () => {
    const all = municipalSchemeIds.flatMap((id) =>
      schemeProblems(unchecked())
        .map((i) => i.field)
        .filter((f) => f.startsWith(`schemes.${id}.`)),
    );
    expect(schemeProblems(confirmValues(unchecked(), all, 'A', '2026-12-01'))).toEqual([]);
  });
});

describe('what residents see', () => {
  it('turns a scheme with unchecked figures into "ask your gemeente", without an amount', () => {
    const results = municipalResults(forResidents(unchecked()));
    expect(results).toHaveLength(5);
    for (const s of results) {
      expect(s.status).toBe('mogelijk');
      expect(s.amount).toBeNull();
      expect(dutch(s.howToApply!)).toBe('Vraag het na bij de gemeente Dalfsen.');
      expect(s.toAsk.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('shows the source and the date of the check of a checked scheme', () => {
    const c = confirmValues(
      unchecked(),
      ['schemes.meedoenregeling.income_limit_pct', 'schemes.meedoenregeling.asset_limit'].concat(
        [
          'amount_per_adult_per_year',
          'amount_per_child_per_year',
          'child_min_age',
          'child_max_age',
        ].map((f) => `schemes.meedoenregeling.${f}`),
      ),
      'A',
      '2026-12-01',
    );
    const meedoen = municipalResults(forResidents(c)).find((s) => s.scheme === 'meedoenregeling')!;
    expect(meedoen.source).toEqual({
      title: 'Regeling meedoenregeling',
      url: 'https://example.org/meedoenregeling',
      checkedOn: '2026-12-01',
    });
    expect(meedoen.amount?.perYearCents).toBe(25000);
  });

  it('asks for every municipal scheme of a gemeente nobody set up', () => {
    const results = municipalResults(unconfiguredGemeente('GM0148', 'Dalfsen'));
    expect(results.map((s) => [s.status, s.amount, s.source])).toEqual(
      Array(5).fill(['mogelijk', null, null]),
    );
  });
});

describe('the gemeenten shipped in rules/gemeenten', () => {
  const real = Object.values(rules.municipal.configs).filter((g) => !g.example);

  it('cover the gemeenten of the source documents', () => {
    expect(real.map((g) => g.name).sort()).toEqual(
      ['Arnhem', 'Assen', 'Emmen', 'Groningen', 'Steenwijkerland', 'Zwolle'].sort(),
    );
  });

  it('show residents no figure that lacks a source or a check by a person', () => {
    for (const g of real) expect(schemeProblems(g), g.name).toEqual([]);
  });

  it('carry the name of the register for their code', () => {
    for (const g of real) expect(registeredName(g.code), g.code).toBe(g.name);
  });
});
