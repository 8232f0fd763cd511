import { CAPITALS, type Capital, type PovertyType, type ScoreDeltas } from '../assessment';
import { distributionOf, type Distribution } from './distribution';
import { suppressTable, type PublishedCell, type SuppressionOptions } from './suppression';

// Outcomes: how capital scores changed between a household's first and latest completed scan,
// per capital and per aspect, for groups of households (the intervention used in the plan, the
// wijk, the suggested form of poverty). Each group shows the number of households (n), how many
// improved, stayed the same or got worse, and the distribution of the change. Counts go through
// small-cell suppression; a group's distribution is shown only when its n is published.

export interface HouseholdOutcome {
  wijk: string | null;
  /** The form of poverty suggested first on the latest scan, if any. */
  povertyType: PovertyType | null;
  /** Interventions referred to in the plan (each counted once per household). */
  interventions: readonly string[];
  /** From the first to the latest completed scan. */
  change: ScoreDeltas;
}

export const GROUPINGS = ['intervention', 'wijk', 'povertyType'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export type Measure = { capital: Capital; aspectId: string | null };

export interface OutcomeRow {
  /** The wijk, intervention id or form of poverty; null = not known (or: no intervention). */
  group: string | null;
  n: PublishedCell;
  improved: PublishedCell;
  same: PublishedCell;
  worse: PublishedCell;
  /** Only when n is published. */
  distribution: Distribution | null;
}

export interface OutcomeTable {
  measure: Measure;
  overall: OutcomeRow;
  groups: OutcomeRow[];
}

export interface OutcomeReport {
  grouping: Grouping;
  capitals: OutcomeTable[];
  aspects: OutcomeTable[];
}

function groupsOf(record: HouseholdOutcome, grouping: Grouping): (string | null)[] {
  if (grouping === 'wijk') return [record.wijk?.trim() || null];
  if (grouping === 'povertyType') return [record.povertyType];
  const used = [...new Set(record.interventions)];
  return used.length ? used : [null];
}

const measureKey = (m: Measure) => m.aspectId ?? m.capital;

/** Per measure, each household's change (null when unknown), read once for all tables. */
function deltasByMeasure(records: readonly HouseholdOutcome[]): Map<string, (number | null)[]> {
  const index = new Map<string, (number | null)[]>();
  const put = (key: string, i: number, delta: number | null) => {
    let list = index.get(key);
    if (!list) index.set(key, (list = new Array<number | null>(records.length).fill(null)));
    list[i] = delta;
  };
  records.forEach((r, i) => {
    for (const c of r.change.capitals) put(c.capital, i, c.delta);
    for (const a of r.change.aspects) put(a.aspectId, i, a.delta);
  });
  return index;
}

function directionCounts(deltas: readonly number[]): number[] {
  const counts = [0, 0, 0];
  for (const d of deltas) counts[d > 0 ? 0 : d === 0 ? 1 : 2]!++;
  return counts;
}

function row(
  group: string | null,
  cells: PublishedCell[],
  n: PublishedCell,
  deltas: number[],
): OutcomeRow {
  return {
    group,
    n,
    improved: cells[0]!,
    same: cells[1]!,
    worse: cells[2]!,
    distribution: n.value === null ? null : distributionOf(deltas),
  };
}

/** Groups sorted by name, the unknown group last. */
const byName = (a: string | null, b: string | null) =>
  a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl');

function outcomeTable(
  records: readonly HouseholdOutcome[],
  deltas: readonly (number | null)[],
  grouping: Grouping,
  measure: Measure,
  options: SuppressionOptions,
): OutcomeTable | null {
  const all: number[] = [];
  const deltasByGroup = new Map<string | null, number[]>();
  records.forEach((record, i) => {
    const delta = deltas[i];
    if (delta === null || delta === undefined) return;
    all.push(delta);
    for (const group of groupsOf(record, grouping)) {
      const list = deltasByGroup.get(group);
      if (list) list.push(delta);
      else deltasByGroup.set(group, [delta]);
    }
  });
  if (all.length === 0) return null;
  // The overall row is suppressed on its own and then fixed in the grouped table, so every table
  // that shows it shows the same cells.
  const overallTable = suppressTable({ counts: [directionCounts(all)], partition: false }, options);
  const overall = row(null, overallTable.cells[0]!, overallTable.rowTotals[0]!, all);
  const keys = [...deltasByGroup.keys()].sort(byName);
  const partition = grouping !== 'intervention';
  const table = suppressTable(
    { counts: keys.map((k) => directionCounts(deltasByGroup.get(k)!)), partition },
    partition
      ? {
          ...options,
          lockedTotals: [...overallTable.cells[0]!, overallTable.rowTotals[0]!].map(
            (c) => c.value === null,
          ),
        }
      : options,
  );
  return {
    measure,
    overall,
    groups: keys.map((k, i) => row(k, table.cells[i]!, table.rowTotals[i]!, deltasByGroup.get(k)!)),
  };
}

/** The outcome tables for one grouping: one per capital, and one per aspect that has changes. */
export function summariseOutcomes(
  records: readonly HouseholdOutcome[],
  grouping: Grouping,
  options: SuppressionOptions = {},
): OutcomeReport {
  const aspectIds = new Map<string, Capital>();
  for (const r of records) for (const a of r.change.aspects) aspectIds.set(a.aspectId, a.capital);
  const deltas = deltasByMeasure(records);
  const tables = (measures: Measure[]) =>
    measures.flatMap(
      (m) => outcomeTable(records, deltas.get(measureKey(m)) ?? [], grouping, m, options) ?? [],
    );
  return {
    grouping,
    capitals: tables(CAPITALS.map((capital) => ({ capital, aspectId: null }))),
    aspects: tables(
      [...aspectIds]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([aspectId, capital]) => ({ capital, aspectId })),
    ),
  };
}
