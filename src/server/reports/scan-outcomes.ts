import type { Db } from '../../db/client';
import {
  datedScansOf,
  householdsWithUnkeptScans,
  storeScanOutcomes,
  type DatedScan,
  type ScanOutcomeRow,
} from '../../db/reports/scan-outcomes.repository';
import { CAPITALS, scoreDeltas, scoreLevel, type Instrument } from '../../domain/assessment';
import { deltaTenths, profileLevelIndex } from '../../domain/reports';
import { fingerprintOf, scoresOf } from './outcomes';

// Per completed scan, the change since the household's first scan and its capital levels, kept
// so the municipal report counts the latest scan up to any period's end in the database
// (ADR 1501). A household's rows depend on its other scans (the first, the next), so they are
// always computed together.

/** The rows of one household's scans, given in completion order. */
function rowsOfHousehold(scans: readonly DatedScan[], instrument: Instrument): ScanOutcomeRow[] {
  const before = scans[0] ? scoresOf(scans[0], instrument) : null;
  return scans.map((scan, i) => {
    const now = scoresOf(scan, instrument);
    const levels = new Map(now?.capitals.map((c) => [c.capital, scoreLevel(c.score)]));
    return {
      scanId: scan.scanId,
      householdId: scan.householdId,
      completedAt: scan.completedAt,
      nextCompletedAt: scans[i + 1]?.completedAt ?? null,
      first: i === 0,
      ...fingerprintOf(instrument),
      deltaTenths: i > 0 && before && now ? deltaTenths(scoreDeltas(before, now)) : null,
      capitalLevels: now
        ? CAPITALS.map((c) => (levels.has(c) ? profileLevelIndex(levels.get(c)!) : null))
        : null,
    };
  });
}

/** Keeps the rows of every scan of these households as their scans are now. */
export async function refreshScanOutcomes(
  db: Db,
  instrument: Instrument,
  householdIds: string[],
): Promise<number> {
  const byHousehold = new Map<string, DatedScan[]>();
  for (const scan of await datedScansOf(db, householdIds)) {
    const list = byHousehold.get(scan.householdId);
    if (list) list.push(scan);
    else byHousehold.set(scan.householdId, [scan]);
  }
  await storeScanOutcomes(
    db,
    [...byHousehold.values()].flatMap((scans) => rowsOfHousehold(scans, instrument)),
  );
  return byHousehold.size;
}

const BACKFILL_BATCH = 500;

/**
 * Keeps the rows of every household whose scans are not all kept for this instrument (scans
 * completed before the table existed, or a new instrument version). Only those households are
 * read, so a start after a complete backfill reads none. Idempotent; run after
 * `backfillScanScores`. Returns how many households were computed.
 */
export async function backfillScanOutcomes(db: Db, instrument: Instrument): Promise<number> {
  let done = 0;
  let after: string | null = null;
  do {
    const page = await householdsWithUnkeptScans(db, fingerprintOf(instrument), {
      after,
      limit: BACKFILL_BATCH,
    });
    if (page.householdIds.length) {
      done += await refreshScanOutcomes(db, instrument, page.householdIds);
    }
    after = page.next;
  } while (after);
  return done;
}
