import {
  CAPITALS,
  type Capital,
  type Instrument,
  type ScanAnswers,
} from '../../src/domain/assessment';

/**
 * A completed scan's answers: every aspect of a capital scored as given (`otherwise` for capitals
 * not named), nothing to work on, no children, risk or protective factors.
 */
export function scanAnswersWithScores(
  instrument: Instrument,
  scores: Partial<Record<Capital, number>>,
  otherwise = 2,
): ScanAnswers {
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    aspects: Object.fromEntries(
      instrument.capitals.flatMap((c) =>
        c.aspects.map((a) => [
          a.id,
          { householdScore: (scores[c.capital] ?? otherwise) as 1, wantsToWorkOn: false },
        ]),
      ),
    ),
    children: [],
    riskFactors: [],
    protectiveFactors: [],
  };
}

/** A fixed pseudo-random sequence in [0, 1) (no real randomness in tests). */
export function sequence(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/**
 * Completed scans with scores that go up and down from one to the next (a fixed sequence from
 * `seed`): each capital scored 1–5, about one in seven capitals left to the common score.
 */
export function varyingScans(instrument: Instrument, seed: number) {
  const next = sequence(seed);
  const score = () => 1 + Math.floor(next() * 5);
  const scores = () =>
    Object.fromEntries(CAPITALS.filter(() => next() < 0.85).map((c) => [c, score()])) as Partial<
      Record<Capital, number>
    >;
  return (completedAt: string) => ({
    answers: scanAnswersWithScores(instrument, scores(), score()),
    completedAt,
  });
}
