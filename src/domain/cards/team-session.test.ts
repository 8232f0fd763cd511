import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  codeIsValid,
  joinCodeFromBytes,
  normaliseJoinCode,
  pointsFor,
  sessionPhase,
} from './team-session';

const at = (iso: string) => new Date(iso);
const session = {
  revealedAt: null,
  closedAt: null,
  codeExpiresAt: at('2026-11-24T10:00:00Z'),
  expiresAt: at('2026-11-24T13:00:00Z'),
};

describe('team session phase', () => {
  it('is answering until revealed, then revealed, and closed once closed or past its end', () => {
    expect(sessionPhase(session, at('2026-11-24T09:10:00Z'))).toBe('answering');
    const revealed = { ...session, revealedAt: at('2026-11-24T09:20:00Z') };
    expect(sessionPhase(revealed, at('2026-11-24T09:30:00Z'))).toBe('revealed');
    expect(sessionPhase(revealed, at('2026-11-24T13:00:00Z'))).toBe('closed');
    const closed = { ...session, closedAt: at('2026-11-24T09:40:00Z') };
    expect(sessionPhase(closed, at('2026-11-24T09:41:00Z'))).toBe('closed');
  });

  it('accepts the join code only before it expires and while the session is open', () => {
    expect(codeIsValid(session, at('2026-11-24T09:59:59Z'))).toBe(true);
    expect(codeIsValid(session, at('2026-11-24T10:00:00Z'))).toBe(false);
    const closed = { ...session, closedAt: at('2026-11-24T09:30:00Z') };
    expect(codeIsValid(closed, at('2026-11-24T09:31:00Z'))).toBe(false);
  });
});

describe('join code', () => {
  it('reads a typed code with spaces, dashes and lower case as the code', () => {
    expect(normaliseJoinCode(' k7m-q2p ')).toBe('K7MQ2P');
  });

  it('uses no characters that are easily mixed up', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it('skips bytes that would make some characters likelier than others', () => {
    // 31 characters: 248 = 8 × 31, so the bytes 248–255 are skipped.
    const bytes = Uint8Array.from([255, 0, 31, 248, 30, 1, 2, 3]);
    expect(joinCodeFromBytes(bytes)).toBe('AA9BCD');
    expect(joinCodeFromBytes(Uint8Array.from([250, 251, 0, 0, 0, 0, 0]))).toBeNull();
  });
});

describe('points', () => {
  it('gives one point per capital that the back of the card names too, counted once', () => {
    expect(
      pointsFor(
        ['sociaal', 'economisch', 'sociaal', 'cultureel'],
        ['sociaal', 'cultureel', 'mentaal'],
      ),
    ).toBe(2);
    expect(pointsFor([], ['sociaal'])).toBe(0);
  });
});
