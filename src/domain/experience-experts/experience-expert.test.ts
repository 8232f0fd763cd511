import { describe, expect, it } from 'vitest';
import { availableOn, isPhoneNumber, mayInvite, pausedOn, weekdayOf } from './experience-expert';

describe('experience expert availability', () => {
  it('knows the weekday of a calendar date', () => {
    // 6 December 2026 is a Sunday, 7 December a Monday (any calendar).
    expect(weekdayOf('2026-12-06')).toBe('sunday');
    expect(weekdayOf('2026-12-07')).toBe('monday');
    expect(weekdayOf('2024-02-29')).toBe('thursday');
  });

  it('is not available during a pause, and again from the date it ends', () => {
    const a = { days: [], dayParts: [], unavailableUntil: '2027-01-15' };
    expect(availableOn(a, '2027-01-14')).toBe(false);
    expect(pausedOn(a, '2027-01-14')).toBe(true);
    expect(availableOn(a, '2027-01-15')).toBe(true);
    expect(pausedOn(a, '2027-01-15')).toBe(false);
  });

  it('is available only on the days named, any day when none are named', () => {
    const tuesdays = { days: ['tuesday' as const], dayParts: [], unavailableUntil: null };
    expect(availableOn(tuesdays, '2026-12-08')).toBe(true);
    expect(availableOn(tuesdays, '2026-12-09')).toBe(false);
    expect(availableOn({ ...tuesdays, days: [] }, '2026-12-09')).toBe(true);
  });
});

describe('who may invite an experience expert', () => {
  const target = { teamId: 'team-1', startedBy: 'starter' };
  it('lets the team leader of the team and the starter invite, nobody else', () => {
    expect(mayInvite({ userId: 'tl', role: 'teamleider', teamIds: ['team-1'] }, target)).toBe(true);
    expect(mayInvite({ userId: 'starter', role: 'sociaal_werker', teamIds: [] }, target)).toBe(
      true,
    );
    expect(mayInvite({ userId: 'tl', role: 'teamleider', teamIds: ['team-2'] }, target)).toBe(
      false,
    );
    expect(mayInvite({ userId: 'w', role: 'sociaal_werker', teamIds: ['team-1'] }, target)).toBe(
      false,
    );
    // A starter who left Wegwijs (null) makes nobody a starter.
    expect(
      mayInvite(
        { userId: 'w', role: 'sociaal_werker', teamIds: [] },
        { ...target, startedBy: null },
      ),
    ).toBe(false);
  });
});

describe('phone numbers', () => {
  it('accepts Dutch mobile, landline and international notation', () => {
    expect(isPhoneNumber('06-12345678')).toBe(true);
    expect(isPhoneNumber('026 123 45 67')).toBe(true);
    expect(isPhoneNumber('+31 (0)6 1234 5678')).toBe(true);
  });
  it('refuses too few digits and letters', () => {
    expect(isPhoneNumber('12345')).toBe(false);
    expect(isPhoneNumber('bel me maar')).toBe(false);
    expect(isPhoneNumber('06-1234567x')).toBe(false);
  });
});
