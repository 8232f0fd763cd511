import type { OutcomeSource } from '../../db/reports/outcomes.repository';
import {
  indicatePovertyType,
  scanScores,
  scoreDeltas,
  type Instrument,
} from '../../domain/assessment';
import type { HouseholdOutcome } from '../../domain/reports';
import { householdFacts } from '../households/profile-view';

/** A referral counts as an intervention used once it started (running or finished). */
const USED = new Set(['gestart', 'afgerond']);

/**
 * The outcome of one household: the change from its first to its latest scan, with the wijk,
 * the form of poverty suggested first on the latest scan and the interventions used. Scans made
 * with another instrument than the current one cannot be compared and are left out.
 */
export function householdOutcome(
  source: OutcomeSource,
  instrument: Instrument,
  peildatum: string,
): HouseholdOutcome | null {
  const { first, latest } = source;
  if (
    !first ||
    !latest ||
    first.instrumentId !== instrument.id ||
    latest.instrumentId !== instrument.id
  )
    return null;
  const before = scanScores(instrument, first);
  const now = scanScores(instrument, latest);
  const indication = indicatePovertyType(
    householdFacts(source.data),
    latest,
    instrument,
    peildatum,
    now,
  );
  return {
    wijk: source.data.wijk,
    povertyType: indication[0]?.type ?? null,
    interventions: source.referrals.filter((r) => USED.has(r.status)).map((r) => r.interventionId),
    change: scoreDeltas(before, now),
  };
}
