import { describe, expect, it } from 'vitest';
import {
  divRoundHalfUp,
  floorToWholeEuroCents,
  formatEuro,
  parseEuroToCents,
  percentOf,
  roundToWholeEuroCents,
} from './money';

describe('money', () => {
  it('rounds half up to whole euros and floors for monthly payments', () => {
    expect(roundToWholeEuroCents(155045)).toBe(155000);
    expect(roundToWholeEuroCents(2350)).toBe(2400);
    expect(roundToWholeEuroCents(2349)).toBe(2300);
    expect(floorToWholeEuroCents(155000 / 12)).toBe(12900);
  });

  it('applies percentages without floating-point surprises', () => {
    expect(percentOf(2973600, 1.912)).toBe(56855);
    expect(percentOf(140150, 105)).toBe(147158);
    expect(divRoundHalfUp(5, 2)).toBe(3);
  });

  it('formats euros the Dutch way', () => {
    expect(formatEuro(123456789)).toBe('€ 1.234.567,89');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(-140150)).toBe('€ -1.401,50');
  });

  it('parses euro amounts as people type them', () => {
    expect(parseEuroToCents('1234,56')).toBe(123456);
    expect(parseEuroToCents('1.234,56')).toBe(123456);
    expect(parseEuroToCents('1234.5')).toBe(123450);
    expect(parseEuroToCents('€ 12')).toBe(1200);
    expect(parseEuroToCents('-100')).toBe(-10000);
    expect(parseEuroToCents('twaalf')).toBeNull();
    expect(parseEuroToCents('')).toBeNull();
  });
});
