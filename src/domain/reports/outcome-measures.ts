import { CAPITALS, storedAspects, type Instrument, type ScoreDeltas } from '../assessment';
import type { Measure } from './outcomes';

// A household's change kept as one number per measure (table household_outcomes): the capitals
// in CAPITALS order, then the household aspects in the order their scores are stored. Changes
// are multiples of 0.1 (`scoreChange` rounds to one decimal), so tenths are exact integers.

/** The measures a stored change lists, in its order. */
export function outcomeMeasures(instrument: Instrument): Measure[] {
  return [
    ...CAPITALS.map((capital) => ({ capital, aspectId: null })),
    ...storedAspects(instrument).map((a) => ({ capital: a.capital, aspectId: a.id })),
  ];
}

const tenths = (delta: number | null) => (delta === null ? null : Math.round(delta * 10));

/**
 * The change in the order of `outcomeMeasures`, in tenths. Both scans must be of the instrument
 * (version and aspect order), as `scoresOf` makes sure.
 */
export function deltaTenths(change: ScoreDeltas): (number | null)[] {
  const byCapital = new Map(change.capitals.map((c) => [c.capital, c.delta]));
  return [
    ...CAPITALS.map((capital) => tenths(byCapital.get(capital) ?? null)),
    ...change.aspects.map((a) => tenths(a.delta)),
  ];
}
