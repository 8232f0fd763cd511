import { describe, expect, it } from 'vitest';
import { answerDueOn, isOverdue } from './deadline';
import { easterSunday, isWorkingDay } from '../calendar/working-days';

describe('working days (Algemene termijnenwet)', () => {
  it('knows Easter and the holidays that hang on it', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(isWorkingDay('2026-04-06')).toBe(false); // tweede Paasdag
    expect(isWorkingDay('2026-05-14')).toBe(false); // Hemelvaartsdag
    expect(isWorkingDay('2026-05-25')).toBe(false); // tweede Pinksterdag
    expect(isWorkingDay('2026-05-26')).toBe(true);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday', () => {
    expect(isWorkingDay('2025-04-26')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(false);
  });
});

describe('when an answer to a referral is overdue', () => {
  it('gives five working days, skipping the weekend and Christmas', () => {
    expect(answerDueOn('2026-12-17')).toBe('2026-12-24');
    expect(answerDueOn('2026-12-23')).toBe('2026-12-31');
  });

  it('counts across the year boundary and skips Nieuwjaarsdag', () => {
    expect(answerDueOn('2026-12-24')).toBe('2027-01-04');
  });

  it('skips Hemelvaartsdag', () => {
    expect(answerDueOn('2026-05-12')).toBe('2026-05-20');
  });

  it('alerts only from the day after the last day, and only while no answer came', () => {
    expect(isOverdue('verstuurd', '2026-12-17', '2026-12-24')).toBe(false);
    expect(isOverdue('verstuurd', '2026-12-17', '2026-12-28')).toBe(true);
    expect(isOverdue('geaccepteerd', '2026-12-17', '2026-12-28')).toBe(false);
  });
});
