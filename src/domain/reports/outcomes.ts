import { CAPITALS, type Capital, type PovertyType, type ScoreDeltas } from '../assessment';
import {
  distributionOf,
  distributionOfHistogram,
  type Distribution,
  type Histogram,
} from './distribution';
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

/** The group a household's wijk puts it in: blanks around it do not count, empty is unknown. */
export const wijkGroup = (wijk: string | null | undefined): string | null => wijk?.trim() || null;

function groupsOf(record: HouseholdOutcome, grouping: Grouping): (string | null)[] {
  if (grouping === 'wijk') return [wijkGroup(record.wijk)];
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

/** The changes of one group in one measure, as a list or as counts per value. */
interface Changes {
  count: number;
  /** Improved, same, worse. */
  directions: () => number[];
  distribution: () => Distribution | null;
}

function listedChanges(deltas: readonly number[]): Changes {
  return {
    count: deltas.length,
    directions: () => {
      const counts = [0, 0, 0];
      for (const d of deltas) counts[d > 0 ? 0 : d === 0 ? 1 : 2]!++;
      return counts;
    },
    distribution: () => distributionOf(deltas),
  };
}

function countedChanges(histogram: Histogram): Changes {
  return {
    count: histogram.reduce((n, [, count]) => n + count, 0),
    directions: () => {
      const counts = [0, 0, 0];
      for (const [d, count] of histogram) counts[d > 0 ? 0 : d === 0 ? 1 : 2]! += count;
      return counts;
    },
    distribution: () => distributionOfHistogram(histogram),
  };
}

function row(
  group: string | null,
  cells: PublishedCell[],
  n: PublishedCell,
  changes: Changes,
): OutcomeRow {
  return {
    group,
    n,
    improved: cells[0]!,
    same: cells[1]!,
    worse: cells[2]!,
    distribution: n.value === null ? null : changes.distribution(),
  };
}

/** Groups sorted by name, the unknown group last. */
const byName = (a: string | null, b: string | null) =>
  a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl');

/** One measure's table from the changes of all households and of each group; null if none. */
function tabulate(
  all: Changes,
  byGroup: ReadonlyMap<string | null, Changes>,
  grouping: Grouping,
  measure: Measure,
  options: SuppressionOptions,
): OutcomeTable | null {
  if (all.count === 0) return null;
  // The overall row is suppressed on its own and then fixed in the grouped table, so every table
  // that shows it shows the same cells.
  const overallTable = suppressTable({ counts: [all.directions()], partition: false }, options);
  const overall = row(null, overallTable.cells[0]!, overallTable.rowTotals[0]!, all);
  const keys = [...byGroup.keys()].sort(byName);
  const partition = grouping !== 'intervention';
  const table = suppressTable(
    { counts: keys.map((k) => byGroup.get(k)!.directions()), partition },
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
    groups: keys.map((k, i) => row(k, table.cells[i]!, table.rowTotals[i]!, byGroup.get(k)!)),
  };
}

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
  const byGroup = new Map([...deltasByGroup].map(([k, list]) => [k, listedChanges(list)]));
  return tabulate(listedChanges(all), byGroup, grouping, measure, options);
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

/** Households counted per measure, group and change (in tenths), as the database sums them. */
export interface ChangeCount {
  /** Index into the measures the counts were made over. */
  measure: number;
  /** As stored; for the wijk, before blanks are trimmed. */
  group: string | null;
  tenths: number;
  households: number;
}

type Counts = Map<number, number>;

function add(into: Counts, tenths: number, households: number) {
  into.set(tenths, (into.get(tenths) ?? 0) + households);
}

const histogramOf = (counts: Counts): Histogram =>
  [...counts].sort(([a], [b]) => a - b).map(([tenths, n]) => [tenths / 10, n] as const);

function countsByMeasure(counts: readonly ChangeCount[], grouping: Grouping) {
  const byMeasure = new Map<number, { all: Counts; groups: Map<string | null, Counts> }>();
  for (const c of counts) {
    let measure = byMeasure.get(c.measure);
    if (!measure) byMeasure.set(c.measure, (measure = { all: new Map(), groups: new Map() }));
    const group = grouping === 'wijk' ? wijkGroup(c.group) : c.group;
    let inGroup = measure.groups.get(group);
    if (!inGroup) measure.groups.set(group, (inGroup = new Map()));
    add(inGroup, c.tenths, c.households);
    add(measure.all, c.tenths, c.households);
  }
  return byMeasure;
}

/**
 * The same report as `summariseOutcomes` over the same households, from their changes counted
 * per measure, group and value (the database's aggregate) instead of one record per household.
 * Where each household is in one group the overall row is the groups' sum; where a household can
 * be in several (interventions), `overall` counts each household once.
 */
export function summariseOutcomeCounts(
  counted: { groups: readonly ChangeCount[]; overall?: readonly ChangeCount[] },
  measures: readonly Measure[],
  grouping: Grouping,
  options: SuppressionOptions = {},
): OutcomeReport {
  const byMeasure = countsByMeasure(counted.groups, grouping);
  const overall = counted.overall ? countsByMeasure(counted.overall, grouping) : byMeasure;
  if (grouping === 'intervention' && !counted.overall)
    throw new Error('groups overlap: the overall counts are needed');
  const tables = (indexes: number[]) =>
    indexes.flatMap((i) => {
      const inGroups = byMeasure.get(i);
      const all = overall.get(i)?.all;
      if (!inGroups || !all) return [];
      const groups = new Map(
        [...inGroups.groups].map(([k, v]) => [k, countedChanges(histogramOf(v))]),
      );
      return (
        tabulate(countedChanges(histogramOf(all)), groups, grouping, measures[i]!, options) ?? []
      );
    });
  const indexes = measures.map((_, i) => i);
  const capitalOrder = (i: number) => CAPITALS.indexOf(measures[i]!.capital);
  return {
    grouping,
    capitals: tables(
      indexes
        .filter((i) => measures[i]!.aspectId === null)
        .sort((a, b) => capitalOrder(a) - capitalOrder(b)),
    ),
    aspects: tables(
      indexes
        .filter((i) => measures[i]!.aspectId !== null)
        .sort((a, b) => measures[a]!.aspectId!.localeCompare(measures[b]!.aspectId!)),
    ),
  };
}
