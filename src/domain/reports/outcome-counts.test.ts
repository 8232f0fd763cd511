import { describe, expect, it } from 'vitest';
import { CAPITALS, scoreChange, type Capital } from '../assessment';
import { distributionOfHistogram } from './distribution';
import {
  summariseOutcomeCounts,
  summariseOutcomes,
  type ChangeCount,
  type HouseholdOutcome,
  type Measure,
} from './outcomes';

// The outcomes report from counts per measure, wijk and change (what the database sums) must be
// the report `summariseOutcomes` makes from one record per household, to the last digit.

const ASPECTS = ['economisch.inkomen', 'sociaal.netwerk', 'psychisch.stress'];
const measures: Measure[] = [
  ...CAPITALS.map((capital) => ({ capital, aspectId: null })),
  ...ASPECTS.map((id) => ({ capital: id.split('.')[0] as Capital, aspectId: id })),
];

function household(
  wijk: string | null,
  capitalDeltas: (number | null)[],
  aspectDeltas: (number | null)[],
  interventions: string[] = [],
): HouseholdOutcome {
  const change = (d: number | null) => (d === null ? scoreChange(null, 2) : scoreChange(2, 2 + d));
  return {
    wijk,
    povertyType: null,
    interventions,
    change: {
      capitals: CAPITALS.map((capital, i) => ({
        capital,
        delta: change(capitalDeltas[i] ?? null).delta,
      })),
      aspects: ASPECTS.map((aspectId, i) => ({
        aspectId,
        capital: aspectId.split('.')[0] as Capital,
        delta: change(aspectDeltas[i] ?? null).delta,
      })),
    },
  };
}

/** What the database returns for these households: per measure, stored wijk and tenths, a count. */
function countsOf(
  records: HouseholdOutcome[],
  groups: (r: HouseholdOutcome) => readonly (string | null)[] = (r) => [r.wijk],
): ChangeCount[] {
  const counted = new Map<string, ChangeCount>();
  for (const r of records) {
    const deltas = [...r.change.capitals, ...r.change.aspects].map((c) => c.delta);
    deltas.forEach((delta, measure) => {
      if (delta === null) return;
      const tenths = Math.round(delta * 10);
      for (const group of groups(r)) {
        const key = JSON.stringify([measure, group, tenths]);
        const c = counted.get(key) ?? { measure, group, tenths, households: 0 };
        c.households++;
        counted.set(key, c);
      }
    });
  }
  return [...counted.values()];
}

/** A fixed pseudo-random sequence (no real randomness in tests). */
function sequence(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('distributionOfHistogram', () => {
  it('gives the quartiles of the values it counts, by linear interpolation as QUARTILE.INC', () => {
    // −1, 0, 0, 1, 1, 1, 2: Q1 at position 1.5 = 0; median at 3 = 1; Q3 at 4.5 = 1; mean 4/7.
    expect(
      distributionOfHistogram([
        [-1, 1],
        [0, 2],
        [1, 3],
        [2, 1],
      ]),
    ).toEqual({
      n: 7,
      min: -1,
      q1: 0,
      median: 1,
      q3: 1,
      max: 2,
      mean: 0.57,
    });
    expect(distributionOfHistogram([])).toBeNull();
  });
});

describe('summariseOutcomeCounts', () => {
  it('trims blanks around a wijk and puts an empty one with the unknown', () => {
    const records = [
      ...Array.from({ length: 12 }, () => household(' Presikhaaf ', [1], [1])),
      ...Array.from({ length: 12 }, () => household('Presikhaaf', [-0.5], [0])),
      ...Array.from({ length: 11 }, () => household('', [0.3], [null])),
      ...Array.from({ length: 11 }, () => household(null, [0], [-1])),
    ];
    const report = summariseOutcomeCounts({ groups: countsOf(records) }, measures, 'wijk');
    expect(report.capitals[0]!.groups.map((g) => [g.group, g.n.value])).toEqual([
      ['Presikhaaf', 24],
      [null, 22],
    ]);
    expect(JSON.stringify(report)).toBe(JSON.stringify(summariseOutcomes(records, 'wijk')));
  });

  it('equals the report over one record per household, suppression and quartiles included', () => {
    const next = sequence(15);
    const wijken = ['Malburgen', 'Presikhaaf', 'Geitenkamp', 'Klarendal', ' Elderveld', null];
    const step = () => (next() < 0.1 ? null : Math.round((next() * 8 - 4) * 10) / 10);
    const records = Array.from({ length: 400 }, () =>
      household(
        wijken[Math.floor(next() ** 2 * wijken.length)]!,
        CAPITALS.map(step),
        ASPECTS.map(() => (next() < 0.2 ? null : Math.round(next() * 8 - 4))),
      ),
    );
    // A wijk of five households: hidden, with the cells that would give it away.
    records.push(...Array.from({ length: 5 }, () => household('Spijkerkwartier', [0.1], [1])));
    const counted = summariseOutcomeCounts({ groups: countsOf(records) }, measures, 'wijk');
    expect(JSON.stringify(counted)).toBe(JSON.stringify(summariseOutcomes(records, 'wijk')));
    // Some cells are hidden and some distributions shown, so both paths were compared.
    const groups = counted.capitals.flatMap((t) => t.groups);
    expect(groups.some((g) => g.n.value === null)).toBe(true);
    expect(groups.some((g) => g.distribution !== null)).toBe(true);
  });

  it('counts a household under each intervention it used, and once overall', () => {
    const next = sequence(42);
    const catalogue = ['schuldhulp', 'voedselbank', 'taalcafe', 'budgetcoach'];
    const records = Array.from({ length: 300 }, () =>
      household(
        'Presikhaaf',
        CAPITALS.map(() => Math.round((next() * 6 - 3) * 10) / 10),
        ASPECTS.map(() => Math.round(next() * 6 - 3)),
        catalogue.filter(() => next() < 0.35),
      ),
    );
    const used = (r: HouseholdOutcome) => (r.interventions.length ? r.interventions : [null]);
    const counted = summariseOutcomeCounts(
      { groups: countsOf(records, used), overall: countsOf(records, () => [null]) },
      measures,
      'intervention',
    );
    expect(JSON.stringify(counted)).toBe(
      JSON.stringify(summariseOutcomes(records, 'intervention')),
    );
    expect(counted.capitals[0]!.overall.n.value).toBe(300);
  });

  it('gives no tables without households', () => {
    expect(summariseOutcomeCounts({ groups: [] }, measures, 'wijk')).toEqual(
      summariseOutcomes([], 'wijk'),
    );
  });
});
