import { describe, expect, it } from 'vitest';
import { freshnessCutoff, isStale } from './freshness';

describe('freshness', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  it('flags an entry checked longer ago than the period', () => {
    expect(isStale('2025-11-23T10:00:00Z', now, 12)).toBe(true);
    expect(isStale('2025-11-25T10:00:00Z', now, 12)).toBe(false);
  });
  it('counts calendar months, also across the end of a month', () => {
    expect(freshnessCutoff(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(freshnessCutoff(now, 6).toISOString()).toBe('2026-05-24T10:00:00.000Z');
    expect(freshnessCutoff(new Date('2026-01-15T00:00:00Z'), 2).toISOString()).toBe(
      '2025-11-15T00:00:00.000Z',
    );
  });
});
