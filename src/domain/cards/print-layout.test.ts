import { describe, expect, it } from 'vitest';
import { sheetLayout } from './print-layout';

// Printed double-sided and flipped on the long edge, the back page is mirrored left-right: what is
// printed in the left column of the back lies behind the right column of the front.

describe('sheetLayout', () => {
  it('puts eight cards on a sheet of 2 by 4, the backs mirrored per row', () => {
    const [sheet] = sheetLayout(8, 2, 4);
    expect(sheet!.fronts.slice(0, 3)).toEqual([
      { card: 0, row: 0, column: 0 },
      { card: 1, row: 0, column: 1 },
      { card: 2, row: 1, column: 0 },
    ]);
    expect(sheet!.backs.slice(0, 3)).toEqual([
      { card: 0, row: 0, column: 1 },
      { card: 1, row: 0, column: 0 },
      { card: 2, row: 1, column: 1 },
    ]);
  });

  it('starts a new sheet after eight cards; a lone last card keeps its row and mirrored place', () => {
    const sheets = sheetLayout(25, 2, 4);
    expect(sheets).toHaveLength(4);
    expect(sheets[3]!.fronts).toEqual([{ card: 24, row: 0, column: 0 }]);
    expect(sheets[3]!.backs).toEqual([{ card: 24, row: 0, column: 1 }]);
  });

  it('mirrors a three-column grid around the middle column', () => {
    const [sheet] = sheetLayout(3, 3, 1);
    expect(sheet!.backs.map((s) => s.column)).toEqual([2, 1, 0]);
  });
});
