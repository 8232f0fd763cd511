import { describe, expect, it } from 'vitest';
import { recoverableCells, suppressTable, type SuppressedTable } from './suppression';
import { recoveredByAttacker } from './test-attacker';

/** A table published with a given set of hidden cells (grid incl. totals), for the attacker. */
function publishWithMask(counts: number[][], hidden: boolean[][]): SuppressedTable {
  const grid = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  grid.push(grid[0]!.map((_, j) => grid.reduce((s, r) => s + r[j]!, 0)));
  const cell = (i: number, j: number) =>
    hidden[i]![j]
      ? { value: null, suppression: 'primary' as const }
      : { value: grid[i]![j]!, suppression: 'none' as const };
  const w = counts[0]!.length;
  return {
    cells: counts.map((r, i) => r.map((_, j) => cell(i, j))),
    rowTotals: counts.map((_, i) => cell(i, w)),
    columnTotals: counts[0]!.map((_, j) => cell(counts.length, j)),
    total: cell(counts.length, w),
  };
}

const values = (t: SuppressedTable) => t.cells.map((r) => r.map((c) => c.value));

describe('suppressTable', () => {
  it('hides a second cell when one small cell sits in a row with a published total', () => {
    // Naively hiding only the 3 leaks it: 38 − 15 − 20 = 3.
    const t = suppressTable({ counts: [[3, 15, 20]], partition: false });
    expect(t.rowTotals[0]).toEqual({ value: 38, suppression: 'none' });
    expect(t.cells[0]![0]).toEqual({ value: null, suppression: 'primary' });
    // The smallest other cell goes too; together they are 18, so the pair says nothing about the 3.
    expect(t.cells[0]![1]).toEqual({ value: null, suppression: 'secondary' });
    expect(t.cells[0]![2]!.value).toBe(20);
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('hides more when the hidden cells of a line add up to under 10', () => {
    // Hiding 4 and 3 leaves 7 = 4 + 3 as a known sum: the group is still "under 10".
    const t = suppressTable({ counts: [[4, 3, 11, 25]], partition: false });
    expect(values(t)).toEqual([[null, null, null, 25]]);
    expect(t.cells[0]![2]!.suppression).toBe('secondary');
  });

  it('keeps a table without small cells whole', () => {
    const t = suppressTable({
      counts: [
        [12, 15],
        [20, 11],
      ],
      partition: true,
    });
    expect(values(t)).toEqual([
      [12, 15],
      [20, 11],
    ]);
    expect(t.columnTotals.map((c) => c.value)).toEqual([32, 26]);
    expect(t.total!.value).toBe(58);
  });

  it('protects a small cell in a partition through its row and its column', () => {
    // wijken × (improved, same, worse), with column totals: hiding the 4 alone leaks it twice.
    const t = suppressTable({
      counts: [
        [4, 20, 30],
        [25, 18, 40],
        [30, 22, 12],
      ],
      partition: true,
    });
    expect(t.cells[0]![0]!.suppression).toBe('primary');
    expect(recoveredByAttacker(t)).toEqual([]);
    // The 4 must share its row and its column with another hidden cell.
    expect(t.cells[0]!.filter((c) => c.value === null).length).toBeGreaterThanOrEqual(2);
    expect(t.cells.map((r) => r[0]!).filter((c) => c.value === null).length).toBeGreaterThan(1);
    // A minimal pattern: 4 cells in a rectangle, all totals still published.
    expect(t.rowTotals.every((c) => c.value !== null)).toBe(true);
    expect(t.total!.value).toBe(201);
  });

  it('hides a small row total and what would give it away', () => {
    // A wijk with 8 households in all: its total, and every cell in it, are under 10.
    const t = suppressTable({
      counts: [
        [3, 2, 3],
        [25, 18, 40],
        [30, 22, 12],
      ],
      partition: true,
    });
    expect(t.rowTotals[0]!.value).toBeNull();
    // Column totals minus the other wijken would give the 3, 2 and 3 back: more has to go.
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('finds the cell joining two hidden rectangles, which "two per line" misses', () => {
    // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 are hidden rectangles; cell (1,2) joins
    // them. Every line holds at least two hidden cells, yet (1,2) is pinned by the equations.
    const hidden = [
      [true, true, false, false, false],
      [true, true, true, false, false],
      [false, false, true, true, false],
      [false, false, true, true, false],
      [false, false, false, false, false],
    ];
    expect(recoverableCells(hidden, true)).toEqual([[1, 2]]);
    // The attacker agrees: with only that pattern hidden, it solves cell (1,2) = 9.
    const counts = [
      [5, 6, 40, 50],
      [7, 8, 9, 60],
      [45, 55, 4, 3],
      [50, 65, 2, 1],
    ];
    const naive = publishWithMask(counts, hidden);
    expect(recoveredByAttacker(naive)).toEqual(['1,2']);
  });

  it('leaves no recoverable cell in a table where the naive rule leaks', () => {
    // Small cells placed so that primary suppression gives the two-rectangle pattern above.
    const t = suppressTable({
      counts: [
        [5, 6, 40, 50],
        [7, 8, 9, 60],
        [45, 55, 4, 3],
        [50, 65, 2, 1],
      ],
      partition: true,
    });
    expect(t.cells.flat().filter((c) => c.suppression === 'primary').length).toBe(9);
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('hides every cell under 10, zero included, and never shows one', () => {
    const t = suppressTable({
      counts: [
        [0, 14, 30],
        [12, 9, 22],
        [40, 33, 10],
      ],
      partition: true,
    });
    const published = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total!].filter(
      (c) => c.value !== null,
    );
    expect(published.every((c) => c.value! >= 10)).toBe(true);
    expect(t.cells[0]![0]!.suppression).toBe('primary');
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('checks rows only when the groups overlap (no column totals)', () => {
    const t = suppressTable({
      counts: [
        [12, 5, 20],
        [11, 13, 14],
      ],
      partition: false,
    });
    expect(t.columnTotals).toEqual([]);
    expect(t.total).toBeNull();
    expect(values(t)).toEqual([
      [null, null, 20],
      [11, 13, 14],
    ]);
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('refuses counts that are not whole numbers of 0 or more', () => {
    expect(() => suppressTable({ counts: [[1, -2]], partition: false })).toThrow(/counts/);
    expect(() => suppressTable({ counts: [[1], [1, 2]], partition: false })).toThrow(/counts/);
  });
});

describe('suppressTable with totals fixed by another table', () => {
  it('keeps the given totals and still protects the body', () => {
    // The overall row (improved 32, same 21, worse 21, n 74) is published whole elsewhere.
    const t = suppressTable(
      {
        counts: [
          [2, 1, 1],
          [10, 10, 10],
          [20, 10, 10],
        ],
        partition: true,
      },
      { lockedTotals: [false, false, false, false] },
    );
    expect(t.columnTotals.map((c) => c.value)).toEqual([32, 21, 21]);
    expect(t.total!.value).toBe(74);
    expect(t.rowTotals[0]!.value).toBeNull();
    expect(recoveredByAttacker(t)).toEqual([]);
  });

  it('refuses fixed totals that would show a small total', () => {
    expect(() =>
      suppressTable(
        { counts: [[2, 12]], partition: true },
        { lockedTotals: [false, false, false] },
      ),
    ).toThrow(/lockedTotals/);
  });
});
