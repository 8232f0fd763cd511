import { CAPITALS, storedAspects, type Instrument, type ScoreDeltas } from '../assessment';
import type { ChangeCount, Measure } from './outcomes';

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

/**
 * Per measure, group and change in tenths, how many of these households: what the database
 * counts over kept changes, made from changes computed in the request (`summariseOutcomeCounts`
 * reads either). A household counts once in each of its groups.
 */
export function changeCountsOf(
  records: readonly { change: ScoreDeltas; groups: readonly (string | null)[] }[],
): ChangeCount[] {
  const counted = new Map<string, ChangeCount>();
  for (const { change, groups } of records)
    deltaTenths(change).forEach((tenths, measure) => {
      if (tenths === null) return;
      for (const group of new Set(groups)) {
        const key = `${measure}\u0000${group}\u0000${tenths}`;
        const count = counted.get(key);
        if (count) count.households++;
        else counted.set(key, { measure, group, tenths, households: 1 });
      }
    });
  return [...counted.values()];
}
