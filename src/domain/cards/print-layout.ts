// Where each card goes on a printed sheet. The fronts fill a grid left to right, top to bottom; on
// the back page each row is mirrored, so after double-sided printing flipped on the long edge the
// back of a card lands exactly behind its front.

export interface GridSlot {
  /** Index of the card in the deck. */
  card: number;
  row: number;
  column: number;
}

export interface Sheet {
  fronts: GridSlot[];
  backs: GridSlot[];
}

export function sheetLayout(cardCount: number, columns: number, rows: number): Sheet[] {
  const perSheet = columns * rows;
  const sheets: Sheet[] = [];
  for (let first = 0; first < cardCount; first += perSheet) {
    const fronts: GridSlot[] = [];
    for (let card = first; card < Math.min(first + perSheet, cardCount); card++) {
      const place = card - first;
      fronts.push({ card, row: Math.floor(place / columns), column: place % columns });
    }
    const backs = fronts.map((slot) => ({ ...slot, column: columns - 1 - slot.column }));
    sheets.push({ fronts, backs });
  }
  return sheets;
}
