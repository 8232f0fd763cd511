import { describe, expect, it } from 'vitest';
import { newToken, tokensMatch } from './tokens';

describe('tokensMatch', () => {
  it('is true only for the same token, whatever the lengths', () => {
    const token = newToken();
    expect(tokensMatch(token, `${token}`)).toBe(true);
    expect(tokensMatch(token, newToken())).toBe(false);
    expect(tokensMatch(token, token.slice(0, -1))).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(undefined, token)).toBe(false);
  });
});
