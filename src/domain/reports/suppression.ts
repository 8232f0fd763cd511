// Small-cell suppression for published count tables (primary + secondary suppression).
//
// A table is a grid of counts with its row totals, and column totals plus a grand total when the
// rows split one whole (a partition, e.g. wijken). Seen as one (rows+1) × (columns+1) grid, every
// line (row or column, totals included) obeys "parts add up to the total". Someone who reads the
// published cells can solve those equations, so hiding the small cells is not enough.
//
// 1. Primary: every cell (totals included) counting fewer than `threshold` households, 0 included
//    ("nobody in this wijk got worse" says something about every household there), is hidden.
// 2. Secondary, repeated until nothing changes:
//    a. A line whose total is published and whose hidden parts add up to less than `threshold`
//       (one hidden part alone is the same case: its exact value is the total minus the rest) gets
//       its smallest published part hidden as well; with no published part left, its total.
//    b. A line with exactly one hidden cell (a hidden total whose parts are all published) gets its
//       smallest published part hidden too.
//    c. Exact recovery in general: put the hidden cells as edges between their row and column in a
//       bipartite graph. The line equations pin a hidden cell to one value exactly when its edge
//       is a bridge (lies on no cycle); a cycle lets the cells on it move by +t/−t in turn while
//       every line still adds up. "At least two hidden cells per line" is not enough: two
//       hidden rectangles joined by one cell leave that cell recoverable. So each bridge gets a
//       complementary cell that closes a cycle through it: the smallest published cell whose row
//       and column lie on the two sides of the bridge.
// The rules only ever hide more, so the loop ends. The tests check the result with an
// independent attacker that solves the equations by elimination.
// Not covered: bounds from "counts are never negative" can narrow a hidden value to a range;
// rule (a) keeps every such range at least `threshold` wide in the lines with a published total.

export const SUPPRESSION_THRESHOLD = 10;

export type Suppression = 'none' | 'primary' | 'secondary';

export interface PublishedCell {
  /** null when suppressed. */
  value: number | null;
  suppression: Suppression;
}

export interface CountTable {
  /** counts[row][column]. */
  counts: readonly (readonly number[])[];
  /** Rows split one whole, so column totals and a grand total are published too. When false, only
   * the row totals are (e.g. groups that overlap, such as interventions used). */
  partition: boolean;
}

export interface SuppressedTable {
  cells: PublishedCell[][];
  rowTotals: PublishedCell[];
  /** Empty when the table is not a partition. */
  columnTotals: PublishedCell[];
  total: PublishedCell | null;
}

type Grid = {
  values: number[][];
  hidden: Suppression[][];
  /** Cells whose state was decided elsewhere (the overall row shared by linked tables). */
  locked: boolean[][];
  rows: number;
  columns: number;
};

export interface SuppressionOptions {
  threshold?: number;
  /** For a partition: the column totals and grand total exactly as another table published them
   * (true = hidden). They are kept as they are, so linked tables never disagree about them. */
  lockedTotals?: readonly boolean[];
}

/** The table as one grid: the last column holds row totals, the last row column totals. */
function toGrid(table: CountTable): Grid {
  const width = Math.max(0, ...table.counts.map((r) => r.length));
  const values = table.counts.map((r) => {
    if (r.length !== width) throw new RangeError('counts: every row needs the same length');
    if (r.some((v) => !Number.isInteger(v) || v < 0))
      throw new RangeError('counts: only whole numbers of 0 or more');
    return [...r, r.reduce((a, b) => a + b, 0)];
  });
  if (table.partition) {
    const totals = Array.from({ length: width + 1 }, (_, j) =>
      values.reduce((sum, row) => sum + row[j]!, 0),
    );
    values.push(totals);
  }
  const hidden = values.map((row) => row.map((): Suppression => 'none'));
  const locked = values.map((row) => row.map(() => false));
  return { values, hidden, locked, rows: values.length, columns: width + 1 };
}

interface Line {
  parts: [number, number][];
  total: [number, number];
}

/** Every "parts add up to the total" equation of the grid. */
function linesOf(grid: Grid, partition: boolean): Line[] {
  const lastRow = grid.rows - 1;
  const lastColumn = grid.columns - 1;
  const lines: Line[] = [];
  for (let i = 0; i < grid.rows; i++)
    lines.push({
      parts: Array.from({ length: lastColumn }, (_, j): [number, number] => [i, j]),
      total: [i, lastColumn],
    });
  if (partition)
    for (let j = 0; j < grid.columns; j++)
      lines.push({
        parts: Array.from({ length: lastRow }, (_, i): [number, number] => [i, j]),
        total: [lastRow, j],
      });
  return lines;
}

const isHidden = (grid: Grid, [i, j]: [number, number]) => grid.hidden[i]![j] !== 'none';

function hideSmallest(grid: Grid, candidates: [number, number][]): boolean {
  const open = candidates.filter((c) => !isHidden(grid, c) && !grid.locked[c[0]]![c[1]]);
  if (open.length === 0) return false;
  const [i, j] = open.reduce((best, c) =>
    grid.values[c[0]]![c[1]]! < grid.values[best[0]]![best[1]]! ? c : best,
  );
  grid.hidden[i]![j] = 'secondary';
  return true;
}

