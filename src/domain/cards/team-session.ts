// A team session on a case card (ADR 1302): its phase at a moment, the join code's alphabet and
// the optional points. Pure; the server draws the random code and stores the session.

/** Letters and digits that are hard to mix up when read aloud or typed (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** A code can be used this long after the start; the session ends later. */
export const JOIN_CODE_VALID_MS = 60 * 60_000;
/** After this the session closes by itself and its answers are deleted. */
export const SESSION_LIFETIME_MS = 4 * 60 * 60_000;

export type SessionPhase = 'answering' | 'revealed' | 'closed';

export interface SessionTimes {
  revealedAt: Date | null;
  closedAt: Date | null;
  expiresAt: Date;
  codeExpiresAt: Date;
}

export function sessionPhase(session: SessionTimes, now: Date): SessionPhase {
  if (session.closedAt || now >= session.expiresAt) return 'closed';
  return session.revealedAt ? 'revealed' : 'answering';
}

export function codeIsValid(session: SessionTimes, now: Date): boolean {
  return sessionPhase(session, now) !== 'closed' && now < session.codeExpiresAt;
}

/** A code as people type it: spaces and dashes left out, lower case read as upper case. */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** Turns random bytes into a code; one byte per character, kept unbiased by the caller's retry. */
export function joinCodeFromBytes(bytes: Uint8Array): string | null {
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n); // bytes at or above this would favour the first characters
  let code = '';
  for (const byte of bytes) {
    if (byte >= limit) continue;
    code += JOIN_CODE_ALPHABET[byte % n];
    if (code.length === JOIN_CODE_LENGTH) return code;
  }
  return null;
}

/** One point per capital named that the back of the card names too. */
export function pointsFor(named: readonly string[], onTheBack: readonly string[]): number {
  const expected = new Set(onTheBack);
  return new Set(named.filter((c) => expected.has(c))).size;
}
