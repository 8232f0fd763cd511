import { summariseOutcomes, type HouseholdOutcome, type OutcomeReport } from './outcomes';
import type { Capital } from '../assessment';
import {
  capitalProfileTable,
  profileCountsOf,
  PROFILE_LEVELS,
  type CapitalProfileRow,
  type ProfileCounts,
  type ComparisonRow,
  type SignalSection,
} from './municipal-sections';
import { suppressTable, type PublishedCell, type SuppressionOptions } from './suppression';

// The municipal report: for one gemeente and period, what an organisation reached and what
// changed, counted only over households whose consent covers anonymous reporting. Every count
// goes through small-cell suppression; nothing in it names or points at a household.

export const REFERRAL_STATUSES = [
  'voorgesteld',
  'aangemeld',
  'gestart',
  'afgerond',
  'gestopt',
] as const;

export interface MunicipalHousehold {
  children: number;
  referrals: readonly { interventionId: string; status: string }[];
  /** null without two completed scans in the period. */
  outcome: HouseholdOutcome | null;
  /** Level per capital at the latest scan; absent without a comparable scan. */
  profile?: readonly { capital: Capital; level: string }[] | null;
}

export interface MunicipalReport {
  reach: { households: PublishedCell; children: PublishedCell };
  /** Referrals (not households) per status; the total is all referrals. */
  referrals: { status: (typeof REFERRAL_STATUSES)[number]; count: PublishedCell }[];
  referralsTotal: PublishedCell;
  /** Households per intervention they were referred to (any status); a household can count twice. */
  interventions: { interventionId: string; households: PublishedCell }[];
  outcomes: OutcomeReport;
  /** Households per capital and level at the latest scan. */
  profiles: CapitalProfileRow[];
}

const single = (n: number, options: SuppressionOptions) =>
  suppressTable({ counts: [[n]], partition: false }, options).rowTotals[0]!;

/**
 * The report's figures before suppression, counted over the households in scope (here from one
 * record per household, or in the database): the report is the same whichever counted them.
 */
export interface MunicipalTallies {
  households: number;
  children: number;
  /** Referrals per status, in REFERRAL_STATUSES order. */
  referralsByStatus: number[];
  /** Households per intervention they were referred to (any status). */
  householdsPerIntervention: ReadonlyMap<string, number>;
  profiles: ProfileCounts;
}

/** The tallies of one record per household (the outcomes are summarised apart). */
export function municipalTallies(households: readonly MunicipalHousehold[]): MunicipalTallies {
  const perIntervention = new Map<string, number>();
  for (const h of households)
    for (const id of new Set(h.referrals.map((r) => r.interventionId)))
      perIntervention.set(id, (perIntervention.get(id) ?? 0) + 1);
  return {
    households: households.length,
    children: households.reduce((sum, h) => sum + h.children, 0),
    referralsByStatus: REFERRAL_STATUSES.map(
      (status) => households.flatMap((h) => h.referrals).filter((r) => r.status === status).length,
    ),
    householdsPerIntervention: perIntervention,
    profiles: profileCountsOf(households.flatMap((h) => (h.profile ? [h.profile] : []))),
  };
}

export function municipalReport(
  households: readonly MunicipalHousehold[],
  options: SuppressionOptions = {},
): MunicipalReport {
  const outcomes = summariseOutcomes(
    households.flatMap((h) => h.outcome ?? []),
    'wijk',
    options,
  );
  return municipalReportOfTallies(municipalTallies(households), outcomes, options);
}

/** The report from its tallies and the outcomes by wijk, every count suppressed. */
export function municipalReportOfTallies(
  tallies: MunicipalTallies,
  outcomes: OutcomeReport,
  options: SuppressionOptions = {},
): MunicipalReport {
  // One column, the statuses split all referrals: a partition with a total.
  const statusTable = suppressTable(
    { counts: tallies.referralsByStatus.map((n) => [n]), partition: true },
    options,
  );
  const perIntervention = tallies.householdsPerIntervention;
  const ids = [...perIntervention.keys()].sort();
  return {
    reach: {
      households: single(tallies.households, options),
      children: single(tallies.children, options),
    },
    referrals: REFERRAL_STATUSES.map((status, i) => ({ status, count: statusTable.cells[i]![0]! })),
    referralsTotal: statusTable.total!,
    interventions: ids.map((interventionId) => ({
      interventionId,
      households: single(perIntervention.get(interventionId)!, options),
    })),
    outcomes,
    profiles: capitalProfileTable(tallies.profiles, options),
  };
}

const shown = (c: PublishedCell, hidden: string) => (c.value === null ? hidden : String(c.value));

/**
 * The report as CSV rows (section, subject, group, figure, value); `hidden` is the word for a
 * hidden cell, `name` gives the name of an intervention id. Wijk names come from users: the CSV
 * writer must neutralise formulas.
 */
export function municipalCsvRows(
  report: MunicipalReport & {
    signals?: SignalSection | null;
    comparison?: readonly Pick<ComparisonRow, 'name' | 'households' | 'children'>[];
  },
  words: {
    hidden: string;
    total: string;
    unknown: string;
    name: (interventionId: string) => string;
  },
): string[][] {
  const rows: string[][] = [['section', 'subject', 'group', 'figure', 'value']];
  const add = (section: string, subject: string, group: string, figure: string, c: PublishedCell) =>
    rows.push([section, subject, group, figure, shown(c, words.hidden)]);
  add('reach', 'households', words.total, 'n', report.reach.households);
  add('reach', 'children', words.total, 'n', report.reach.children);
  for (const r of report.referrals) add('referrals', r.status, words.total, 'n', r.count);
  add('referrals', 'all', words.total, 'n', report.referralsTotal);
  for (const i of report.interventions)
    add('interventions', words.name(i.interventionId), words.total, 'households', i.households);
  for (const table of report.outcomes.capitals)
    for (const g of [...table.groups, table.overall]) {
      const group = g === table.overall ? words.total : (g.group ?? words.unknown);
      for (const key of ['n', 'improved', 'same', 'worse'] as const)
        add('outcomes', table.measure.capital, group, key, g[key]);
      if (g.distribution)
        rows.push([
          'outcomes',
          table.measure.capital,
          group,
          'median',
          String(g.distribution.median),
        ]);
    }
  for (const p of report.profiles) {
    PROFILE_LEVELS.forEach((level, i) =>
      add('profile', p.capital, level, 'households', p.levels[i]!),
    );
    add('profile', p.capital, words.total, 'households', p.total);
  }
  if (report.signals) {
    add('signals', 'received', words.total, 'signals', report.signals.received);
    for (const f of report.signals.followUp)
      add('signals', f.state, words.total, 'people', f.people);
    add('signals', 'all', words.total, 'people', report.signals.people);
  }
  for (const o of report.comparison ?? []) {
    add('comparison', 'households', o.name, 'n', o.households);
    add('comparison', 'children', o.name, 'n', o.children);
  }
  return rows;
}
