// Facet values per doc while the index is built, as CSR lists (offsets and data in typed arrays).

import type { FacetData } from './index-shape';

export class FacetBuilder {
  readonly values: string[] = [];
  readonly valueIndex = new Map<string, number>();
  private readonly offsets: number[] = [0];
  private readonly data: number[] = [];

  /** Adds the next doc's values (duplicates are dropped). */
  private readonly stamp: number[] = [];

  add(values: readonly string[]): void {
    const doc = this.offsets.length;
    for (const value of values) {
      let v = this.valueIndex.get(value);
      if (v === undefined) {
        v = this.values.length;
        this.values.push(value);
        this.valueIndex.set(value, v);
        this.stamp.push(-1);
      }
      if (this.stamp[v] !== doc) {
        this.stamp[v] = doc;
        this.data.push(v);
      }
    }
    this.offsets.push(this.data.length);
  }

  build(): FacetData {
    return {
      values: this.values,
      valueIndex: this.valueIndex,
      offsets: Int32Array.from(this.offsets),
      data: Int32Array.from(this.data),
    };
  }
}
