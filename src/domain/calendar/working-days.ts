// Working days as the Algemene termijnenwet counts them (art. 3): not a Saturday or Sunday, and
// not one of the generally recognised holidays: Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag,
// tweede Pinksterdag, the King's birthday as celebrated (27 April, or 26 April when that is a
// Sunday), 5 May, and both Christmas days. Dates are ISO calendar days, no clock or time zone.

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

function shifted(date: Date, days: number): Date {
  const next = new Date(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/** Easter Sunday of a year (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The holidays of the Algemene termijnenwet in a year. */
export function holidays(year: number): Set<string> {
  const easter = utc(easterSunday(year));
  const kingsDay = utc(`${year}-04-27`).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Set([
    `${year}-01-01`,
    iso(shifted(easter, 1)),
    iso(shifted(easter, 39)),
    iso(shifted(easter, 50)),
    kingsDay,
    `${year}-05-05`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

export function isWorkingDay(day: string): boolean {
  const weekday = utc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays(Number(day.slice(0, 4))).has(day);
}

/** The day on which `count` working days after `from` have passed (`from` itself not counted). */
export function addWorkingDays(from: string, count: number): string {
  let day = utc(from);
  for (let left = count; left > 0;) {
    day = shifted(day, 1);
    if (isWorkingDay(iso(day))) left -= 1;
  }
  return iso(day);
}
