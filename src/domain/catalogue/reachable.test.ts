import { describe, expect, it } from 'vitest';
import { offerIsReachable } from './reachable';

describe('a local offer can be reached', () => {
  it('through a phone number, an e-mail address or a way to refer', () => {
    expect(offerIsReachable({ contact: { phone: '026 123 45 67' } })).toBe(true);
    expect(offerIsReachable({ contact: { email: 'budget@voorbeeld.nl' } })).toBe(true);
    expect(offerIsReachable({ howToRefer: 'Bel het wijkteam, zij melden aan.' })).toBe(true);
  });

  it('not through a contact name alone, or blank text', () => {
    expect(offerIsReachable({ contact: { phone: null, email: null } })).toBe(false);
    expect(offerIsReachable({ howToRefer: '   ', contact: null })).toBe(false);
    expect(offerIsReachable({})).toBe(false);
  });
});
