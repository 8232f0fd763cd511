import type { Db } from '../../db/client';
import {
  storeScanScores,
  unscoredScans,
  type ScanScoresRow,
} from '../../db/households/scan-scores.repository';
import {
  aspectOrderKey,
  encodeAspectScores,
  scanScores,
  type Instrument,
  type ScanAnswers,
} from '../../domain/assessment';

/** The stored numbers of a completed scan, by the domain scorer; null for another version. */
export function scanScoresRow(
  instrument: Instrument,
  scan: { id: string; householdId: string; answers: ScanAnswers; completedAt: Date },
): ScanScoresRow | null {
  const { answers } = scan;
  if (answers.instrumentId !== instrument.id || answers.instrumentVersion !== instrument.version)
    return null;
  return {
    scanId: scan.id,
    householdId: scan.householdId,
    instrumentId: answers.instrumentId,
    instrumentVersion: answers.instrumentVersion,
    completedAt: scan.completedAt,
    aspectScores: encodeAspectScores(scanScores(instrument, answers)),
    aspectOrder: aspectOrderKey(instrument),
    riskFactors: [...answers.riskFactors],
  };
}

const BACKFILL_BATCH = 500;

/**
 * Stores the numbers of completed scans that have none yet, or none in the current aspect order
 * (scans completed before the table existed, or an instrument whose aspects moved). Idempotent
 * and safe beside another instance doing the same. Returns how many scans were scored.
 */
export async function backfillScanScores(db: Db, instrument: Instrument): Promise<number> {
  let scored = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await unscoredScans(
      db,
      { ...instrument, aspectOrder: aspectOrderKey(instrument) },
      { after, limit: BACKFILL_BATCH },
    );
    const rows = batch.flatMap((scan) => scoredOrSkipped(instrument, scan));
    await storeScanScores(db, rows);
    scored += rows.length;
    if (batch.length < BACKFILL_BATCH) return scored;
    after = batch[batch.length - 1]!.id;
  }
}

/** Answers that do not fit the instrument (an unknown aspect) cannot be scored: left out. */
function scoredOrSkipped(
  instrument: Instrument,
  scan: Parameters<typeof scanScoresRow>[1],
): ScanScoresRow[] {
  try {
    const row = scanScoresRow(instrument, scan);
    return row ? [row] : [];
  } catch {
    return [];
  }
}
