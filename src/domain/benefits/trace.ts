import type { Message } from '../message';
import type { Formula } from './formula';
import type { ParameterSnapshot } from './parameters';
import type {
  ComparisonOperator,
  TraceCondition,
  TraceParameter,
  TraceScalar,
  TraceStep,
  Unit,
} from './types';

// Collects the explanation of one scheme: conditions with the values compared, the steps of the
// amount and the parameters used. With `enabled` false it only computes (fast path for batch).

/** A label (a catalogue message), or a function that builds it (only called when tracing). */
export type Label = Message | (() => Message);

export class Trace {
  readonly conditions: TraceCondition[] = [];
  readonly steps: TraceStep[] = [];
  private params: Map<string, TraceParameter> | null = null;
  failed = 0;

  constructor(
    readonly enabled: boolean,
    readonly snap: ParameterSnapshot,
  ) {}

  /** A number parameter on the peildatum; records it for the trace. */
  p(id: string): number {
    const r = this.snap.get(id);
    if (this.enabled) (this.params ??= new Map()).set(id, r.trace);
    const v = r.value.value;
    if (typeof v !== 'number') throw new Error(`Parameter ${id} is a table, not a number`);
    return v;
  }

  /** A table parameter on the peildatum; records it for the trace. */
  table(id: string): Array<Record<string, number | null>> {
    const r = this.snap.get(id);
    if (this.enabled) (this.params ??= new Map()).set(id, r.trace);
    const v = r.value.value;
    if (typeof v === 'number') throw new Error(`Parameter ${id} is a number, not a table`);
    return v;
  }

  /** Record a condition; returns whether it passed. */
  check(
    id: string,
    label: Label,
    actual: TraceScalar,
    operator: ComparisonOperator,
    limit: TraceScalar,
    unit: Unit,
    parameterIds: string[] = [],
  ): boolean {
    const passed = compare(actual, operator, limit);
    if (!passed) this.failed += 1;
    if (this.enabled)
      this.conditions.push({
        id,
        label: typeof label === 'function' ? label() : label,
        passed,
        actual: { value: actual, unit },
        operator,
        limit: { value: limit, unit },
        parameterIds,
      });
    return passed;
  }

  /** Record a step of the amount; `formula` is only evaluated when tracing. */
  step(
    id: string,
    label: Label,
    value: number,
    unit: Unit,
    formula: () => Formula,
    parameterIds: string[] = [],
  ): number {
    if (this.enabled)
      this.steps.push({
        id,
        label: typeof label === 'function' ? label() : label,
        value,
        unit,
        formula: formula(),
        parameterIds,
      });
    return value;
  }

  /** Start a new scheme on a reused, non-tracing Trace. */
  reset(): this {
    this.failed = 0;
    return this;
  }

  parameters(): TraceParameter[] {
    return this.params ? [...this.params.values()] : [];
  }
}

function compare(a: TraceScalar, op: ComparisonOperator, b: TraceScalar): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    default: {
      if (typeof a !== 'number' || typeof b !== 'number') return false;
      if (op === '<=') return a <= b;
      if (op === '<') return a < b;
      if (op === '>=') return a >= b;
      return a > b;
    }
  }
}