/** Rules (a) and (b): one cell hidden per call, true when something was hidden. */
function protectLine(grid: Grid, line: Line, threshold: number): boolean {
  const hiddenParts = line.parts.filter((c) => isHidden(grid, c));
  const totalHidden = isHidden(grid, line.total);
  const hiddenSum = hiddenParts.reduce((s, [i, j]) => s + grid.values[i]![j]!, 0);
  if (!totalHidden && hiddenParts.length > 0 && hiddenSum < threshold)
    return hideSmallest(grid, line.parts) || hideSmallest(grid, [line.total]);
  if (totalHidden && hiddenParts.length === 0) return hideSmallest(grid, line.parts);
  return false;
}

/**
 * Hidden cells whose value the published cells pin down exactly: the bridges of the graph with a
 * node per grid row and per grid column and an edge per hidden cell. Also used by the tests.
 */
export function recoverableCells(
  hidden: readonly (readonly boolean[])[],
  partition: boolean,
): [number, number][] {
  const edges: [number, number][] = [];
  hidden.forEach((row, i) => row.forEach((h, j) => h && edges.push([i, j])));
  // Without column equations only the row's own equation binds its cells: they all join the row
  // to one shared node, so two hidden cells in a row form a cycle.
  const node = (e: [number, number], side: 0 | 1) =>
    side === 0 ? `r${e[0]}` : partition ? `c${e[1]}` : `z${e[0]}`;
  return edges.filter((edge, k) => {
    // A bridge: without this edge its two ends are no longer connected.
    const adjacency = new Map<string, string[]>();
    edges.forEach((e, m) => {
      if (m === k) return;
      const a = node(e, 0);
      const b = node(e, 1);
      adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
      adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
    });
    return !reachable(adjacency, node(edge, 0)).has(node(edge, 1));
  });
}

function reachable(adjacency: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    for (const next of adjacency.get(stack.pop()!) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
  }
  return seen;
}

/** Rule (c): hide one cell that closes a cycle through the first recoverable cell. */
function protectBridge(grid: Grid, partition: boolean): boolean {
  const mask = grid.hidden.map((r) => r.map((h) => h !== 'none'));
  const [bridge] = recoverableCells(mask, partition);
  if (!bridge) return false;
  if (!partition) {
    // Only row equations: a second hidden cell in the same row is a cycle.
    const row = grid.values[bridge[0]]!.map((_, j): [number, number] => [bridge[0], j]);
    return hideSmallest(grid, row);
  }
  const [i, j] = bridge;
  const adjacency = new Map<string, string[]>();
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.columns; c++)
      if (mask[r]![c] && !(r === i && c === j)) {
        adjacency.set(`r${r}`, [...(adjacency.get(`r${r}`) ?? []), `c${c}`]);
        adjacency.set(`c${c}`, [...(adjacency.get(`c${c}`) ?? []), `r${r}`]);
      }
  const rowSide = reachable(adjacency, `r${i}`);
  const columnSide = reachable(adjacency, `c${j}`);
  const candidates: [number, number][] = [];
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.columns; c++)
      if (
        (rowSide.has(`r${r}`) && columnSide.has(`c${c}`)) ||
        (columnSide.has(`r${r}`) && rowSide.has(`c${c}`))
      )
        candidates.push([r, c]);
  // No published cell joins the two sides yet: grow the bridge's own lines first.
  const all = grid.values.flatMap((row, r) => row.map((_, c): [number, number] => [r, c]));
  return (
    hideSmallest(grid, candidates) ||
    hideSmallest(
      grid,
      all.filter(([r, c]) => r === i || c === j),
    ) ||
    hideSmallest(grid, all)
  );
}

/** Publishes a count table with every cell under `threshold` hidden, and every cell that would
 * reveal one. */
export function suppressTable(
  table: CountTable,
  options: SuppressionOptions = {},
): SuppressedTable {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const grid = toGrid(table);
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v < threshold) grid.hidden[i]![j] = 'primary';
    }),
  );
  if (options.lockedTotals) {
    if (!table.partition || options.lockedTotals.length !== grid.columns)
      throw new RangeError('lockedTotals: one entry per column total and the grand total');
    const last = grid.rows - 1;
    options.lockedTotals.forEach((hide, j) => {
      const primary = grid.values[last]![j]! < threshold;
      if (primary && !hide) throw new RangeError('lockedTotals: a total under the threshold');
      grid.hidden[last]![j] = primary ? 'primary' : hide ? 'secondary' : 'none';
      grid.locked[last]![j] = true;
    });
  }
  const lines = linesOf(grid, table.partition);
  for (;;) {
    if (lines.some((line) => protectLine(grid, line, threshold))) continue;
    if (!protectBridge(grid, table.partition)) break;
  }
  const cell = (i: number, j: number): PublishedCell => ({
    value: grid.hidden[i]![j] === 'none' ? grid.values[i]![j]! : null,
    suppression: grid.hidden[i]![j]!,
  });
  const bodyRows = table.counts.length;
  const width = grid.columns - 1;
  return {
    cells: table.counts.map((row, i) => row.map((_, j) => cell(i, j))),
    rowTotals: table.counts.map((_, i) => cell(i, width)),
    columnTotals: table.partition ? Array.from({ length: width }, (_, j) => cell(bodyRows, j)) : [],
    total: table.partition ? cell(bodyRows, width) : null,
  };
}
