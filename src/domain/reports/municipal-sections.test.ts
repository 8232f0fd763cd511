import { describe, expect, it } from 'vitest';
import { capitalProfiles, koepelComparison, signalSection } from './municipal-sections';
import { recoveredByAttacker } from './test-attacker';

const levels = (economisch: string) => [
  { capital: 'economisch' as const, level: economisch },
  { capital: 'sociaal' as const, level: 'middle' },
];

describe('capitalProfiles', () => {
  // 20 households low on economisch, 4 high; all middle on sociaal.
  const rows = capitalProfiles([
    ...Array.from({ length: 20 }, () => levels('low')),
    ...Array.from({ length: 4 }, () => levels('high')),
  ]);
  const economisch = rows.find((r) => r.capital === 'economisch')!;

  it('hides the 4 and the 20 that would give it away with the row total of 24', () => {
    expect(economisch.total.value).toBe(24);
    expect(economisch.levels.map((c) => c.value)).toEqual([null, null, null]);
    expect(economisch.levels.map((c) => c.suppression)).toEqual([
      'secondary',
      'primary',
      'primary',
    ]);
  });

  it('shows a full row when every level is 0 or 10 and more, except the zeros', () => {
    const sociaal = rows.find((r) => r.capital === 'sociaal')!;
    // 24 middle; 0 low and 0 high are hidden (a zero says something about everyone), and with
    // two hidden cells adding to 0 < 10 the 24 must go as well.
    expect(sociaal.total.value).toBe(24);
    expect(sociaal.levels[1]!.value).toBeNull();
  });

  it('reports nothing without profiles', () => {
    expect(capitalProfiles([])).toEqual([]);
  });
});

describe('signalSection', () => {
  // 40 people: 15 still running, 12 with an arrangement, 13 not reached; 55 signals.
  const outcomes = [
    ...Array.from({ length: 15 }, () => null),
    ...Array.from({ length: 12 }, () => 'betalingsregeling'),
    ...Array.from({ length: 13 }, () => 'niet_bereikt'),
  ];
  const section = signalSection(55, outcomes);

  it('counts signals and people per follow-up state, the zero states hidden', () => {
    expect(section.received.value).toBe(55);
    expect(section.people.value).toBe(40);
    const shown = Object.fromEntries(section.followUp.map((f) => [f.state, f.people.value]));
    expect(shown.opgelost).toBeNull();
    expect(shown.doorverwezen).toBeNull();
  });

  it('leaves no hidden state that the published figures pin down', () => {
    const cells = section.followUp.map((f) => [f.people]);
    const table = {
      cells,
      rowTotals: cells.map((r) => r[0]!),
      columnTotals: [section.people],
      total: section.people,
    };
    expect(recoveredByAttacker(table)).toEqual([]);
  });
});

describe('koepelComparison', () => {
  it('hides an organisation under 10 households and publishes no koepel total', () => {
    const rows = koepelComparison([
      { organisationId: 'a', name: 'A', households: 12, children: 20 },
      { organisationId: 'b', name: 'B', households: 3, children: 11 },
    ]);
    expect(rows.map((r) => [r.households.value, r.children.value])).toEqual([
      [12, 20],
      [null, 11],
    ]);
  });
});
