// Money is integer eurocent everywhere. Percentages are stored in percent (1.912 = 1,912%) and
// applied with integer arithmetic on millionths so that no floating-point error decides a rounding.

/** Percent as an integer number of millionths of the whole (1.912% -> 19_120). */
export function percentToMillionths(percent: number): number {
  return Math.round(percent * 10_000);
}

/** a * percent / 100, rounded half up to whole eurocent. */
export function percentOf(cents: number, percent: number): number {
  const m = percentToMillionths(percent);
  return divRoundHalfUp(cents * m, 1_000_000);
}

/** a * percent / 100 without rounding (for intermediate steps); returns a (possibly fractional) number of cents. */
export function percentOfExact(cents: number, percent: number): number {
  return (cents * percentToMillionths(percent)) / 1_000_000;
}

/** Integer division rounded half up (away from zero for positive numbers). */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return r * 2 >= denominator ? q + 1 : q;
}

/** Round cents half up to whole euros, returned in cents (Awir art. 14 lid 4). */
export function roundToWholeEuroCents(cents: number): number {
  return divRoundHalfUp(Math.round(cents), 100) * 100;
}

/** Round cents down to whole euros, returned in cents. */
export function floorToWholeEuroCents(cents: number): number {
  return Math.floor(cents / 100) * 100;
}

/** '€ 1.234,56' (Dutch notation; integer arithmetic because Intl and padStart are slow here). */
export function formatEuro(cents: number): string {
  const r = Math.round(cents);
  const abs = r < 0 ? -r : r;
  let euros = Math.floor(abs / 100);
  const ct = abs % 100;
  let out = '';
  while (euros >= 1000) {
    const g = euros % 1000;
    out = '.' + (g < 10 ? '00' : g < 100 ? '0' : '') + g + out;
    euros = Math.floor(euros / 1000);
  }
  return '€ ' + (r < 0 ? '-' : '') + euros + out + ',' + (ct < 10 ? '0' : '') + ct;
}

/** Parse a euro amount as typed by people ('1234,56', '1234.56', '1.234,56', '€ 12') into cents. */
export function parseEuroToCents(text: string): number | null {
  // Fast path for the common forms '1234', '1234,5' and '1234.56'.
  const fast = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(text);
  if (fast) return Number(fast[1]) * 100 + (fast[2] ? Number(fast[2].padEnd(2, '0')) : 0);
  let t = text
    .trim()
    .replace(/^\u20ac\s*/, '')
    .replace(/\s/g, '');
  if (t === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return null;
  const negative = t.startsWith('-');
  const [whole = '0', frac = ''] = t.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return negative ? -cents : cents;
}
