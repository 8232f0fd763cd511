import { afterEach, describe, expect, it, vi } from 'vitest';
import { householdDataSchema } from './households';

const withChildBorn = (birthYear: number) =>
  householdDataSchema.safeParse({
    adults: [{ birthYear: 1990 }],
    children: [{ ref: 'kind 1', birthYear }],
    gemeente: { code: 'GM0202', name: 'Arnhem' },
  });

describe('birth years', () => {
  afterEach(() => vi.useRealTimers());

  it('accept a child born in the first hour of the new year in the Netherlands', () => {
    // 00:30 in Amsterdam on 1 January 2027 is still 31 December 2026 in UTC.
    vi.useFakeTimers({ now: new Date('2026-12-31T23:30:00Z') });
    expect(withChildBorn(2027).success).toBe(true);
  });

  it('refuse a year that has not begun in the Netherlands', () => {
    vi.useFakeTimers({ now: new Date('2026-12-31T22:30:00Z') });
    const result = withChildBorn(2027);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'birthYear']);
  });
});
