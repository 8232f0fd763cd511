import { describe, expect, it } from 'vitest';
import { buildTypoIndex, damerauLevenshtein, findNear, maxTypoDistance } from './typo';

describe('damerauLevenshtein', () => {
  it.each([
    ['scheidng', 'scheiding', 1], // a letter left out
    ['kidn', 'kind', 1], // two letters swapped
    ['schuld', 'schold', 1], // a letter replaced
    ['schulden', 'schulden', 0],
    ['opvoedng', 'opvoeding', 1],
    ['kinderen', 'kindren', 1],
    ['wonig', 'woning', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b, 3)).toBe(d);
    expect(damerauLevenshtein(b, a, 3)).toBe(d);
  });

  it('stops early and answers max + 1 when the words are further apart', () => {
    expect(damerauLevenshtein('kind', 'kinderopvang', 2)).toBe(3);
    expect(damerauLevenshtein('geld', 'werk', 1)).toBe(2);
  });
});

describe('maxTypoDistance', () => {
  it('allows no typo below 4 letters, 1 up to 7 letters and 2 from 8 letters', () => {
    expect(maxTypoDistance('ww')).toBe(0);
    expect(maxTypoDistance('kind')).toBe(1);
    expect(maxTypoDistance('schulde')).toBe(1);
    expect(maxTypoDistance('scheidng')).toBe(2);
  });
});

describe('findNear', () => {
  const index = buildTypoIndex([
    'scheiding',
    'scheidingen',
    'schuld',
    'school',
    'kind',
    'kinderen',
  ]);

  it('finds the word a typo was meant to be', () => {
    expect(findNear(index, 'scheidng')).toEqual({ words: ['scheiding'], distance: 1 });
    expect(findNear(index, 'kidn')).toEqual({ words: ['kind'], distance: 1 });
  });

  it('returns only the nearest words', () => {
    // 'schuld' is 1 away, 'school' 2 away.
    expect(findNear(index, 'schuldd', 2).words).toEqual(['schuld']);
  });

  it('finds nothing for words that are too far off or too short', () => {
    expect(findNear(index, 'armoede').words).toEqual([]);
    expect(findNear(index, 'kin').words).toEqual([]);
  });
});
