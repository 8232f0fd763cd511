import { POVERTY_TYPES } from '../assessment';
import { suppressTable, type SuppressionOptions } from '../reports/suppression';
import type { KompasBlocks } from './cycle';

/**
 * Block 1's own figures: households per wijk and suggested form of poverty ('none' when the scan
 * suggests none). Wijken split the households, so it is a partition with totals; every count
 * goes through small-cell suppression with its complementary cells.
 */
export function localPictureFigures(
  households: readonly { wijk: string | null; povertyType: string | null }[],
  options: SuppressionOptions = {},
): KompasBlocks['localPicture']['figures'] {
  if (households.length === 0) return null;
  const columns = [...POVERTY_TYPES, 'geen'];
  const wijken = [...new Set(households.map((h) => h.wijk?.trim() || null))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl'),
  );
  const counts = wijken.map((wijk) =>
    columns.map(
      (type) =>
        households.filter(
          (h) => (h.wijk?.trim() || null) === wijk && (h.povertyType ?? 'geen') === type,
        ).length,
    ),
  );
  const table = suppressTable({ counts, partition: true }, options);
  return {
    povertyTypes: columns,
    rows: wijken.map((wijk, i) => ({ wijk, cells: table.cells[i]!, total: table.rowTotals[i]! })),
    total: table.total,
  };
}
