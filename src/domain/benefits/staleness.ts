import type { ParameterDefinition, ParameterSet, ParameterValue } from './parameters';
import { contentText, message, type ContentText, type Message } from '../message';
import type { Indexation, StaleValue } from './types';

// When is a parameter value out of date? Every parameter declares how often its value is set anew
// (yearly, half-yearly or never). A value is stale on a date when the next value was due on or
// before that date and none has been entered. Pure: the date is always passed in, never read from
// a clock, so the start-up check, `npm run rules:check` and the tests all control it.

const monthsPerPeriod: Record<Indexation, number | null> = {
  yearly: 12,
  'half-yearly': 6,
  none: null,
};

/** The date a value valid from `validFrom` should be followed by a new one, or null if never. */
export function nextValueDue(validFrom: string, indexation: Indexation): string | null {
  const months = monthsPerPeriod[indexation];
  if (months === null) return null;
  const year = Number(validFrom.slice(0, 4));
  const month = Number(validFrom.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = (month % 12) + 1;
  // Indexation dates are the first of a month; a later day is kept but capped at the 28th so the
  // result is always a real date.
  const d = Math.min(Number(validFrom.slice(8, 10)), 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date as the reader writes it ('1 juli 2026', '1 July 2026'); UTC, so no time zone moves it. */
function dateText(date: string): ContentText {
  const day = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${date}T00:00:00Z`));
  return contentText(day('nl-NL'), day('en-GB'));
}

/** The sentence a reader sees next to a result computed with an out-of-date value. */
export function staleMessage(validFrom: string, dueFrom: string): Message {
  return message('schemeTexts.common.staleAmount', {
    validFrom: dateText(validFrom),
    dueFrom: dateText(dueFrom),
  });
}

/** Whether `value` of the parameter, used on `date`, is older than its indexation allows. */
export function staleValueOn(
  definition: Pick<ParameterDefinition, 'indexation'>,
  value: Pick<ParameterValue, 'validFrom'>,
  date: string,
): StaleValue | null {
  const due = nextValueDue(value.validFrom, definition.indexation);
  if (due === null || date < due) return null;
  return { validFrom: value.validFrom, dueFrom: due, message: staleMessage(value.validFrom, due) };
}

export interface StaleParameter {
  id: string;
  description: string;
  descriptionEn: string;
  /** The file to update, relative to the repository root. */
  source: string;
  indexation: Indexation;
  lastValidFrom: string;
  dueFrom: string;
  message: Message;
}

/** Every parameter whose last value is out of date on `today` (YYYY-MM-DD), sorted by id. */
export function staleParameters(set: ParameterSet, today: string): StaleParameter[] {
  const out: StaleParameter[] = [];
  for (const def of Object.values(set.parameters)) {
    const last = def.values[def.values.length - 1];
    const stale = last ? staleValueOn(def, last, today) : null;
    if (!stale) continue;
    out.push({
      id: def.id,
      description: def.description,
      descriptionEn: def.descriptionEn,
      source: def.source,
      indexation: def.indexation,
      lastValidFrom: stale.validFrom,
      dueFrom: stale.dueFrom,
      message: stale.message,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export interface UnverifiedValue {
  id: string;
  source: string;
  validFrom: string;
  reason: string;
  reasonEn: string;
}

/** Every value (of every date) that has not been checked against its source, sorted by id. */
export function unverifiedValues(set: ParameterSet): UnverifiedValue[] {
  const out: UnverifiedValue[] = [];
  for (const def of Object.values(set.parameters)) {
    for (const v of def.values) {
      if (v.verification.status === 'unverified')
        out.push({
          id: def.id,
          source: def.source,
          validFrom: v.validFrom,
          reason: v.verification.reason,
          // The rules file check requires reason_en, so the fallback only covers hand-made sets.
          reasonEn: v.verification.reasonEn ?? v.verification.reason,
        });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id) || a.validFrom.localeCompare(b.validFrom));
}
