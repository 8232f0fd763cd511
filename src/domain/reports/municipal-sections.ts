import { CAPITALS, type Capital } from '../assessment';
import { suppressTable, type PublishedCell, type SuppressionOptions } from './suppression';

// Sections of the municipal report next to reach and outcomes: the capital profile at the latest
// scan, the follow-up of debt signals and the comparison between the koepel's organisations.
// Each is a count table that goes through small-cell suppression as a whole.

/** The levels a capital score falls in (unknown scores are not counted). */
export const PROFILE_LEVELS = ['low', 'middle', 'high'] as const;
export type ProfileLevel = (typeof PROFILE_LEVELS)[number];

export interface CapitalProfileRow {
  capital: Capital;
  /** Households per level, in PROFILE_LEVELS order. */
  levels: PublishedCell[];
  /** Households with a known score for this capital. */
  total: PublishedCell;
}

/** The index of a level in PROFILE_LEVELS, as the database keeps it; null for unknown. */
export function profileLevelIndex(level: string): number | null {
  const i = PROFILE_LEVELS.indexOf(level as ProfileLevel);
  return i < 0 ? null : i;
}

/**
 * Households with a profile, and per capital (CAPITALS order) how many are at each level
 * (PROFILE_LEVELS order): what the profile table is made from, counted here or in the database.
 */
export interface ProfileCounts {
  households: number;
  counts: number[][];
}

/** Counts households per capital and level from their profiles at the latest scan. */
export function profileCountsOf(
  profiles: readonly (readonly { capital: Capital; level: string }[])[],
): ProfileCounts {
  return {
    households: profiles.length,
    counts: CAPITALS.map((capital) =>
      PROFILE_LEVELS.map(
        (level) =>
          profiles.filter((p) => p.some((c) => c.capital === capital && c.level === level)).length,
      ),
    ),
  };
}

/**
 * Households per capital and level at their latest scan. Capitals overlap (every household has
 * every capital), so the rows are not a partition: each row's total is published, no grand total.
 */
export function capitalProfiles(
  profiles: readonly (readonly { capital: Capital; level: string }[])[],
  options: SuppressionOptions = {},
): CapitalProfileRow[] {
  return capitalProfileTable(profileCountsOf(profiles), options);
}

/** The profile table from counted households, with small cells suppressed. */
export function capitalProfileTable(
  { households, counts }: ProfileCounts,
  options: SuppressionOptions = {},
): CapitalProfileRow[] {
  if (households === 0) return [];
  const table = suppressTable({ counts, partition: false }, options);
  return CAPITALS.map((capital, i) => ({
    capital,
    levels: table.cells[i]!,
    total: table.rowTotals[i]!,
  }));
}

/** Where outreach on a signal case stands: still running, or how it ended. */
export const FOLLOW_UP_STATES = [
  'lopend',
  'opgelost',
  'betalingsregeling',
  'doorverwezen',
  'wil_geen_hulp',
  'niet_bereikt',
  'lost_zelf_op',
] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export interface SignalSection {
  /** Signals received (one person can have several). */
  received: PublishedCell;
  /** People (cases) per state; the states split all people, so the total is published. */
  followUp: { state: FollowUpState; people: PublishedCell }[];
  people: PublishedCell;
}

/** Signals and their follow-up: `outcomes` holds one entry per case, null while it runs. */
export function signalSection(
  received: number,
  outcomes: readonly (string | null)[],
  options: SuppressionOptions = {},
): SignalSection {
  const counts = FOLLOW_UP_STATES.map((state) => [
    outcomes.filter((o) => (o ?? 'lopend') === state).length,
  ]);
  const table = suppressTable({ counts, partition: true }, options);
  return {
    received: suppressTable({ counts: [[received]], partition: false }, options).rowTotals[0]!,
    followUp: FOLLOW_UP_STATES.map((state, i) => ({ state, people: table.cells[i]![0]! })),
    people: table.total!,
  };
}

export interface OrganisationReach {
  organisationId: string;
  name: string;
  households: number;
  children: number;
}

export interface ComparisonRow {
  organisationId: string;
  name: string;
  households: PublishedCell;
  children: PublishedCell;
}

/**
 * Reach per organisation of the koepel in one gemeente. No koepel total is published: the asking
 * organisation's own reach stands elsewhere in the report, and with a total it would reveal a
 * hidden neighbour. Without totals each cell stands alone, so hiding the small ones is enough.
 */
export function koepelComparison(
  organisations: readonly OrganisationReach[],
  options: SuppressionOptions = {},
): ComparisonRow[] {
  const column = (key: 'households' | 'children') =>
    suppressTable({ counts: organisations.map((o) => [o[key]]), partition: false }, options)
      .rowTotals;
  const households = column('households');
  const children = column('children');
  return organisations.map((o, i) => ({
    organisationId: o.organisationId,
    name: o.name,
    households: households[i]!,
    children: children[i]!,
  }));
}
