import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored hashed so a leaked database does not hand out live sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
