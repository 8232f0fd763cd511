import { and, asc, eq, gt, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { householdOutcomes, households } from '../schema';
import {
  fieldsOf,
  firstAndLatestScans,
  householdFilters,
  scoredScan,
  type ScoredScan,
  type SourceScope,
} from './outcomes.repository';

export type HouseholdOutcomeRow = typeof householdOutcomes.$inferInsert;

/** The instrument a kept change was computed for: rows of any other are not read. */
export interface OutcomeFingerprint {
  instrumentId: string;
  instrumentVersion: number;
  aspectOrder: number;
}

export interface ScanPair {
  householdId: string;
  /** Both null when the household has fewer than two completed scans. */
  first: ScoredScan | null;
  latest: ScoredScan | null;
}

/** The first and latest completed scan of these households, in id order. */
export async function scanPairsOf(db: Db, householdIds: string[]): Promise<ScanPair[]> {
  const { first, latest } = firstAndLatestScans(db);
  const rows = await db
    .select({ householdId: households.id, first: fieldsOf(first), latest: fieldsOf(latest) })
    .from(households)
    .leftJoinLateral(first, sql`true`)
    .leftJoinLateral(latest, ne(latest.scanId, first.scanId))
    .where(inArray(households.id, householdIds))
    .orderBy(asc(households.id));
  return rows.map((r) => {
    const latestScan = r.latest ? scoredScan(r.latest) : null;
    const firstScan = latestScan && r.first ? scoredScan(r.first) : null;
    return { householdId: r.householdId, first: firstScan, latest: firstScan && latestScan };
  });
}

/**
 * Of a page of households after `after` (id order), those whose change is not kept for this
 * instrument, with their scans: what the backfill still has to compute. Households with fewer
 * than two scans come back too (with no pair). `next` is where the following page starts, null
 * after the last. Three small queries per page, each bounded by the page, instead of one
 * anti-join: a planner without statistics for household_outcomes (PGlite, at start) scanned the
 * whole table once per household (seconds at every start at 10 000 households).
 */
export async function unkeptScanPairs(
  db: Db,
  instrument: OutcomeFingerprint,
  page: { after: string | null; limit: number },
): Promise<{ pairs: ScanPair[]; next: string | null }> {
  const ids = await householdIdsAfter(db, page);
  if (ids.length === 0) return { pairs: [], next: null };
  const kept = await db
    .select({ id: householdOutcomes.householdId })
    .from(householdOutcomes)
    .where(
      and(
        inArray(householdOutcomes.householdId, ids),
        eq(householdOutcomes.instrumentId, instrument.instrumentId),
        eq(householdOutcomes.instrumentVersion, instrument.instrumentVersion),
        eq(householdOutcomes.aspectOrder, instrument.aspectOrder),
      ),
    );
  const done = new Set(kept.map((r) => r.id));
  const missing = ids.filter((id) => !done.has(id));
  return {
    pairs: missing.length ? await scanPairsOf(db, missing) : [],
    next: ids.length < page.limit ? null : ids[ids.length - 1]!,
  };
}

/** A page of household ids after `after`, in id order: how the start's backfills walk them. */
export async function householdIdsAfter(
  db: Db,
  page: { after: string | null; limit: number },
): Promise<string[]> {
  const rows = await db
    .select({ id: households.id })
    .from(households)
    .where(page.after ? gt(households.id, page.after) : undefined)
    .orderBy(asc(households.id))
    .limit(page.limit);
  return rows.map((r) => r.id);
}

/** Keeps households' changes, replacing what was kept for them before. */
export async function storeHouseholdOutcomes(db: Db, rows: HouseholdOutcomeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(householdOutcomes)
    .values(rows)
    .onConflictDoUpdate({
      target: householdOutcomes.householdId,
      set: {
        firstScanId: sql`excluded.first_scan_id`,
        latestScanId: sql`excluded.latest_scan_id`,
        instrumentId: sql`excluded.instrument_id`,
        instrumentVersion: sql`excluded.instrument_version`,
        aspectOrder: sql`excluded.aspect_order`,
        deltaTenths: sql`excluded.delta_tenths`,
      },
    });
}

/**
 * FROM clause: the kept changes (alias `kept`) of households in scope, consent for anonymous
 * reporting checked now. Scope without a period: the latest scan is the latest of all.
 */
export function keptChangesIn(
  scope: Omit<SourceScope, 'period'>,
  instrument: OutcomeFingerprint,
): SQL {
  return sql`FROM ${households}
    JOIN ${householdOutcomes} kept ON kept.household_id = ${households.id}
    WHERE ${and(...householdFilters(scope))}
      AND kept.instrument_id = ${instrument.instrumentId}
      AND kept.instrument_version = ${instrument.instrumentVersion}
      AND kept.aspect_order = ${instrument.aspectOrder}`;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** What the kept changes are counted by: a household's groups, from a row of `households`. */
export type CountedBy = 'wijk' | { interventionsWithStatus: readonly string[] } | 'none';

/** Per household, the groups it counts in (as stored; null for none), as an array. */
function groupsOf(by: CountedBy): SQL {
  if (by === 'none') return sql`ARRAY[NULL]::text[]`;
  if (by === 'wijk') return sql`ARRAY[${households.data}->>'wijk']`;
  // Each intervention once, from the plan's referrals with these statuses; none: the null group.
  const statuses = sql.join(
    by.interventionsWithStatus.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`coalesce((SELECT array_agg(DISTINCT r->>'interventionId')
      FROM plans p CROSS JOIN LATERAL jsonb_array_elements(p.data->'referrals') r
      WHERE p.household_id = ${households.id} AND r->>'status' IN (${statuses})),
    ARRAY[NULL]::text[])`;
}

/**
 * Per measure (index into the stored change), group and change in tenths: how many households
 * with a change in `from` (a FROM clause with `households` and the alias `kept` holding
 * `delta_tenths`), counted in the database, with the number of households.
 */
export async function changeCounts(db: Db, from: SQL, by: CountedBy) {
  const changed = sql`${from} AND kept.delta_tenths IS NOT NULL`;
  const counts = rowsOf<{
    measure: number;
    group: string | null;
    tenths: number;
    households: number;
  }>(
    await db.execute(sql`SELECT (m.ord - 1)::int AS measure, g.name AS "group",
        m.delta::int AS tenths, count(*)::int AS households
      FROM (SELECT ${groupsOf(by)} AS groups, kept.delta_tenths ${changed}) k
      CROSS JOIN LATERAL unnest(k.groups) AS g(name)
      CROSS JOIN LATERAL unnest(k.delta_tenths) WITH ORDINALITY AS m(delta, ord)
      WHERE m.delta IS NOT NULL
      GROUP BY 1, 2, 3`),
  );
  const [total] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n ${changed}`),
  );
  return { counts, households: total?.n ?? 0 };
}
