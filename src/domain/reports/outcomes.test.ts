import { describe, expect, it } from 'vitest';
import { scoreChange, type Capital, type PovertyType } from '../assessment';
import { distributionOf } from './distribution';
import { summariseOutcomes, type HouseholdOutcome, type OutcomeReport } from './outcomes';
import type { SuppressedTable } from './suppression';
import { recoveredByAttacker } from './test-attacker';

/** One household's change: capital deltas (from a score of 2), and aspect deltas if given. */
function household(
  wijk: string | null,
  deltas: Partial<Record<Capital, number>>,
  extra: {
    povertyType?: PovertyType;
    interventions?: string[];
    aspects?: Record<string, number>;
  } = {},
): HouseholdOutcome {
  return {
    wijk,
    povertyType: extra.povertyType ?? null,
    interventions: extra.interventions ?? [],
    change: {
      capitals: Object.entries(deltas).map(([capital, d]) => ({
        capital: capital as Capital,
        ...scoreChange(2, 2 + d),
      })),
      aspects: Object.entries(extra.aspects ?? {}).map(([aspectId, d]) => ({
        aspectId,
        capital: aspectId.split('.')[0] as Capital,
        title: aspectId,
        titleEn: aspectId,
        ...scoreChange(2, 2 + d),
      })),
    },
  };
}
const times = (n: number, make: () => HouseholdOutcome) => Array.from({ length: n }, make);

// Presikhaaf: 10 up by 1, 10 the same, 10 down by 1. Malburgen: 20 up by 2, 10 same, 10 down by 1.
const presikhaaf = [
  ...times(10, () => household('Presikhaaf', { economisch: 1 })),
  ...times(10, () => household('Presikhaaf', { economisch: 0 })),
  ...times(10, () => household('Presikhaaf', { economisch: -1 })),
];
const malburgen = [
  ...times(20, () => household('Malburgen', { economisch: 2 })),
  ...times(10, () => household('Malburgen', { economisch: 0 })),
  ...times(10, () => household('Malburgen', { economisch: -1 })),
];

const economisch = (report: OutcomeReport) =>
  report.capitals.find((t) => t.measure.capital === 'economisch')!;

/** An outcome table as a count table, for the attacker. */
function asCountTable(table: ReturnType<typeof economisch>): SuppressedTable {
  const cells = (r: (typeof table.groups)[number]) => [r.improved, r.same, r.worse];
  return {
    cells: table.groups.map(cells),
    rowTotals: table.groups.map((g) => g.n),
    columnTotals: cells(table.overall),
    total: table.overall.n,
  };
}

describe('distributionOf', () => {
  it('gives quartiles by linear interpolation, as QUARTILE.INC does', () => {
    // Sorted −1, 0, 0.5, 1, 1.5, 2: Q1 at position 1.25 = 0 + 0.25 × 0.5; median at 2.5; Q3 at 3.75.
    expect(distributionOf([2, -1, 1, 0.5, 0, 1.5])).toEqual({
      n: 6,
      min: -1,
      q1: 0.13,
      median: 0.75,
      q3: 1.38,
      max: 2,
      mean: 0.67,
    });
    expect(distributionOf([])).toBeNull();
  });
});

