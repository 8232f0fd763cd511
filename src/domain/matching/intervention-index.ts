import { CAPITALS, PHASES, POVERTY_TYPES } from '../assessment/types';
import type { Capital, Phase, PovertyType } from '../assessment/types';
import { HOUSEHOLD_TYPES, PRIORITIES, WORK_STATUSES } from './fit';
import type { ItemFit } from './fit';

// The interventions in a compiled, column-wise form for fast matching: every list of ids becomes a
// bit mask, so matching one intervention is a few integer operations instead of string look-ups.
// Build it once when the catalogue is loaded (`indexInterventions`) and pass it to
// matchInterventions for every household; passing the plain list works too and compiles per call.
// The index is read-only and holds no household data.

export interface MatchableIntervention {
  id: string;
  name: string;
  capitals: { primary: readonly Capital[]; secondary: readonly Capital[] };
  /** Ids from content/vocabularies.yaml › target_groups. */
  targetGroups: readonly string[];
  /** Ages in whole years, inclusive. */
  ageRange?: { min: number; max: number };
  phases: readonly Phase[];
  povertyTypes: readonly PovertyType[];
  /** Ids from content/vocabularies.yaml › life_events. */
  lifeEvents: readonly string[];
  /** There is an offer of this intervention in the household's gemeente. */
  isLocal: boolean;
  localOfferIds?: readonly string[];
  /** Whom the item is for (content `matching:`); absent = a household item without extra rules. */
  fit?: ItemFit;
}

/** An age span per intervention; `has` is 0 when the item sets none. */
export interface AgeColumn {
  readonly has: Uint8Array;
  readonly min: Int16Array;
  readonly max: Int16Array;
}

/** A variable number of bit sets per intervention (rows start..end of `sets`, `words` each). */
export interface BitSetList {
  readonly ids: ReadonlyMap<string, number>;
  readonly words: number;
  /** Per intervention the first set; the sets of i are start[i] .. start[i+1]. */
  readonly start: Int32Array;
  readonly sets: Int32Array;
}

/** A variable-length list of small ids per intervention. */
export interface IdList {
  readonly ids: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  readonly values: Int32Array;
}

/** The compiled `fit` of every intervention. */
export interface FitColumns {
  /** 1 = meant for professionals or organisations: never suggested to a household. */
  readonly notForHouseholds: Uint8Array;
  /** Index in PRIORITIES (0 basis, 1 gewoon, 2 aanvulling). */
  readonly priority: Uint8Array;
  /** The scan aspects each item helps with. */
  readonly aspects: IdList;
  /** Required life events (one of); `hasLifeEvents` 1 when required. */
  readonly lifeEvents: BitColumn;
  readonly hasLifeEvents: Uint8Array;
  /** Required target groups: every set must meet the household's groups. */
  readonly groups: BitSetList;
  readonly age: AgeColumn;
  readonly childAge: AgeColumn;
  /** Bit t = HOUSEHOLD_TYPES[t] (one of); 0 = no requirement. */
  readonly householdTypes: Uint8Array;
  /** Bit s = WORK_STATUSES[s] (one of); 0 = no requirement. */
  readonly workStatus: Uint8Array;
  /** Gemeentecodes of a place-bound item; null when it is not bound to a place. */
  readonly places: readonly (readonly string[] | null)[];
}

/** A set of ids as bits; `words` 32-bit words per intervention. */
export interface BitColumn {
  /** Id → bit number. */
  readonly ids: ReadonlyMap<string, number>;
  readonly words: number;
  /** items.length × words, row by row. */
  readonly bits: Int32Array;
}

export interface InterventionIndex {
  readonly kind: 'intervention-index';
  readonly items: readonly MatchableIntervention[];
  /** Bit c set = CAPITALS[c] is a primary (or secondary) capital. */
  readonly primary: Uint8Array;
  readonly secondary: Uint8Array;
  /** Bit p set = PHASES[p]. */
  readonly phases: Uint8Array;
  /** Bit t set = POVERTY_TYPES[t]. */
  readonly povertyTypes: Uint8Array;
  readonly local: Uint8Array;
  /** 1 when the intervention has an age range (ageMin and ageMax are then set). */
  readonly hasAge: Uint8Array;
  readonly ageMin: Int16Array;
  readonly ageMax: Int16Array;
  /** 1 when the intervention names target groups (then one of them must fit). */
  readonly hasGroups: Uint8Array;
  readonly groups: BitColumn;
  readonly lifeEvents: BitColumn;
  readonly fit: FitColumns;
}

