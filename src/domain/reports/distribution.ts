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

/** The k-th smallest value (from 0) of a sorted list, however it is held. */
type SortedValues = { length: number; at: (k: number) => number };

function quantile(sorted: SortedValues, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted.at(below);
  return low + (position - below) * (sorted.at(above) - low);
}

function summaryOf(sorted: SortedValues, sum: number): Distribution {
  return {
    n: sorted.length,
    min: sorted.at(0),
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: sorted.at(sorted.length - 1),
    mean: round2(sum / sorted.length),
  };
}

/** The distribution of a list of values, or null for an empty list. Figures have two decimals. */
export function distributionOf(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers natively, far faster than a comparator over thousands of values.
  const sorted = Float64Array.from(values).sort();
  return summaryOf(
    { length: sorted.length, at: (k) => sorted[k]! },
    sorted.reduce((a, b) => a + b, 0),
  );
}

/** Values with how often each occurs, ascending by value, no value twice. */
export type Histogram = readonly (readonly [value: number, count: number])[];

/**
 * The same as `distributionOf` of the values the histogram stands for, to the last bit: the
 * quantiles read the same positions and the sum adds the values in the same ascending order.
 */
export function distributionOfHistogram(histogram: Histogram): Distribution | null {
  const ends: number[] = [];
  let length = 0;
  let sum = 0;
  for (const [value, count] of histogram) {
    length += count;
    ends.push(length);
    for (let i = 0; i < count; i++) sum += value;
  }
  if (length === 0) return null;
  const at = (k: number) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > k) hi = mid;
      else lo = mid + 1;
    }
    return histogram[lo]![0];
  };
  return summaryOf({ length, at }, sum);
}
