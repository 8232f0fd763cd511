import { describe, expect, it } from 'vitest';
import { scoreChange, type Profile } from '../../../domain/assessment';
import { changeParts, profileSummary, scoreText } from './profile-format';

const profileWith = (scores: Record<string, number | null>) =>
  ({
    capitals: Object.entries(scores).map(([capital, score]) => ({ capital, score })),
  }) as unknown as Profile;

describe('profileSummary', () => {
  it('names the strongest and the weakest capitals, ties together, and the unknown ones', () => {
    expect(
      profileSummary(
        profileWith({ economisch: 2, sociaal: 4, cultureel: 3, pedagogisch: 2, mentaal: null }),
      ),
    ).toEqual({
      strongest: { capitals: ['sociaal'], score: 4 },
      weakest: { capitals: ['economisch', 'pedagogisch'], score: 2 },
      unknown: ['mentaal'],
    });
  });

  it('has no weakest when all known scores are equal, and nothing when none is known', () => {
    expect(profileSummary(profileWith({ economisch: 3, sociaal: 3 })).weakest).toBeNull();
    expect(profileSummary(profileWith({ economisch: null }))).toEqual({
      strongest: null,
      weakest: null,
      unknown: ['economisch'],
    });
  });
});

describe('changeParts', () => {
  it('writes the change as from, to and a direction word', () => {
    expect(changeParts(scoreChange(2, 3), 'nl')).toEqual({
      from: '2',
      to: '3',
      direction: 'huishoudens.change.direction.up',
    });
    expect(changeParts(scoreChange(3.5, 2.5), 'nl')).toMatchObject({ from: '3,5', to: '2,5' });
    expect(changeParts(scoreChange(3.5, 2.5), 'en').from).toBe('3.5');
    expect(changeParts(scoreChange(null, 4), 'nl')).toEqual({
      from: '–',
      to: '4',
      direction: 'huishoudens.change.direction.unknown',
    });
    expect(scoreText(null, 'nl')).toBeNull();
  });
});
