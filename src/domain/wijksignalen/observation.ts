// Signalen uit de wijk (issue 14, item 1): the pure rules around a recorded signal and an
// anonymous advice question. No I/O and no clock: callers pass the checklist and the day.

/** The ids that are not items of the checklist, in the order given (each once). */
export function unknownSignalIds(
  checklistIds: readonly string[],
  ids: readonly string[],
): string[] {
  const known = new Set(checklistIds);
  return [...new Set(ids)].filter((id) => !known.has(id));
}

/** A signal is recorded on the day it was seen: today or earlier, never a day still to come. */
export function seenOnProblem(seenOn: string, today: string): 'future' | null {
  return seenOn > today ? 'future' : null;
}

/**
 * How long an anonymous advice question and its answer are kept (ADR 1404): long enough to wait
 * for an answer and act on it in the same situation, short enough that no file of cases grows.
 */
export const ADVICE_RETENTION_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which every advice question is deleted, `now` being the app's clock. */
export function adviceRetentionCutoff(now: Date): Date {
  return new Date(now.getTime() - ADVICE_RETENTION_DAYS * DAY_MS);
}

/** The calendar day (YYYY-MM-DD, UTC) a question asked at `askedAt` is deleted on. */
export function adviceDeleteOn(askedAt: Date): string {
  return new Date(askedAt.getTime() + ADVICE_RETENTION_DAYS * DAY_MS).toISOString().slice(0, 10);
}
