import { describe, expect, it } from 'vitest';
import { change, scoreDeltas } from './change';
import { profile, scanScores } from './profile';
import { scoresFor, testInstrument } from './test-fixtures';
import type { ScanAnswers } from './types';

// The outcomes report counts changes over thousands of households from scores alone. These
// numbers must be the ones a professional sees in the household's profile and change view.

const rated = (householdScore?: 1 | 2 | 3 | 4 | 5, professionalScore?: 1 | 2 | 3 | 4 | 5) => ({
  ...(householdScore ? { householdScore } : {}),
  ...(professionalScore ? { professionalScore } : {}),
  wantsToWorkOn: false,
});

/** First scan: the professional's rating counts only where the household gave none. */
const first: ScanAnswers = {
  ...scoresFor({}),
  aspects: {
    'economisch.a': rated(1),
    'economisch.b': rated(2, 4),
    'economisch.c': rated(undefined, 5),
    'sociaal.a': { wantsToWorkOn: true },
    'sociaal.b': rated(3),
    'mentaal.a': rated(4),
    'mentaal.b': rated(5),
    'mentaal.c': rated(5),
  },
};
const latest: ScanAnswers = {
  ...scoresFor({}),
  aspects: {
    'economisch.a': rated(3),
    'economisch.b': rated(3),
    'economisch.c': rated(3),
    'sociaal.b': rated(2),
    'cultureel.a': rated(4),
  },
};

const capitalScores = (answers: ScanAnswers) =>
  Object.fromEntries(scanScores(testInstrument, answers).capitals.map((c) => [c.capital, c.score]));

describe('scanScores', () => {
  it('scores capitals by the rules of the profile: mean of counted ratings, one decimal', () => {
    // economisch: 1, 2 (household over professional 4), 5 (professional only) → 8/3 = 2.7.
    // sociaal: only b is rated (a has no rating, not a zero) → 3. mentaal: 14/3 = 4.7.
    expect(capitalScores(first)).toEqual({
      economisch: 2.7,
      sociaal: 3,
      cultureel: null,
      pedagogisch: null,
      mentaal: 4.7,
    });
    const aspects = scanScores(testInstrument, first).aspects;
    expect(aspects.find((a) => a.aspect.id === 'economisch.b')?.score).toBe(2);
    expect(aspects.find((a) => a.aspect.id === 'economisch.c')?.score).toBe(5);
    expect(aspects.find((a) => a.aspect.id === 'sociaal.a')?.score).toBeNull();
  });

  it('gives the same numbers, in the same order, as the profile', () => {
    for (const answers of [first, latest]) {
      const p = profile(testInstrument, answers);
      const s = scanScores(testInstrument, answers);
      expect(s.capitals).toEqual(p.capitals.map((c) => ({ capital: c.capital, score: c.score })));
      expect(s.aspects.map((a) => [a.aspect.id, a.aspect.capital, a.score])).toEqual(
        p.capitals.flatMap((c) => c.aspects.map((a) => [a.aspectId, a.capital, a.score])),
      );
    }
  });

  it('refuses answers for another instrument version, as the profile does', () => {
    expect(() => scanScores(testInstrument, { ...first, instrumentVersion: 2 })).toThrow(
      /instrumentVersion/,
    );
  });
});

describe('scoreDeltas', () => {
  const deltas = scoreDeltas(scanScores(testInstrument, first), scanScores(testInstrument, latest));

  it('gives the change per capital, unknown when either scan has no score', () => {
    // economisch 2.7 → 3 = +0.3; sociaal 3 → 2 = −1; cultureel and mentaal each miss one side.
    expect(Object.fromEntries(deltas.capitals.map((c) => [c.capital, c.delta]))).toEqual({
      economisch: 0.3,
      sociaal: -1,
      cultureel: null,
      pedagogisch: null,
      mentaal: null,
    });
    const aspect = (id: string) => deltas.aspects.find((a) => a.aspectId === id)?.delta;
    expect([aspect('economisch.a'), aspect('economisch.b'), aspect('economisch.c')]).toEqual([
      2, 1, -2,
    ]);
  });

  it('gives the same deltas, in the same order, as the change between the profiles', () => {
    const full = change(profile(testInstrument, first), profile(testInstrument, latest));
    expect(deltas.capitals).toEqual(
      full.capitals.map((c) => ({ capital: c.capital, delta: c.delta })),
    );
    expect(deltas.aspects).toEqual(
      full.aspects.map((a) => ({ aspectId: a.aspectId, capital: a.capital, delta: a.delta })),
    );
  });
});
