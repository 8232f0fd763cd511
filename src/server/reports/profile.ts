import type { OutcomeSource } from '../../db/reports/outcomes.repository';
import { scanScores, scoreLevel, type Capital, type Instrument } from '../../domain/assessment';

/** The level per capital at the latest scan, or null when that scan is of another instrument. */
export function latestProfile(
  source: OutcomeSource,
  instrument: Instrument,
): { capital: Capital; level: string }[] | null {
  const { latest } = source;
  if (!latest || latest.instrumentId !== instrument.id) return null;
  return scanScores(instrument, latest).capitals.map((c) => ({
    capital: c.capital,
    level: scoreLevel(c.score),
  }));
}
