import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits of randomness, URL-safe. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored hashed so a leaked database does not hand out live sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Compares a secret token with what a client sent in constant time, so response timing does not
 * reveal how many leading characters were right. Hashing first gives equal lengths.
 */
export function tokensMatch(expected: string | undefined, given: unknown): boolean {
  if (!expected || typeof given !== 'string') return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}
