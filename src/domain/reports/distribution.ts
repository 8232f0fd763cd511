// A distribution of changes in a capital or aspect score: never only the mean.

export interface Distribution {
  n: number;
  min: number;
  /** Quartiles by linear interpolation between the sorted values (the method of Excel's
   * QUARTILE.INC and R's default): position (n − 1) · p, counted from 0. */
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/** The distribution of a list of values, or null for an empty list. Figures have two decimals. */
export function distributionOf(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, far faster than a comparator over thousands of values.
  const sorted = Float64Array.from(values).sort();
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: sorted[sorted.length - 1]!,
    mean: round2(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}
