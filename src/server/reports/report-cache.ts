import type { Db } from '../../db/client';
import { reportDataVersionsOf } from '../../db/reports/report-versions.repository';

// Reports kept between requests (ADR 1501). A report over 100 000 households takes seconds to
// compute and is the same until one of its organisations' rows changes, so it is kept with the
// data versions it was computed at and reused while those are unchanged. The versions live in
// the database (report_data_versions, bumped by triggers in every writing transaction), so a
// change made through any instance makes every instance compute afresh. Only suppressed,
// aggregated reports are kept: nothing that names or points at a household.

/** How many reports one instance keeps (least recently used goes first). */
const KEPT_REPORTS = 100;

export interface ReportCache {
  /**
   * The report under `key`, computed by `compute` over the rows of `organisationIds`: the kept
   * one when their data versions are still the ones it was computed at, else a fresh one. The
   * key must name everything else the report depends on (kind, parameters, peildatum).
   */
  get<T>(key: string, organisationIds: string[], compute: () => Promise<T>): Promise<T>;
}

export function reportCache(db: Db, limit = KEPT_REPORTS): ReportCache {
  const kept = new Map<string, { stamp: string; value: Promise<unknown> }>();
  return {
    async get<T>(key: string, organisationIds: string[], compute: () => Promise<T>) {
      // The versions are read before the rows: a write that commits in between changes the
      // version, so a report that may have missed it is never reused.
      const versions = await reportDataVersionsOf(db, organisationIds);
      const stamp = organisationIds.map((id, i) => `${id}:${versions[i]}`).join(',');
      const entry = kept.get(key);
      kept.delete(key);
      if (entry?.stamp === stamp) {
        kept.set(key, entry);
        return entry.value as Promise<T>;
      }
      // Kept as a promise, so requests that arrive while it is computed share the work.
      const value = compute();
      kept.set(key, { stamp, value });
      value.catch(() => {
        if (kept.get(key)?.value === value) kept.delete(key);
      });
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
      return value;
    },
  };
}