/**
 * Index of a capital in CAPITALS, or -1. The five ids start with five different letters, so a
 * table on the first character finds the candidate and one string compare confirms it.
 */
const BY_FIRST_CHAR = new Int8Array(128).fill(-1);
CAPITALS.forEach((c, i) => (BY_FIRST_CHAR[c.charCodeAt(0)] = i));
export function capitalIndex(id: string): number {
  const i = BY_FIRST_CHAR[id.charCodeAt(0)] ?? -1;
  return i >= 0 && CAPITALS[i] === id ? i : -1;
}

/**
 * Collects the ids of every row into bits, with one map look-up per id: the bit numbers are
 * noted first and written once the number of words per row is known.
 */
function bitColumn(n: number, listOf: (row: number) => readonly string[]): BitColumn {
  const ids = new Map<string, number>();
  const rowStart = new Int32Array(n + 1);
  let bitList = new Int32Array(Math.max(16, n * 2));
  let count = 0;
  for (let row = 0; row < n; row++) {
    rowStart[row] = count;
    const list = listOf(row);
    for (let k = 0; k < list.length; k++) {
      const id = list[k] as string;
      let bit = ids.get(id);
      if (bit === undefined) ids.set(id, (bit = ids.size));
      if (count === bitList.length) {
        const grown = new Int32Array(bitList.length * 2);
        grown.set(bitList);
        bitList = grown;
      }
      bitList[count++] = bit;
    }
  }
  rowStart[n] = count;
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const bits = new Int32Array(n * words);
  for (let row = 0; row < n; row++)
    for (let k = rowStart[row] ?? 0; k < (rowStart[row + 1] ?? 0); k++) {
      const bit = bitList[k] ?? 0;
      const at = row * words + (bit >>> 5);
      bits[at] = (bits[at] ?? 0) | (1 << (bit & 31));
    }
  return { ids, words, bits };
}

function capitalMask(list: readonly string[]): number {
  let mask = 0;
  for (let k = 0; k < list.length; k++) {
    const c = capitalIndex(list[k] as string);
    if (c >= 0) mask |= 1 << c;
  }
  return mask;
}

function vocabularyMask(list: readonly string[], vocabulary: readonly string[]): number {
  let mask = 0;
  for (let k = 0; k < list.length; k++)
    for (let v = 0; v < vocabulary.length; v++)
      if (list[k] === vocabulary[v]) {
        mask |= 1 << v;
        break;
      }
  return mask;
}

/** A household-side bit set in the same bit numbering as `column`; unknown ids are left out. */
export function bitsFor(
  column: { readonly ids: ReadonlyMap<string, number>; readonly words: number },
  ids: Iterable<string>,
): Int32Array {
  const out = new Int32Array(column.words);
  for (const id of ids) {
    const bit = column.ids.get(id);
    if (bit !== undefined) out[bit >>> 5] = (out[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return out;
}

export function isInterventionIndex(
  value: readonly MatchableIntervention[] | InterventionIndex,
): value is InterventionIndex {
  return !Array.isArray(value) && (value as InterventionIndex).kind === 'intervention-index';
}

function ageColumn(n: number, spanOf: (row: number) => { min: number; max: number } | undefined) {
  const column = { has: new Uint8Array(n), min: new Int16Array(n), max: new Int16Array(n) };
  for (let i = 0; i < n; i++) {
    const span = spanOf(i);
    if (!span) continue;
    column.has[i] = 1;
    column.min[i] = span.min;
    column.max[i] = span.max;
  }
  return column;
}

function idList(n: number, listOf: (row: number) => readonly string[]): IdList {
  const ids = new Map<string, number>();
  const start = new Int32Array(n + 1);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = values.length;
    for (const id of listOf(i)) {
      let v = ids.get(id);
      if (v === undefined) ids.set(id, (v = ids.size));
      values.push(v);
    }
  }
  start[n] = values.length;
  return { ids, start, values: Int32Array.from(values) };
}

function bitSetList(
  n: number,
  setsOf: (row: number) => readonly (readonly string[])[],
): BitSetList {
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++)
    for (const set of setsOf(i)) for (const id of set) if (!ids.has(id)) ids.set(id, ids.size);
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const start = new Int32Array(n + 1);
  const sets: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = sets.length / words;
    for (const set of setsOf(i)) {
      const row = new Array<number>(words).fill(0);
      for (const id of set) {
        const bit = ids.get(id) as number;
        row[bit >>> 5] = (row[bit >>> 5] ?? 0) | (1 << (bit & 31));
      }
      sets.push(...row);
    }
  }
  start[n] = sets.length / words;
  return { ids, words, start, sets: Int32Array.from(sets) };
}

