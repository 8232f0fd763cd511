import type { OutcomeFingerprint } from '../../db/reports/household-outcomes.repository';
import type { Db } from '../../db/client';
import { byBucket, type CountRow } from '../../db/reports/buckets';
import {
  outcomeSources,
  type OutcomeSource,
  type ScoredScan,
  type SourceScope,
} from '../../db/reports/outcomes.repository';
import {
  aspectOrderKey,
  decodeScanScores,
  povertyTypeOfScores,
  scoreDeltas,
  type Instrument,
} from '../../domain/assessment';
import { changeCountsOf, type HouseholdOutcome } from '../../domain/reports';
import { householdFacts } from '../households/profile-view';
import type { BucketCounter } from './kept-counts';

/** A referral counts as an intervention used once it started (running or finished). */
export const USED = new Set(['gestart', 'afgerond']);

/**
 * The outcome of one household: the change from its first to its latest scan, with the wijk,
 * the form of poverty suggested first on the latest scan and the interventions used. Scans made
 * with another instrument (version) than the current one cannot be compared and are left out.
 */
export function householdOutcome(
  source: OutcomeSource,
  instrument: Instrument,
  peildatum: string,
): HouseholdOutcome | null {
  const { first, latest } = source;
  if (!first || !latest) return null;
  const before = scoresOf(first, instrument);
  const now = scoresOf(latest, instrument);
  if (!before || !now) return null;
  const indication = povertyTypeOfScores(
    householdFacts(source.data),
    latest.riskFactors,
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

/** The instrument (version, aspect order) a kept row is computed for. */
export const fingerprintOf = (instrument: Instrument): OutcomeFingerprint => ({
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  aspectOrder: aspectOrderKey(instrument),
});

/** The scores of a scan of this instrument (version, aspect order); null for any other. */
export function scoresOf(scan: ScoredScan, instrument: Instrument) {
  const same =
    scan.instrumentId === instrument.id &&
    scan.instrumentVersion === instrument.version &&
    scan.aspectOrder === aspectOrderKey(instrument);
  return same ? decodeScanScores(instrument, scan.aspectScores) : null;
}

/**
 * Per household of the organisation in these report buckets (every one for null), the outcome
 * on `peildatum`, handed to `countsOf` per bucket: reports that depend on the peildatum (the
 * suggested form of poverty) are counted in the request, a bucket at a time.
 */
export function householdOutcomeCounter(
  db: Db,
  instrument: Instrument,
  scope: SourceScope,
  peildatum: string,
  countsOf: (outcomes: HouseholdOutcome[]) => CountRow[],
): BucketCounter {
  return async (buckets) => {
    const outcomes = byBucket(
      (await outcomeSources(db, scope, buckets)).flatMap((s) => {
        const outcome = householdOutcome(s, instrument, peildatum);
        return outcome ? [{ bucket: s.bucket, outcome }] : [];
      }),
      (o) => o.bucket,
    );
    return [...outcomes].flatMap(([bucket, list]) =>
      countsOf(list.map((o) => o.outcome)).map((r) => ({ ...r, bucket })),
    );
  };
}

/** The outcomes by suggested form of poverty as counts (`outcomesOfCounts` reads them). */
export const povertyTypeCounts = (outcomes: HouseholdOutcome[]): CountRow[] => [
  { kind: 'households', name: null, x: null, y: null, n: outcomes.length },
  ...changeCountsOf(outcomes.map((o) => ({ change: o.change, groups: [o.povertyType] }))).map(
    (c) => ({ kind: 'change', name: c.group, x: c.measure, y: c.tenths, n: c.households }),
  ),
];
