import type { Profile } from '../assessment/profile';
import { WEAK_AT_MOST } from '../assessment/profile';
import { listOf, quoted } from '../assessment/labels';
import type { Capital } from '../assessment/types';
import { contentText, message, type Message } from '../message';
import { HOUSEHOLD_TYPES, WORK_STATUSES, householdTypes } from './fit';
import type { WorkStatus } from './fit';
import { bitsFor } from './intervention-index';
import type { FitColumns } from './intervention-index';

// The household side of the fit rules (ADR 0302 › Fit rules): who lives there, what they do, which
// scan aspects are low, in the bit numbering of one intervention index. Pure; built once per call.

export interface FitPerson {
  /** Null for an adult whose birth year is not known. */
  age: number | null;
  child: boolean;
  /** Index in WORK_STATUSES, or -1 when not noted. */
  status: number;
}

/** A scan aspect as a reason can name it: its title, score and, for a child, the child's age. */
export interface AspectFact {
  aspectId: string;
  capital: Capital;
  title: string;
  titleEn: string;
  score: number | null;
  wanted: boolean;
  child: { ref: string; age: number | null } | null;
}

export interface FitHousehold {
  people: readonly FitPerson[];
  /** Ages of the children, plus 0 for a child on the way. */
  childAges: readonly number[];
  /** Bit t = HOUSEHOLD_TYPES[t]. */
  typeMask: number;
  lifeEvents: Int32Array;
  groups: Int32Array;
  /** Per aspect of the index: the weight it adds, whether it is low, and what to say about it. */
  /**
   * Per aspect of the index, what the scan says about it: one option for a household aspect, one
   * per child for a child's aspect; the heaviest first. Empty when the scan did not rate it.
   */
  aspects: (readonly AspectOption[])[];
}

export interface AspectOption {
  fact: AspectFact;
  /** What it adds to the score: a low aspect 2 (3 at score 1), a wanted one 1 more. */
  weight: number;
  low: boolean;
}

/** A low aspect (≤ 2) adds 2, or 3 at score 1; an aspect the household wants to work on adds 1. */
const ASPECT_LOW_BASE = 2;
const ASPECT_WANTED = 1;

/** Every rated or wanted scan aspect: the household's, and each child's. */
export function aspectFacts(
  profile: Profile,
  childAge: (ref: string) => number | null,
): Map<string, AspectFact[]> {
  const out = new Map<string, AspectFact[]>();
  const add = (fact: AspectFact) => {
    if (fact.score === null && !fact.wanted) return;
    out.set(fact.aspectId, [...(out.get(fact.aspectId) ?? []), fact]);
  };
  for (const capital of profile.capitals)
    for (const a of capital.aspects)
      add({
        aspectId: a.aspectId,
        capital: capital.capital,
        title: a.title,
        titleEn: a.titleEn,
        score: a.score,
        wanted: a.wantsToWorkOn,
        child: null,
      });
  for (const child of profile.children)
    for (const a of child.aspects)
      add({
        aspectId: a.aspectId,
        capital: a.capital,
        title: a.title,
        titleEn: a.titleEn,
        score: a.score,
        wanted: a.wantsToWorkOn,
        child: { ref: child.childRef, age: childAge(child.childRef) },
      });
  return out;
}

function option(fact: AspectFact): AspectOption {
  const low = fact.score !== null && fact.score <= WEAK_AT_MOST;
  return {
    fact,
    low,
    weight:
      (low ? ASPECT_LOW_BASE + (WEAK_AT_MOST - Math.round(fact.score as number)) : 0) +
      (fact.wanted ? ASPECT_WANTED : 0),
  };
}

