import { describe, expect, it } from 'vitest';
import { change } from './change';
import { profile } from './profile';
import { scoresFor, testInstrument } from './test-fixtures';
import type { ScanAnswers } from './types';

describe('change', () => {
  const first = profile(testInstrument, {
    ...scoresFor({ economisch: 2, sociaal: 4 }),
    children: [
      { childRef: 'k1', aspects: { 'kind.meedoen': { householdScore: 2, wantsToWorkOn: true } } },
    ],
  });
  const secondAnswers: ScanAnswers = {
    ...scoresFor({ economisch: 3, sociaal: 4, mentaal: 3 }),
    children: [
      { childRef: 'k1', aspects: { 'kind.meedoen': { householdScore: 4, wantsToWorkOn: false } } },
      { childRef: 'k2', aspects: { 'kind.meedoen': { householdScore: 3, wantsToWorkOn: false } } },
    ],
  };
  const second = profile(testInstrument, secondAnswers);

  it('gives the change per capital with a direction', () => {
    const result = change(first, second);
    expect(result.sameInstrumentVersion).toBe(true);
    expect(
      result.capitals.map((c) => [c.capital, c.previous, c.current, c.delta, c.direction]),
    ).toEqual([
      ['economisch', 2, 3, 1, 'up'],
      ['sociaal', 4, 4, 0, 'same'],
      ['cultureel', null, null, null, 'unknown'],
      ['pedagogisch', null, null, null, 'unknown'],
      ['mentaal', null, 3, null, 'unknown'],
    ]);
  });

  it('gives the change per aspect and per child, matched by id and childRef', () => {
    const result = change(first, second);
    expect(result.aspects.find((a) => a.aspectId === 'economisch.b')).toMatchObject({
      previous: 2,
      current: 3,
      delta: 1,
      direction: 'up',
    });
    expect(result.children).toEqual([
      {
        childRef: 'k1',
        aspects: [expect.objectContaining({ aspectId: 'kind.meedoen', delta: 2, direction: 'up' })],
      },
      {
        childRef: 'k2',
        aspects: [expect.objectContaining({ previous: null, current: 3, direction: 'unknown' })],
      },
    ]);
  });

  it('shows a decline as down with a negative delta, rounded to one decimal', () => {
    const before = profile(testInstrument, {
      ...scoresFor({}),
      aspects: {
        'mentaal.a': { householdScore: 4, wantsToWorkOn: false },
        'mentaal.b': { householdScore: 4, wantsToWorkOn: false },
        'mentaal.c': { householdScore: 5, wantsToWorkOn: false },
      },
    });
    const after = profile(testInstrument, scoresFor({ mentaal: 3 }));
    expect(change(before, after).capitals[4]).toMatchObject({
      previous: 4.3,
      current: 3,
      delta: -1.3,
      direction: 'down',
    });
  });

  it('keeps aspects that were only rated before, and flags a different instrument version', () => {
    const later = { ...profile(testInstrument, scoresFor({ sociaal: 4 })), instrumentVersion: 2 };
    const result = change(first, later);
    expect(result.sameInstrumentVersion).toBe(false);
    expect(result.aspects.find((a) => a.aspectId === 'economisch.a')).toMatchObject({
      previous: 2,
      current: null,
      direction: 'unknown',
    });
  });
});
