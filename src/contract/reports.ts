import { z } from 'zod';
import {
  CASE_FILTERS,
  FOLLOW_UP_STATES,
  GROUPINGS,
  PROFILE_LEVELS,
  REFERRAL_STATUSES,
} from '../domain/reports';
import { CAPITALS } from '../domain/assessment';

// Reports: the team dashboard and the outcomes. Every figure carries the filter of the list
// behind it (the same query parameters on GET /api/v1/households) and that list's address.

/** Query parameters of the household list that select the households behind a figure. */
export const caseFilterQuery = z.strictObject({
  professional: z.uuid().optional(),
  review: z.enum(CASE_FILTERS.review).optional(),
  plan: z.enum(CASE_FILTERS.plan).optional(),
  referrals: z.enum(CASE_FILTERS.referrals).optional(),
  consent: z.enum(CASE_FILTERS.consent).optional(),
});
export type CaseFilterQuery = z.infer<typeof caseFilterQuery>;

const figure = z.object({
  count: z.number().int().min(0),
  /** The list filter behind this figure. */
  filter: z.record(z.string(), z.string()),
  /** The API address of that list. */
  list: z.string(),
});
export type DashboardFigure = z.infer<typeof figure>;

export const teamDashboardSchema = z.object({
  peildatum: z.iso.date(),
  openHouseholds: figure,
  caseload: z.array(figure.extend({ professional: z.object({ id: z.uuid(), name: z.string() }) })),
  review: z.object({ overdue: figure, due: figure }),
  plan: z.object({ none: figure, running: figure, done: figure }),
  referralsWaiting: figure,
  consent: z.object({ expiring: figure, expired: figure }),
});
export type TeamDashboard = z.infer<typeof teamDashboardSchema>;

// ── Outcomes ────────────────────────────────────────────────────────────

const publishedCell = z.object({
  /** null: hidden, fewer than 10 households or it would reveal such a cell. */
  value: z.number().int().nullable(),
  suppression: z.enum(['none', 'primary', 'secondary']),
});

const distribution = z.object({
  n: z.number().int(),
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  mean: z.number(),
});

const outcomeRow = z.object({
  group: z.string().nullable(),
  n: publishedCell,
  improved: publishedCell,
  same: publishedCell,
  worse: publishedCell,
  distribution: distribution.nullable(),
});

const outcomeTable = z.object({
  measure: z.object({ capital: z.enum(CAPITALS), aspectId: z.string().nullable() }),
  overall: outcomeRow,
  groups: z.array(outcomeRow),
});

export const outcomesQuery = z.strictObject({
  groupBy: z.enum(GROUPINGS).default('wijk'),
});

export const outcomesSchema = z.object({
  peildatum: z.iso.date(),
  grouping: z.enum(GROUPINGS),
  /** Cells counting fewer households than this are hidden. */
  threshold: z.number().int(),
  /** Households behind the report: current consent for anonymous reporting, two or more scans. */
  households: publishedCell,
  capitals: z.array(outcomeTable),
  aspects: z.array(outcomeTable),
  /** Names of the groups that are ids (interventions), by id. */
  labels: z.record(z.string(), z.string()),
});
export type Outcomes = z.infer<typeof outcomesSchema>;
export type OutcomeTableData = z.infer<typeof outcomeTable>;
export type OutcomeRowData = z.infer<typeof outcomeRow>;

// ── Municipal report ────────────────────────────────────────────────────

export const municipalQuery = z.strictObject({
  /** CBS code of a gemeente the organisation works in. */
  gemeente: z.string().regex(/^GM\d{4}$/),
  from: z.iso.date(),
  to: z.iso.date(),
});

export const municipalPdfQuery = municipalQuery.extend({
  lang: z.enum(['nl', 'en']).default('nl'),
});

export const municipalSchema = z.object({
  gemeente: z.string(),
  gemeenteName: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  threshold: z.number().int(),
  reach: z.object({ households: publishedCell, children: publishedCell }),
  referrals: z.array(z.object({ status: z.enum(REFERRAL_STATUSES), count: publishedCell })),
  referralsTotal: publishedCell,
  interventions: z.array(
    z.object({ interventionId: z.string(), name: z.string(), households: publishedCell }),
  ),
  outcomes: z.object({
    grouping: z.enum(GROUPINGS),
    capitals: z.array(outcomeTable),
    aspects: z.array(outcomeTable),
  }),
  /** Households per capital and level (low, middle, high) at the latest scan. */
  profiles: z.array(
    z.object({
      capital: z.enum(CAPITALS),
      levels: z.array(publishedCell).length(PROFILE_LEVELS.length),
      total: publishedCell,
    }),
  ),
  /** Signal cases carry no gemeente: counted only when the organisation works in this one alone. */
  signals: z
    .object({
      received: publishedCell,
      people: publishedCell,
      followUp: z.array(z.object({ state: z.enum(FOLLOW_UP_STATES), people: publishedCell })),
    })
    .nullable(),
  /** Reach per organisation of the koepel working in the gemeente (no koepel total). */
  comparison: z.array(
    z.object({
      organisationId: z.uuid(),
      name: z.string(),
      own: z.boolean(),
      households: publishedCell,
      children: publishedCell,
    }),
  ),
});
export type MunicipalReportData = z.infer<typeof municipalSchema>;

/** Shared with other pages that show outcome rows (the offer per capital). */
export { publishedCell as publishedCellSchema, outcomeRow as outcomeRowSchema };
