/**
 * The calendar day the Netherlands is on at `now`, as YYYY-MM-DD: the peildatum a request means by
 * "today", whatever the server's own time zone.
 */
export function todayInAmsterdam(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
