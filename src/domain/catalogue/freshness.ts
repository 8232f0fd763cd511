/**
 * The moment before which an entry counts as not checked recently enough: the same time of day,
 * `months` calendar months earlier (31 March minus one month is 28 or 29 February).
 */
export function freshnessCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

/** Overdue for a check; an entry nobody has checked yet is overdue from the start. */
export function isStale(lastCheckedAt: string | Date | null, now: Date, months: number): boolean {
  if (lastCheckedAt === null) return true;
  return new Date(lastCheckedAt).getTime() < freshnessCutoff(now, months).getTime();
}
