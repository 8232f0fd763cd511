// Date helpers on ISO strings (YYYY-MM-DD). No clock: every function takes the dates it needs.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = isoDate.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Age in whole years on the given date. */
export function ageOn(birthDate: string, date: string): number {
  // ISO strings compare correctly as text: 'MM-DD' before the birthday means one year less.
  const age = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

/** Age in whole years on the last day before the given month start (YYYY-MM-01). */
export function ageOnDayBefore(birthDate: string, monthStartDate: string): number {
  const age = ageOn(birthDate, monthStartDate);
  return birthDate.slice(5) === monthStartDate.slice(5) ? age - 1 : age;
}

/** First day of the calendar quarter that contains the date. */
export function quarterStart(date: string): string {
  const [y, m] = parts(date);
  const qm = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(qm).padStart(2, '0')}-01`;
}

/** First day of the month that contains the date. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Whole months between two dates (b after a), counting started months as not whole. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  let months = (by - ay) * 12 + (bm - am);
  if (bd < ad) months -= 1;
  return months;
}