describe('summariseOutcomes', () => {
  it('gives n, the directions and the distribution per wijk, and overall', () => {
    const table = economisch(summariseOutcomes([...presikhaaf, ...malburgen], 'wijk'));
    expect(table.groups.map((g) => g.group)).toEqual(['Malburgen', 'Presikhaaf']);
    const [mal, pres] = table.groups;
    expect([mal!.n.value, mal!.improved.value, mal!.same.value, mal!.worse.value]).toEqual([
      40, 20, 10, 10,
    ]);
    // Sorted: ten −1, ten 0, twenty 2. Q1 at 9.75 lies between −1 and 0; median at 19.5 between 0 and 2.
    expect(mal!.distribution).toEqual({
      n: 40,
      min: -1,
      q1: -0.25,
      median: 1,
      q3: 2,
      max: 2,
      mean: 0.75,
    });
    expect(pres!.distribution).toMatchObject({ n: 30, q1: -1, median: 0, q3: 1, mean: 0 });
    // Overall: twenty −1, twenty 0, ten 1, twenty 2; the mean alone (0.43) hides the spread.
    expect(table.overall.n.value).toBe(70);
    expect(table.overall.distribution).toMatchObject({ q1: -1, median: 0, q3: 2, mean: 0.43 });
    expect([
      table.overall.improved.value,
      table.overall.same.value,
      table.overall.worse.value,
    ]).toEqual([30, 20, 20]);
  });

  it('hides a wijk of four households and what would give it away', () => {
    // Geitenkamp: 2 up, 1 the same, 1 down. Overall: 32 up, 21 the same, 21 down.
    const geitenkamp = [
      household('Geitenkamp', { economisch: 1 }),
      household('Geitenkamp', { economisch: 1 }),
      household('Geitenkamp', { economisch: 0 }),
      household('Geitenkamp', { economisch: -2 }),
    ];
    const table = economisch(
      summariseOutcomes([...presikhaaf, ...malburgen, ...geitenkamp], 'wijk'),
    );
    const geit = table.groups.find((g) => g.group === 'Geitenkamp')!;
    expect([geit.n, geit.improved, geit.same, geit.worse].map((c) => c.value)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(geit.distribution).toBeNull();
    expect(table.overall.n.value).toBe(74);
    expect([
      table.overall.improved.value,
      table.overall.same.value,
      table.overall.worse.value,
    ]).toEqual([32, 21, 21]);
    // Overall minus the other wijken would give Geitenkamp back, so some of theirs are hidden too.
    const others = table.groups.filter((g) => g.group !== 'Geitenkamp');
    expect(others.some((g) => [g.improved, g.same, g.worse].some((c) => c.value === null))).toBe(
      true,
    );
    expect(recoveredByAttacker(asCountTable(table))).toEqual([]);
    const shown = table.groups.flatMap((g) => [g.n, g.improved, g.same, g.worse]);
    expect(shown.every((c) => c.value === null || c.value >= 10)).toBe(true);
  });

  it('counts a household under every intervention it used, and those without one apart', () => {
    const records = [
      ...times(12, () =>
        household('Presikhaaf', { sociaal: 1 }, { interventions: ['buurtkamer', 'budgetcoach'] }),
      ),
      ...times(10, () =>
        household('Presikhaaf', { sociaal: 0 }, { interventions: ['budgetcoach'] }),
      ),
      ...times(11, () => household('Malburgen', { sociaal: -1 })),
    ];
    const table = summariseOutcomes(records, 'intervention').capitals.find(
      (t) => t.measure.capital === 'sociaal',
    )!;
    expect(table.groups.map((g) => [g.group, g.n.value])).toEqual([
      ['budgetcoach', 22],
      ['buurtkamer', 12],
      [null, 11],
    ]);
    // budgetcoach: 12 up and 10 the same; nobody worse (0) is hidden, and so is the 10 next to it.
    const budget = table.groups[0]!;
    expect([budget.improved.value, budget.same.value, budget.worse.value]).toEqual([
      12,
      null,
      null,
    ]);
    expect(budget.distribution).toMatchObject({ n: 22, median: 1, min: 0, max: 1 });
    expect(table.overall.n.value).toBe(33);
  });

  it('only counts households with a known change in a capital, per capital and per aspect', () => {
    const records = [
      ...times(10, () =>
        household(
          null,
          { mentaal: 1, sociaal: 0 },
          { povertyType: 'generatie', aspects: { 'mentaal.a': 2 } },
        ),
      ),
      ...times(10, () => household(null, { mentaal: -1 }, { povertyType: 'situationeel' })),
    ];
    const report = summariseOutcomes(records, 'povertyType');
    const mentaal = report.capitals.find((t) => t.measure.capital === 'mentaal')!;
    const sociaal = report.capitals.find((t) => t.measure.capital === 'sociaal')!;
    expect(mentaal.overall.n.value).toBe(20);
    expect(mentaal.groups.map((g) => g.group)).toEqual(['generatie', 'situationeel']);
    // Sociaal is known for the ten generatie households only; nothing at all is known for economisch.
    expect(sociaal.overall.n.value).toBe(10);
    expect(report.capitals.map((t) => t.measure.capital)).toEqual(['sociaal', 'mentaal']);
    expect(report.aspects).toHaveLength(1);
    expect(report.aspects[0]!.measure).toEqual({ capital: 'mentaal', aspectId: 'mentaal.a' });
    expect(report.aspects[0]!.overall.distribution).toMatchObject({ n: 10, median: 2 });
  });
});