function fitColumns(items: readonly MatchableIntervention[]): FitColumns {
  const n = items.length;
  const fit = (i: number) => (items[i] as MatchableIntervention).fit;
  const req = (i: number) => fit(i)?.requires;
  const notForHouseholds = new Uint8Array(n);
  const priority = new Uint8Array(n).fill(PRIORITIES.indexOf('gewoon'));
  const hasLifeEvents = new Uint8Array(n);
  const householdTypes = new Uint8Array(n);
  const workStatus = new Uint8Array(n);
  const places: (readonly string[] | null)[] = [];
  for (let i = 0; i < n; i++) {
    const f = fit(i);
    notForHouseholds[i] = f?.audience !== undefined && f.audience !== 'huishouden' ? 1 : 0;
    if (f?.priority) priority[i] = PRIORITIES.indexOf(f.priority);
    hasLifeEvents[i] = (f?.requires?.lifeEvents?.length ?? 0) > 0 ? 1 : 0;
    householdTypes[i] = vocabularyMask(f?.requires?.householdTypes ?? [], HOUSEHOLD_TYPES);
    workStatus[i] = vocabularyMask(f?.requires?.workStatus ?? [], WORK_STATUSES);
    places.push(f?.places?.length ? f.places.map((p) => p.code) : null);
  }
  return {
    notForHouseholds,
    priority,
    aspects: idList(n, (i) => fit(i)?.aspects ?? []),
    lifeEvents: bitColumn(n, (i) => req(i)?.lifeEvents ?? []),
    hasLifeEvents,
    groups: bitSetList(n, (i) =>
      (req(i)?.targetGroups ?? []).map((g) => (typeof g === 'string' ? [g] : g)),
    ),
    age: ageColumn(n, (i) => req(i)?.age),
    childAge: ageColumn(n, (i) => req(i)?.childAge),
    householdTypes,
    workStatus,
    places,
  };
}

/** Compiles interventions for matching. Pure: the same list gives an equal index. */
export function indexInterventions(items: readonly MatchableIntervention[]): InterventionIndex {
  const n = items.length;
  const primary = new Uint8Array(n);
  const secondary = new Uint8Array(n);
  const phases = new Uint8Array(n);
  const povertyTypes = new Uint8Array(n);
  const local = new Uint8Array(n);
  const hasAge = new Uint8Array(n);
  const ageMin = new Int16Array(n);
  const ageMax = new Int16Array(n);
  const hasGroups = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i] as MatchableIntervention;
    primary[i] = capitalMask(item.capitals.primary);
    secondary[i] = capitalMask(item.capitals.secondary);
    phases[i] = vocabularyMask(item.phases, PHASES);
    povertyTypes[i] = vocabularyMask(item.povertyTypes, POVERTY_TYPES);
    local[i] = item.isLocal ? 1 : 0;
    const range = item.ageRange;
    if (range) {
      hasAge[i] = 1;
      ageMin[i] = range.min;
      ageMax[i] = range.max;
    }
    hasGroups[i] = item.targetGroups.length > 0 ? 1 : 0;
  }
  return {
    kind: 'intervention-index',
    items,
    primary,
    secondary,
    phases,
    povertyTypes,
    local,
    hasAge,
    ageMin,
    ageMax,
    hasGroups,
    groups: bitColumn(n, (row) => (items[row] as MatchableIntervention).targetGroups),
    lifeEvents: bitColumn(n, (row) => (items[row] as MatchableIntervention).lifeEvents),
    fit: fitColumns(items),
  };
}

/** Number of set bits in a 32-bit integer. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
