import { describe, expect, it } from 'vitest';
import {
  adviceDeleteOn,
  adviceRetentionCutoff,
  seenOnProblem,
  unknownSignalIds,
} from './observation';

describe('signal ids against the checklist', () => {
  it('names only the ids the checklist does not have, once each', () => {
    expect(unknownSignalIds(['lunch', 'kleding'], ['lunch', 'fiets', 'fiets'])).toEqual(['fiets']);
    expect(unknownSignalIds(['lunch', 'kleding'], ['kleding', 'lunch'])).toEqual([]);
  });
});

describe('the day a signal was seen', () => {
  it('may be today or earlier, never later', () => {
    expect(seenOnProblem('2026-12-06', '2026-12-06')).toBeNull();
    expect(seenOnProblem('2026-11-30', '2026-12-06')).toBeNull();
    expect(seenOnProblem('2026-12-07', '2026-12-06')).toBe('future');
  });
});

describe('advice retention (90 days, ADR 1404)', () => {
  it('deletes questions asked more than 90 days ago', () => {
    // 6 December minus 90 days: 30 days of November, 31 of October, 29 of September → 7 September.
    const cutoff = adviceRetentionCutoff(new Date('2026-12-06T12:00:00Z'));
    expect(cutoff.toISOString()).toBe('2026-09-07T12:00:00.000Z');
  });

  it('tells the asker the day their question goes', () => {
    expect(adviceDeleteOn(new Date('2026-09-07T12:00:00Z'))).toBe('2026-12-06');
  });
});
