import type { Capital, Instrument, ScanAnswers } from '../../src/domain/assessment';

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
