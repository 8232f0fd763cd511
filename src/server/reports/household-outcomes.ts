import type { Db } from '../../db/client';
import { sumBuckets, type CountRow } from '../../db/reports/buckets';
import {
  changeCounts,
  scanPairsOf,
  storeHouseholdOutcomes,
  unkeptScanPairs,
  type HouseholdOutcomeRow,
  type ScanPair,
} from '../../db/reports/household-outcomes.repository';
import { scoreDeltas, type Instrument } from '../../domain/assessment';
import {
  deltaTenths,
  outcomeMeasures,
  summariseOutcomeCounts,
  type Grouping,
} from '../../domain/reports';
import { fingerprintOf, scoresOf, USED } from './outcomes';
import type { BucketCounter } from './kept-counts';
import { refreshScanOutcomes } from './scan-outcomes';

// The change of each household from its first to its latest scan, kept beside the scans so the
// outcomes report counts it in the database (ADR 1501). It does not depend on the peildatum.

/** The kept change of a household with two or more scans; null deltas when not comparable. */
function outcomeRow(pair: ScanPair, instrument: Instrument): HouseholdOutcomeRow | null {
  const { first, latest } = pair;
  if (!first || !latest) return null;
  const before = scoresOf(first, instrument);
  const now = scoresOf(latest, instrument);
  return {
    householdId: pair.householdId,
    firstScanId: first.scanId,
    latestScanId: latest.scanId,
    ...fingerprintOf(instrument),
    deltaTenths: before && now ? deltaTenths(scoreDeltas(before, now)) : null,
  };
}

/**
 * Keeps the changes of these households as their scans are now, and the rows of each of their
 * scans (`refreshScanOutcomes`); in the caller's transaction.
 */
export async function refreshHouseholdOutcomes(
  db: Db,
  instrument: Instrument,
  householdIds: string[],
): Promise<void> {
  const pairs = await scanPairsOf(db, householdIds);
  await storeHouseholdOutcomes(
    db,
    pairs.flatMap((p) => outcomeRow(p, instrument) ?? []),
  );
  await refreshScanOutcomes(db, instrument, householdIds);
}

const BACKFILL_BATCH = 500;

/**
 * Keeps the change of every household with two or more scans that has none for this instrument
 * as its scans are now (households scanned before the table existed, a new instrument version).
 * Idempotent: only such households are read, so a later start reads none. Run after
 * `backfillScanScores`. Returns how many households got one.
 */
export async function backfillHouseholdOutcomes(db: Db, instrument: Instrument): Promise<number> {
  let kept = 0;
  let after: string | null = null;
  do {
    const page = await unkeptScanPairs(db, fingerprintOf(instrument), {
      after,
      limit: BACKFILL_BATCH,
    });
    const rows = page.pairs.flatMap((p) => outcomeRow(p, instrument) ?? []);
    await storeHouseholdOutcomes(db, rows);
    kept += rows.length;
    after = page.next;
  } while (after);
  return kept;
}

/**
 * The counts behind the outcomes report by wijk or by intervention used, from the kept changes
 * of the households in scope in these report buckets (every bucket for null), counted in the
 * database. Interventions overlap, so by intervention the changes are also counted once overall.
 */
export function outcomeCounter(
  db: Db,
  instrument: Instrument,
  scope: { organisationId: string; gemeente?: string },
  grouping: 'wijk' | 'intervention',
): BucketCounter {
  const fingerprint = fingerprintOf(instrument);
  return async (buckets) => {
    if (grouping === 'wijk') return changeCounts(db, scope, fingerprint, 'wijk', buckets);
    const by = { interventionsWithStatus: [...USED] };
    const [grouped, overall] = await Promise.all([
      changeCounts(db, scope, fingerprint, by, buckets),
      changeCounts(db, scope, fingerprint, 'none', buckets, 'overall'),
    ]);
    return [...grouped, ...overall.filter((r) => r.kind === 'overall')];
  };
}

/** The outcomes report (and the households in it) from counts of `outcomeCounter` and the like. */
export function outcomesOfCounts(rows: CountRow[], instrument: Instrument, grouping: Grouping) {
  const changes = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .map((r) => ({ measure: r.x!, group: r.name, tenths: r.y!, households: r.n }));
  return {
    report: summariseOutcomeCounts(
      {
        groups: changes('change'),
        overall: grouping === 'intervention' ? changes('overall') : undefined,
      },
      outcomeMeasures(instrument),
      grouping,
    ),
    households: rows.find((r) => r.kind === 'households')?.n ?? 0,
  };
}

/** The outcomes report by wijk or by intervention used, every bucket counted now. */
export async function countedOutcomes(
  db: Db,
  instrument: Instrument,
  organisationId: string,
  grouping: 'wijk' | 'intervention',
) {
  const rows = await outcomeCounter(db, instrument, { organisationId }, grouping)(null);
  return outcomesOfCounts(sumBuckets(rows), instrument, grouping);
}
