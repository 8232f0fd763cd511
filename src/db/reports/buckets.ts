import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { reportBucketVersions } from '../schema';

// Report buckets (ADR 1501): an organisation's households fall into 64 buckets by the last byte
// of their id. Triggers give a bucket a new version in every transaction that writes rows of its
// households (migration 0035), so a kept count is redone for the written buckets only. The
// expression is the one of the index households_report_bucket_idx and of the triggers: change
// all three together.

export const REPORT_BUCKETS = 64;

/** The report bucket of the household whose id is `id`. */
export const reportBucket = (id: unknown): SQL => sql`(get_byte(uuid_send(${id}), 15) & 63)`;

/** The report bucket of a household id, as `reportBucket` gives it in SQL (its last byte). */
export const bucketOfId = (id: string): number => parseInt(id.slice(-2), 16) & 63;

/** The items per report bucket, `bucketOf` telling each one's. */
export function byBucket<T>(items: Iterable<T>, bucketOf: (item: T) => number): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(item);
    const list = buckets.get(bucket);
    if (list) list.push(item);
    else buckets.set(bucket, [item]);
  }
  return buckets;
}

/** Only households (id `id`) in these buckets; every household for null. */
export const inBuckets = (id: unknown, buckets: readonly number[] | null): SQL =>
  buckets === null
    ? sql`true`
    : sql`${reportBucket(id)} IN (${sql.join(
        buckets.map((b) => sql`${b}`),
        sql`, `,
      )})`;

/** One count of a report, additive over households: what it counts and how many. */
export interface CountRow {
  kind: string;
  name: string | null;
  x: number | null;
  y: number | null;
  n: number;
}

/** A count over the households of one report bucket. */
export interface BucketCountRow extends CountRow {
  bucket: number;
}

/** The counts of every bucket added up, in the order each count first appears. */
export function sumBuckets(rows: readonly BucketCountRow[]): CountRow[] {
  const sums = new Map<string, CountRow>();
  for (const { bucket: _, ...r } of rows) {
    const key = countKey(r);
    const sum = sums.get(key);
    if (sum) sum.n += r.n;
    else sums.set(key, r);
  }
  return [...sums.values()];
}

/** What a count counts, as one string. */
export const countKey = (r: CountRow) => `${r.kind}\u0000${r.name}\u0000${r.x}\u0000${r.y}`;

/** The version of each report bucket of the organisation that has one (0 for the others). */
export async function reportBucketVersionsOf(
  db: Db,
  organisationId: string,
): Promise<Map<number, number>> {
  const rows = await db
    .select({ bucket: reportBucketVersions.bucket, version: reportBucketVersions.version })
    .from(reportBucketVersions)
    .where(eq(reportBucketVersions.organisationId, organisationId));
  return new Map(rows.map((r) => [r.bucket, r.version]));
}
