import { describe, expect, it } from 'vitest';
import { aspectsForChild, profile } from './profile';
import { scoresFor, testInstrument } from './test-fixtures';
import type { ScanAnswers } from './types';

function capital(p: ReturnType<typeof profile>, id: string) {
  const found = p.capitals.find((c) => c.capital === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('profile', () => {
  it('gives all five capitals in a fixed order, with null for capitals nobody rated', () => {
    const p = profile(testInstrument, scoresFor({ sociaal: 4 }));
    expect(p.capitals.map((c) => c.capital)).toEqual([
      'economisch',
      'sociaal',
      'cultureel',
      'pedagogisch',
      'mentaal',
    ]);
    expect(capital(p, 'sociaal')).toMatchObject({ score: 4, level: 'high', answered: 3 });
    expect(capital(p, 'economisch')).toMatchObject({ score: null, level: 'unknown', answered: 0 });
  });

  it('scores a capital as the mean of its rated aspects, rounded to one decimal', () => {
    const answers: ScanAnswers = {
      ...scoresFor({}),
      aspects: {
        'economisch.a': { householdScore: 1, wantsToWorkOn: false },
        'economisch.b': { householdScore: 2, wantsToWorkOn: false },
        'economisch.c': { householdScore: 2, wantsToWorkOn: false },
        'mentaal.a': { householdScore: 3, wantsToWorkOn: false },
        'mentaal.b': { wantsToWorkOn: true }, // not rated: does not count as a zero
      },
    };
    const p = profile(testInstrument, answers);
    expect(capital(p, 'economisch')).toMatchObject({ score: 1.7, level: 'low', answered: 3 });
    expect(capital(p, 'mentaal')).toMatchObject({ score: 3, level: 'middle', answered: 1 });
  });

  it("counts the household's rating, keeps the professional's, and lists the difference", () => {
    const answers: ScanAnswers = {
      ...scoresFor({}),
      aspects: {
        'sociaal.a': { householdScore: 4, professionalScore: 2, wantsToWorkOn: false },
        'sociaal.b': { professionalScore: 2, wantsToWorkOn: false },
        'sociaal.c': { householdScore: 3, professionalScore: 3, wantsToWorkOn: false },
      },
    };
    const p = profile(testInstrument, answers);
    const sociaal = capital(p, 'sociaal');
    expect(sociaal.aspects.map((a) => [a.score, a.countedFrom, a.ratingsDiffer])).toEqual([
      [4, 'household', true],
      [2, 'professional', false],
      [3, 'household', false],
    ]);
    expect(sociaal.aspects[0]).toMatchObject({ householdScore: 4, professionalScore: 2 });
    expect(sociaal.score).toBe(3);
    expect(sociaal.ratingsDiffer).toBe(1);
    expect(p.ratingDifferences).toEqual([
      { aspectId: 'sociaal.a', householdScore: 4, professionalScore: 2 },
    ]);
  });

  it('lists strengths (a note or a high score) and what the household wants to work on', () => {
    const answers: ScanAnswers = {
      ...scoresFor({}),
      aspects: {
        'sociaal.a': { householdScore: 5, wantsToWorkOn: false },
        'economisch.a': {
          householdScore: 2,
          strength: ' Ik houd alles bij. ',
          wantsToWorkOn: true,
        },
        'mentaal.a': { householdScore: 3, strength: '   ', wantsToWorkOn: false },
      },
      children: [
        { childRef: 'k1', aspects: { 'kind.meedoen': { householdScore: 4, wantsToWorkOn: true } } },
      ],
    };
    const p = profile(testInstrument, answers);
    expect(p.strengths.map((s) => [s.aspectId, s.childRef, s.note])).toEqual([
      ['economisch.a', undefined, 'Ik houd alles bij.'],
      ['sociaal.a', undefined, null],
      ['kind.meedoen', 'k1', null],
    ]);
    expect(p.wantsToWorkOn.map((w) => [w.aspectId, w.childRef])).toEqual([
      ['economisch.a', undefined],
      ['kind.meedoen', 'k1'],
    ]);
  });

  it('treats the pedagogisch aspects as not applicable without children', () => {
    const without = profile(testInstrument, scoresFor({ sociaal: 3 }));
    expect(capital(without, 'pedagogisch')).toMatchObject({ applicable: 0, score: null });
    const withChild = profile(testInstrument, {
      ...scoresFor({ sociaal: 3 }),
      children: [{ childRef: 'k1', aspects: {} }],
    });
    expect(capital(withChild, 'pedagogisch').applicable).toBe(3);
  });

  it('keeps the child part per child, apart from the household capital scores', () => {
    const p = profile(testInstrument, {
      ...scoresFor({ mentaal: 4 }),
      children: [
        {
          childRef: 'k1',
          aspects: { 'kind.welbevinden': { householdScore: 1, wantsToWorkOn: false } },
        },
        { childRef: 'k2', aspects: {} },
      ],
    });
    expect(p.children).toEqual([
      {
        childRef: 'k1',
        aspects: [expect.objectContaining({ aspectId: 'kind.welbevinden', score: 1 })],
      },
      { childRef: 'k2', aspects: [] },
    ]);
    expect(capital(p, 'mentaal').score).toBe(4);
  });

  it('refuses answers for another instrument version or with unknown aspects', () => {
    expect(() => profile(testInstrument, { ...scoresFor({}), instrumentVersion: 2 })).toThrow(
      /instrumentVersion/,
    );
    expect(() =>
      profile(testInstrument, {
        ...scoresFor({}),
        aspects: { 'economisch.x': { householdScore: 3, wantsToWorkOn: false } },
      }),
    ).toThrow(/aspects\.economisch\.x/);
  });
});

describe('aspectsForChild', () => {
  it('offers only the child aspects that fit the age', () => {
    expect(aspectsForChild(testInstrument, 1).map((a) => a.id)).toEqual(['kind.welbevinden']);
    expect(aspectsForChild(testInstrument, 3).map((a) => a.id)).toEqual([
      'kind.school',
      'kind.welbevinden',
    ]);
    expect(aspectsForChild(testInstrument, 10).map((a) => a.id)).toEqual([
      'kind.school',
      'kind.meedoen',
      'kind.welbevinden',
    ]);
  });
});
