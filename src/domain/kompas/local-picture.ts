import { POVERTY_TYPES } from '../assessment';
import { suppressTable, type SuppressionOptions } from '../reports/suppression';
import type { KompasBlocks } from './cycle';

/** Households of one wijk (as stored) and suggested form of poverty (null: none suggested). */
export interface PictureCount {
  wijk: string | null;
  povertyType: string | null;
  households: number;
}

/**
 * Block 1's own figures: households per wijk and suggested form of poverty ('none' when the scan
 * suggests none). Wijken split the households, so it is a partition with totals; every count
 * goes through small-cell suppression with its complementary cells.
 */
export function localPictureFigures(
  households: readonly { wijk: string | null; povertyType: string | null }[],
  options: SuppressionOptions = {},
): KompasBlocks['localPicture']['figures'] {
  return localPictureOfCounts(
    households.map((h) => ({ ...h, households: 1 })),
    options,
  );
}

/** The same figures from households counted per wijk and form of poverty. */
export function localPictureOfCounts(
  counted: readonly PictureCount[],
  options: SuppressionOptions = {},
): KompasBlocks['localPicture']['figures'] {
  const present = counted.filter((c) => c.households > 0);
  if (present.length === 0) return null;
  const columns = [...POVERTY_TYPES, 'geen'];
  const wijkOf = (c: PictureCount) => c.wijk?.trim() || null;
  const wijken = [...new Set(present.map(wijkOf))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl'),
  );
  const counts = wijken.map(() => columns.map(() => 0));
  for (const c of present)
    counts[wijken.indexOf(wijkOf(c))]![columns.indexOf(c.povertyType ?? 'geen')]! += c.households;
  const table = suppressTable({ counts, partition: true }, options);
  return {
    povertyTypes: columns,
    rows: wijken.map((wijk, i) => ({ wijk, cells: table.cells[i]!, total: table.rowTotals[i]! })),
    total: table.total,
  };
}
