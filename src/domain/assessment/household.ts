import type { LifeEvent } from './types';

// Time-dependent household facts, always relative to a peildatum (never the clock).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year of a peildatum (YYYY-MM-DD); throws on anything else. */
export function peildatumYear(peildatum: string): number {
  const m = ISO_DATE.exec(peildatum);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31)
    throw new RangeError(
      `peildatum: expected a date as YYYY-MM-DD, got '${peildatum}' (verwacht JJJJ-MM-DD).`,
    );
  return Number(m[1]);
}

/**
 * Age in whole years from a birth year alone: the age reached in the peildatum's year. A child born
 * in 2023 is 3 on any peildatum in 2026. With only a birth year this is at most one year too high
 * before the birthday; it is the age people themselves say ('she turns 3 this year').
 */
export function ageFromBirthYear(birthYear: number, peildatum: string): number {
  const year = peildatumYear(peildatum);
  if (!Number.isInteger(birthYear) || birthYear > year)
    throw new RangeError(
      `birthYear: ${birthYear} is not a year on or before ${year} (geboortejaar ligt na de peildatum).`,
    );
  return year - birthYear;
}

/** How many years back a life event still counts as recent. */
export const RECENT_YEARS = 2;

export type Recency = 'recent' | 'unknown' | 'past';

/**
 * Recent: up to RECENT_YEARS before the peildatum's year, or later (an expected birth is current
 * too). Unknown when no year is given.
 */
export function lifeEventRecency(event: LifeEvent, peildatum: string): Recency {
  if (event.year === undefined) return 'unknown';
  return peildatumYear(peildatum) - event.year <= RECENT_YEARS ? 'recent' : 'past';
}
