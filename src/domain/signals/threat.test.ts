import { describe, expect, it } from 'vitest';
import { caseDeadlines, urgentConversationBy } from './deadlines';

// Wgs art. 4 lid 2: in a threatening situation the first conversation takes place within three
// working days. Expected dates are counted by hand on the 2026 calendar: no weekends, and the
// holidays of the Algemene termijnenwet (Goede Vrijdag is not one of them).
describe('first conversation in a threatening situation (Wgs art. 4 lid 2)', () => {
  it('skips Easter Monday: an eviction announced on the Friday before Easter', () => {
    // Fri 3 April 2026; Mon 6 April is tweede Paasdag; Tue 7, Wed 8, Thu 9.
    expect(urgentConversationBy({ kind: 'ontruiming', knownOn: '2026-04-03' })).toBe('2026-04-09');
  });

  it('starts counting on Monday for a cut-off signalled on a Saturday', () => {
    // Sat 7 November 2026: Mon 9, Tue 10, Wed 11.
    expect(urgentConversationBy({ kind: 'afsluiting', knownOn: '2026-11-07' })).toBe('2026-11-11');
  });

  it('skips both Christmas days and the weekend after them', () => {
    // Thu 24 December 2026: 25 and 26 December are holidays, 27 is a Sunday; Mon 28, Tue 29, Wed 30.
    expect(urgentConversationBy({ kind: 'zorgverzekering', knownOn: '2026-12-24' })).toBe(
      '2026-12-30',
    );
  });

  it('skips Koningsdag', () => {
    // Fri 24 April 2026; Mon 27 April is Koningsdag; Tue 28, Wed 29, Thu 30.
    expect(urgentConversationBy({ kind: 'ontruiming', knownOn: '2026-04-24' })).toBe('2026-04-30');
  });
});

describe('case deadlines with a threatening situation', () => {
  const threat = { kind: 'afsluiting', knownOn: '2026-11-07' } as const;

  it('gives the three-working-day date next to the four weeks of art. 4 lid 1', () => {
    expect(caseDeadlines('2026-11-02', null, threat)).toEqual({
      firstContactBy: '2026-11-16',
      firstConversationBy: '2026-11-30',
      urgentConversationBy: '2026-11-11',
    });
  });

  it('has no urgent date without a threatening situation', () => {
    expect(caseDeadlines('2026-11-02', null).urgentConversationBy).toBeNull();
  });

  it('keeps the urgent date when help was accepted, drops it when the case closed without help', () => {
    expect(caseDeadlines('2026-11-02', 'betalingsregeling', threat).urgentConversationBy).toBe(
      '2026-11-11',
    );
    expect(caseDeadlines('2026-11-02', 'wil_geen_hulp', threat).urgentConversationBy).toBeNull();
  });
});
