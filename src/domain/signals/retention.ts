import { addMonths } from './dates';
import { ledToHelp, type Outcome } from './outcomes';

/**
 * Signal data that did not lead to help is kept this many months after the last signal of the
 * case was received; a later signal for the same person restarts the term, so repeated signals
 * can be recognised. NOT YET VERIFIED against the law text (ADR 1401, "Retention" and its update of
 * 2026-12-07): the Wgs itself, also as in force from 2026-07-01, sets no term (it only allows
 * processing, art. 8b), and no stored copy of the Besluit gemeentelijke schuldhulpverlening we found
 * goes past its art. 2. Check the Besluit's own article before production: the length is this
 * constant; if it counts per signal from receipt, the start moment changes too (see the ADR).
 */
export const RETENTION_MONTHS_WITHOUT_HELP = 12;

/** The day from which the case's signal data must be gone; null while it led to help. */
export function signalDataDeleteFrom(lastSignalOn: string, outcome: Outcome | null): string | null {
  if (ledToHelp(outcome)) return null;
  return addMonths(lastSignalOn, RETENTION_MONTHS_WITHOUT_HELP);
}

export function mustDeleteSignalData(
  lastSignalOn: string,
  outcome: Outcome | null,
  today: string,
): boolean {
  const from = signalDataDeleteFrom(lastSignalOn, outcome);
  return from !== null && today >= from;
}
