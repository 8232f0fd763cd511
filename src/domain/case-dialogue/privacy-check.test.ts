import { describe, expect, it } from 'vitest';
import { containsBsnLike, mentionedTerms, passesElfproef } from './privacy-check';

// The numbers are worked out by hand with the elfproef's weights (9, 8, …, 2, −1), not by the code:
// 111222333: 9+8+7+12+10+8+9+6 − 3 = 66 = 6·11, passes; 999990019 (in the 9999… range kept for
// tests): 81+72+63+54+45+0+0+2 − 9 = 308 = 28·11, passes; 111222334: 66 − 1 = 65, fails;
// 123456789: 9+16+21+24+25+24+21+16 − 9 = 147, fails.

describe('the elfproef', () => {
  it('accepts numbers that pass it and refuses those that do not', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('999990019')).toBe(true);
    expect(passesElfproef('111222334')).toBe(false);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });
});

describe('BSN-like numbers in free text', () => {
  it('finds one written plainly or in groups', () => {
    expect(containsBsnLike('Vader heeft bsn 111222333 genoemd.')).toBe(true);
    expect(containsBsnLike('nummer 111 222 333 op de brief')).toBe(true);
    expect(containsBsnLike('nummer 11.12.22.333')).toBe(true);
  });

  it('leaves nine digits that fail the elfproef, and longer numbers, alone', () => {
    expect(containsBsnLike('dossier 123456789')).toBe(false);
    expect(containsBsnLike('rekening NL91ABNA0417164300')).toBe(false);
    expect(containsBsnLike('telefoon 0611122233 3')).toBe(false);
    expect(containsBsnLike('een schuld van 2.500 euro sinds 2024')).toBe(false);
  });
});

describe('references of the team’s households', () => {
  it('finds a reference or label as a whole word, ignoring case', () => {
    const terms = ['RV-0042', 'Fam. Bakker', 'K.'];
    expect(mentionedTerms('Bij rv-0042 speelt veel schaamte.', terms)).toEqual(['RV-0042']);
    expect(mentionedTerms('Zoals bij fam. bakker vorig jaar', terms)).toEqual(['Fam. Bakker']);
  });

  it('does not warn on part of a word or on very short labels', () => {
    expect(mentionedTerms('RV-00421 is een ander nummer', ['RV-0042'])).toEqual([]);
    expect(mentionedTerms('K. zei dat', ['K.'])).toEqual([]);
  });
});
