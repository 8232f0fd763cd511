import type { Db } from '../../db/client';
import {
  byBucket,
  countKey,
  REPORT_BUCKETS,
  reportBucketVersionsOf,
  type BucketCountRow,
  type CountRow,
} from '../../db/reports/buckets';

// Counts kept per report bucket (ADR 1501). A report over 100 000 households counts for seconds,
// and a single write changes one household: the counts are kept per bucket (a 64th of an
// organisation's households) with the bucket's version, and a request recounts only the buckets
// whose version moved since, then adds the buckets up. The versions live in the database, so a
// write through any instance is seen by every instance. Only counts are kept, never a row that
// names or points at a household.

/** How many counts one instance keeps (least recently used goes first). */
const KEPT_COUNTS = 32;

/** Counts the households of these buckets (every bucket for null), per bucket. */
export type BucketCounter = (buckets: number[] | null) => Promise<BucketCountRow[]>;

export interface KeptCounts {
  /**
   * The counts under `key` over the households of `organisationId`, summed over its buckets:
   * recounted by `count` for the buckets written since they were kept. The key must name
   * everything else the counts depend on (kind, parameters, instrument).
   */
  counts(key: string, organisationId: string, count: BucketCounter): Promise<CountRow[]>;
}

interface Bucket {
  version: number;
  slots: Int32Array;
  counts: Int32Array;
}

/** The counts of one key: the sum per slot (one slot per distinct count) and each bucket's part. */
class Tally {
  private readonly slotOf = new Map<string, number>();
  private readonly rows: CountRow[] = [];
  readonly buckets = new Map<number, Bucket>();

  /** Replaces the parts of these buckets by the rows now counted for them. */
  replace(versions: Map<number, number>, buckets: number[], rows: BucketCountRow[]) {
    const counted = byBucket(rows, (r) => r.bucket);
    for (const b of buckets) {
      const old = this.buckets.get(b);
      if (old) old.slots.forEach((slot, i) => (this.rows[slot]!.n -= old.counts[i]!));
      const fresh = counted.get(b) ?? [];
      const part: Bucket = {
        version: versions.get(b) ?? 0,
        slots: Int32Array.from(fresh, (r) => this.slot(r)),
        counts: Int32Array.from(fresh, (r) => r.n),
      };
      part.slots.forEach((slot, i) => (this.rows[slot]!.n += part.counts[i]!));
      this.buckets.set(b, part);
    }
  }

  /** The buckets whose version is not the one their part was counted at. */
  stale(versions: Map<number, number>): number[] {
    return ALL_BUCKETS.filter((b) => this.buckets.get(b)?.version !== (versions.get(b) ?? 0));
  }

  sums(): CountRow[] {
    return this.rows.filter((r) => r.n !== 0).map((r) => ({ ...r }));
  }

  private slot(r: CountRow): number {
    const key = countKey(r);
    let slot = this.slotOf.get(key);
    if (slot === undefined) {
      slot = this.rows.length;
      this.slotOf.set(key, slot);
      this.rows.push({ kind: r.kind, name: r.name, x: r.x, y: r.y, n: 0 });
    }
    return slot;
  }
}

const ALL_BUCKETS = Array.from({ length: REPORT_BUCKETS }, (_, b) => b);

export function keptCounts(db: Db, limit = KEPT_COUNTS): KeptCounts {
  const kept = new Map<string, { tally: Tally; turn: Promise<unknown> }>();
  return {
    counts(key, organisationId, count) {
      let entry = kept.get(key);
      kept.delete(key);
      entry ??= { tally: new Tally(), turn: Promise.resolve() };
      kept.set(key, entry);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
      // One request at a time per key: the next one starts from the buckets this one brought up
      // to date. The versions are read before the rows, so a write committing in between leaves
      // its bucket behind its new version and is recounted next time.
      const { tally } = entry;
      const result = entry.turn.then(async () => {
        const versions = await reportBucketVersionsOf(db, organisationId);
        const stale = tally.stale(versions);
        if (stale.length > 0) {
          const everything = stale.length === REPORT_BUCKETS;
          tally.replace(versions, stale, await count(everything ? null : stale));
        }
        return tally.sums();
      });
      entry.turn = result.catch(() => undefined);
      return result;
    },
  };
}
