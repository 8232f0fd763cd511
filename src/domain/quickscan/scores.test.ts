import { describe, expect, it } from 'vitest';
import {
  compareParts,
  partScores,
  previousYear,
  roundToTenth,
  unansweredStatements,
  unknownStatements,
} from './scores';
import { shape } from './test-fixtures';

describe('a professional’s part scores', () => {
  it('is the mean per part, one decimal, low when under the help threshold', () => {
    // kennis (4 + 4 + 3) / 3 = 3.67 → 3.7; gesprek (2 + 3) / 2 = 2.5 → low.
    expect(partScores(shape, { k1: 4, k2: 4, k3: 3, g1: 2, g2: 3 })).toEqual([
      { partId: 'kennis', mean: 3.7, low: false },
      { partId: 'gesprek', mean: 2.5, low: true },
    ]);
  });

  it('compares the exact mean with the threshold, not the rounded one', () => {
    // (4 + 3 + 3) / 3 = 3.333 shows as 3.3 and is low; (4 + 3) / 2 = 3.5 is not.
    const scores = partScores(shape, { k1: 4, k2: 3, k3: 3, g1: 4, g2: 3 });
    expect(scores.map((s) => [s.mean, s.low])).toEqual([
      [3.3, true],
      [3.5, false],
    ]);
  });

  it('rounds halves up, as a mark is rounded', () => {
    expect(roundToTenth(3.25)).toBe(3.3);
    expect(roundToTenth(-0.25)).toBe(-0.3);
    expect(roundToTenth(2.04)).toBe(2);
  });

  it('names statements left open or answered off the scale, and answers to no statement', () => {
    const answers = { k1: 4, k2: 6, g1: 0, g2: 5, old: 3 };
    expect(unansweredStatements(shape, answers)).toEqual(['k2', 'k3', 'g1']);
    expect(unknownStatements(shape, answers)).toEqual(['old']);
  });
});

describe('growth since the previous year', () => {
  it('shows the change per part from the most recent earlier year', () => {
    const now = partScores(shape, { k1: 4, k2: 4, k3: 4, g1: 3, g2: 4 });
    const before = partScores(shape, { k1: 3, k2: 3, k3: 2, g1: 4, g2: 4 });
    // kennis 4.0 − 2.7 = 1.3; gesprek 3.5 − 4.0 = −0.5.
    expect(compareParts(now, before)).toEqual([
      { partId: 'kennis', current: 4, previous: 2.7, change: 1.3 },
      { partId: 'gesprek', current: 3.5, previous: 4, change: -0.5 },
    ]);
    expect(previousYear([2024, 2026, 2025], 2026)).toBe(2025);
    expect(previousYear([2026], 2026)).toBeNull();
  });
});