export function bindFit(
  columns: FitColumns,
  input: {
    people: readonly FitPerson[];
    adults: number;
    livesAlone: boolean | undefined;
    expectingChild: boolean;
    lifeEvents: Iterable<string>;
    groups: Iterable<string>;
    aspects: ReadonlyMap<string, readonly AspectFact[]>;
  },
): FitHousehold {
  const children = input.people.filter((p) => p.child);
  let typeMask = 0;
  for (const type of householdTypes({
    adults: input.adults,
    children: children.length,
    livesAlone: input.livesAlone,
  }))
    typeMask |= 1 << HOUSEHOLD_TYPES.indexOf(type);
  const aspects: AspectOption[][] = Array.from({ length: columns.aspects.ids.size }, () => []);
  for (const [id, k] of columns.aspects.ids)
    aspects[k] = (input.aspects.get(id) ?? []).map(option).sort((x, y) => y.weight - x.weight);
  return {
    people: input.people,
    childAges: [...children.map((c) => c.age ?? -1), ...(input.expectingChild ? [0] : [])],
    typeMask,
    lifeEvents: bitsFor(columns.lifeEvents, input.lifeEvents),
    groups: bitsFor(columns.groups, input.groups),
    aspects,
  };
}

function within(age: number | null, has: number, min: number, max: number): boolean {
  return has === 0 || (age !== null && age >= min && age <= max);
}

/** Whether the household meets every requirement intervention `i` states (content `requires:`). */
export function meetsRequirements(c: FitColumns, h: FitHousehold, i: number): boolean {
  if (c.hasLifeEvents[i] === 1) {
    const words = c.lifeEvents.words;
    let any = 0;
    for (let k = 0; k < words; k++)
      any |= (c.lifeEvents.bits[i * words + k] ?? 0) & (h.lifeEvents[k] ?? 0);
    if (any === 0) return false;
  }
  const gw = c.groups.words;
  for (let set = c.groups.start[i] ?? 0; set < (c.groups.start[i + 1] ?? 0); set++) {
    let any = 0;
    for (let k = 0; k < gw; k++) any |= (c.groups.sets[set * gw + k] ?? 0) & (h.groups[k] ?? 0);
    if (any === 0) return false;
  }
  const types = c.householdTypes[i] ?? 0;
  if (types !== 0 && (types & h.typeMask) === 0) return false;
  const hasChild = c.childAge.has[i] ?? 0;
  if (hasChild === 1) {
    const min = c.childAge.min[i] ?? 0;
    const max = c.childAge.max[i] ?? 0;
    if (!h.childAges.some((a) => a >= min && a <= max)) return false;
  }
  const hasAge = c.age.has[i] ?? 0;
  const min = c.age.min[i] ?? 0;
  const max = c.age.max[i] ?? 0;
  const statuses = c.workStatus[i] ?? 0;
  if (hasAge === 1 || statuses !== 0)
    return h.people.some(
      (p) =>
        within(p.age, hasAge, min, max) &&
        (statuses === 0 || (p.status >= 0 && (statuses & (1 << p.status)) !== 0)),
    );
  return true;
}

/** Index of a work status id in WORK_STATUSES, or -1. */
export function statusIndex(id: string | undefined): number {
  return id === undefined ? -1 : WORK_STATUSES.indexOf(id as WorkStatus);
}

/** "'Schulden en achterstanden' is laag (1 van 5)", "bij een kind van 7 is 'Meedoen' laag (2 van 5)". */
export function aspectSentence(fact: AspectFact, low: boolean): Message {
  const title = contentText(fact.title, fact.titleEn);
  const age = fact.child?.age ?? null;
  if (low) {
    if (!fact.child)
      return message('kapitaalscan.reason.aspectLow', { title, score: fact.score ?? 0 });
    return age === null
      ? message('kapitaalscan.reason.aspectLowChild', { title, score: fact.score ?? 0 })
      : message('kapitaalscan.reason.aspectLowChildAge', { age, title, score: fact.score ?? 0 });
  }
  if (!fact.child)
    return message('kapitaalscan.reason.wantsToWorkOn', { aspects: listOf([quoted(title)]) });
  return age === null
    ? message('kapitaalscan.reason.wantsToWorkOnChild', { title })
    : message('kapitaalscan.reason.wantsToWorkOnChildAge', { age, title });
}
