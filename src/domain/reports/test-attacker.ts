import type { SuppressedTable } from './suppression';

// An attacker independent of the algorithm: writes every published equation (parts add up to
// the total) with the hidden cells as unknowns and solves by elimination. A hidden cell is
// recovered when its unit vector lies in the row space of the equations.
export function recoveredByAttacker(table: SuppressedTable): string[] {
  const rows = table.cells.map((r, i) => [...r, table.rowTotals[i]!]);
  if (table.total) rows.push([...table.columnTotals, table.total]);
  const unknowns: string[] = [];
  rows.forEach((r, i) => r.forEach((c, j) => c.value === null && unknowns.push(`${i},${j}`)));
  const equations: number[][] = [];
  const lastColumn = rows[0]!.length - 1;
  const equation = (cells: [number, number][], total: [number, number]) => {
    const coefficients = unknowns.map(() => 0);
    for (const [[i, j], sign] of [
      ...cells.map((c): [[number, number], number] => [c, 1]),
      [total, -1] as [[number, number], number],
    ]) {
      const k = unknowns.indexOf(`${i},${j}`);
      if (k >= 0) coefficients[k]! += sign;
    }
    equations.push(coefficients);
  };
  rows.forEach((r, i) =>
    equation(
      r.slice(0, lastColumn).map((_, j): [number, number] => [i, j]),
      [i, lastColumn],
    ),
  );
  if (table.total)
    for (let j = 0; j <= lastColumn; j++)
      equation(
        rows.slice(0, -1).map((_, i): [number, number] => [i, j]),
        [rows.length - 1, j],
      );
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let r = 0;
    for (let c = 0; c < unknowns.length && r < a.length; c++) {
      const p = a.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
      if (p < 0) continue;
      [a[r], a[p]] = [a[p]!, a[r]!];
      for (let i = 0; i < a.length; i++)
        if (i !== r) {
          const f = a[i]![c]! / a[r]![c]!;
          a[i] = a[i]!.map((v, k) => v - f * a[r]![k]!);
        }
      r++;
    }
    return r;
  };
  const base = rank(equations);
  return unknowns.filter(
    (_, k) => rank([...equations, unknowns.map((__, m) => (m === k ? 1 : 0))]) === base,
  );
}
