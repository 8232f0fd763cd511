import { describe, expect, it } from 'vitest';
import { freeTextFindings } from './free-text-findings';

// 111222333 passes the elfproef (worked out in privacy-check.test.ts); 123456789 does not.

describe('the findings of the shared free-text check', () => {
  it('names each field with a BSN-like number, and each field naming a household term', () => {
    const findings = freeTextFindings(
      [
        ['question', 'Moeder van HH-12 gaf nummer 111 222 333.'],
        ['answer', 'Bel 123456789 of kijk bij Fam. Jansen.'],
      ],
      ['HH-12', 'Fam. Jansen', 'K.'],
    );
    expect(findings.bsnFields).toEqual(['question']);
    expect(findings.named).toEqual([
      { field: 'question', term: 'HH-12' },
      { field: 'answer', term: 'Fam. Jansen' },
    ]);
  });

  it('finds nothing in a text that identifies no one', () => {
    expect(freeTextFindings([['question', 'Een kind heeft vaak geen lunch.']], ['HH-12'])).toEqual({
      bsnFields: [],
      named: [],
    });
  });
});
