// What a run counted, per batch of rows and in total; batches from several workers add up.
import type { SchemeId } from '../../src/domain/benefits/index';

export interface BatchCounts {
  /** Data lines with a household (empty lines not included). */
  lines: number;
  emptyLines: number;
  accepted: number;
  rejected: number;
  /** Problems per column (a household can have several). */
  rejectionsByColumn: Record<string, number>;
  likelyNonTakeUp: Partial<Record<SchemeId, number>>;
  householdsWithSomethingToGain: number;
  /** Calculated households per gemeente code. */
  householdsPerGemeente: Record<string, number>;
}

export function emptyCounts(): BatchCounts {
  return {
    lines: 0,
    emptyLines: 0,
    accepted: 0,
    rejected: 0,
    rejectionsByColumn: {},
    likelyNonTakeUp: {},
    householdsWithSomethingToGain: 0,
    householdsPerGemeente: {},
  };
}

/** Increments a count in a record of counts. */
export function increment<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function addAll<K extends string>(
  into: Partial<Record<K, number>>,
  from: Partial<Record<K, number>>,
): void {
  for (const key of Object.keys(from) as K[]) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
}

/** Adds the counts of one batch to the totals. */
export function addCounts(total: BatchCounts, batch: BatchCounts): void {
  total.lines += batch.lines;
  total.emptyLines += batch.emptyLines;
  total.accepted += batch.accepted;
  total.rejected += batch.rejected;
  total.householdsWithSomethingToGain += batch.householdsWithSomethingToGain;
  addAll(total.rejectionsByColumn, batch.rejectionsByColumn);
  addAll(total.likelyNonTakeUp, batch.likelyNonTakeUp);
  addAll(total.householdsPerGemeente, batch.householdsPerGemeente);
}
