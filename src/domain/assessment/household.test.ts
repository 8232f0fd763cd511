import { describe, expect, it } from 'vitest';
import { ageFromBirthYear, lifeEventRecency, peildatumYear } from './household';

describe('household time facts', () => {
  it('takes the age a child reaches in the year of the peildatum', () => {
    expect(ageFromBirthYear(2023, '2026-01-01')).toBe(3);
    expect(ageFromBirthYear(2023, '2026-12-31')).toBe(3);
    expect(ageFromBirthYear(2026, '2026-06-01')).toBe(0);
  });

  it('rejects a birth year after the peildatum and a malformed peildatum', () => {
    expect(() => ageFromBirthYear(2027, '2026-06-01')).toThrow(/birthYear/);
    expect(() => peildatumYear('24-11-2026')).toThrow(/peildatum/);
    expect(() => peildatumYear('2026-13-01')).toThrow(/peildatum/);
  });

  it('calls a life event recent up to two years back, or when it is still to come', () => {
    expect(lifeEventRecency({ id: 'scheiding', year: 2024 }, '2026-03-01')).toBe('recent');
    expect(lifeEventRecency({ id: 'scheiding', year: 2023 }, '2026-03-01')).toBe('past');
    expect(lifeEventRecency({ id: 'geboorte', year: 2027 }, '2026-03-01')).toBe('recent');
    expect(lifeEventRecency({ id: 'scheiding' }, '2026-03-01')).toBe('unknown');
  });
});
