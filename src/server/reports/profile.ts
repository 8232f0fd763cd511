import type { OutcomeSource } from '../../db/reports/outcomes.repository';
import { scoreLevel, type Capital, type Instrument } from '../../domain/assessment';
import { scoresOf } from './outcomes';

/** The level per capital at the latest scan, or null when that scan is of another instrument. */
export function latestProfile(
  source: OutcomeSource,
  instrument: Instrument,
): { capital: Capital; level: string }[] | null {
  const scores = source.latest ? scoresOf(source.latest, instrument) : null;
  if (!scores) return null;
  return scores.capitals.map((c) => ({ capital: c.capital, level: scoreLevel(c.score) }));
}
