import { describe, expect, it } from 'vitest';
import '../content/message-files';
import { c, formula, pc, word } from '../domain/benefits/formula';
import { formulaText, stepValueText } from './formula-text';

describe('formulaText', () => {
  const rounding = formula`${pc(13.73)} x ${c(123456)} - ${c(-140150)} = ${2.5}, ${word('rounded')}`;

  it('writes amounts, percentages and words as a Dutch professional reads them', () => {
    expect(formulaText(rounding, 'nl')).toBe('13,73% x 1.234,56 - -1.401,50 = 2,5, afgerond');
  });

  it('writes them as an English professional reads them', () => {
    expect(formulaText(rounding, 'en')).toBe('13.73% x 1,234.56 - -1,401.50 = 2.5, rounded');
  });

  it('splices an optional tail in, and leaves it out when empty', () => {
    const tail = (partner: boolean) =>
      formula`2 x ${c(10000)}${partner ? formula` ${word('forYouAndPartner')}` : []}`;
    expect(formulaText(tail(true), 'en')).toBe('2 x 100.00 (for you and your partner)');
    expect(formulaText(tail(false), 'nl')).toBe('2 x 100,00');
  });
});

describe('stepValueText', () => {
  it('writes a step value in the reader’s number format', () => {
    expect(stepValueText(123456, 'eurocent', 'nl')).toBe('€\u00a01.234,56');
    expect(stepValueText(123456, 'eurocent', 'en')).toBe('€1,234.56');
    expect(stepValueText(6.5, 'percentage', 'nl')).toBe('6,5%');
    expect(stepValueText(6.5, 'percentage', 'en')).toBe('6.5%');
  });
});
