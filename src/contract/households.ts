import { z } from 'zod';
import { WORK_STATUSES } from '../domain/matching/fit';
import { gemeenteSchema, idSchema, noBsn, noBsnIssue } from './common';
import { drawingSchema } from './kleurplaat';
import { profileSchema, scanAnswersViewSchema } from './scan/views';
import { refinement } from './validation-messages';
import { referralInzageSchema } from './referrals';
import { PLAN_MAX_ACTIONS, PLAN_MAX_REFERRALS } from '../domain/plan-limits';

// A household holds the minimum needed to help: an own reference and initials or a nickname,
// composition with birth years, gemeente and wijk, language needs. Never a BSN, address or name.

// The year in the Netherlands, not in UTC: a baby born on 1 January just after midnight counts.
const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format());
const birthYear = z
  .number()
  .int()
  .min(1900)
  .refine((y) => y <= thisYear(), refinement('validation.households.birthYearFuture'));

export const householdDataSchema = z.strictObject({
  adults: z
    .array(
      z.strictObject({
        birthYear: birthYear.optional(),
        /** What the adult does: works, goes to school, neither, or is retired. Optional. */
        workStatus: z.enum(WORK_STATUSES).optional(),
      }),
    )
    .min(1)
    .max(10),
  children: z
    .array(
      z.strictObject({
        ref: z.string().trim().min(1).max(40).refine(noBsn, noBsnIssue),
        birthYear,
      }),
    )
    .max(20)
    .default([]),
  gemeente: gemeenteSchema,
  wijk: z.string().trim().max(120).nullable().default(null),
  languages: z.array(z.string().trim().min(2).max(40)).max(10).default([]),
  interpreterNeeded: z.boolean().default(false),
  /** The one adult lives alone; only asked when it matters (one adult, no children). Optional. */
  livesAlone: z.boolean().optional(),
  /** Came as a refugee and now has a residence permit. Optional. */
  statushouder: z.boolean().optional(),
  /** Recent life events, for the poverty-type indication; ids from vocabularies.yaml. */
  lifeEvents: z
    .array(z.strictObject({ id: z.string().min(1).max(40), year: birthYear.optional() }))
    .max(20)
    .default([]),
});
export type HouseholdData = z.infer<typeof householdDataSchema>;

export const createHouseholdBody = z.strictObject({
  reference: z.string().trim().min(1).max(40).refine(noBsn, noBsnIssue),
  label: z.string().trim().min(1).max(40).refine(noBsn, noBsnIssue),
  teamId: idSchema.nullable().optional(),
  professionalIds: z.array(idSchema).max(10).optional(),
  startDate: z.iso.date(),
  data: householdDataSchema,
  notes: z.string().trim().max(5000).nullable().optional(),
});

export const updateHouseholdBody = createHouseholdBody.partial().extend({
  data: householdDataSchema.optional(),
});

export const closeHouseholdBody = z.strictObject({
  date: z.iso.date(),
  reason: z.enum([
    'doelen-bereikt',
    'verhuisd',
    'doorverwezen',
    'op-eigen-verzoek',
    'geen-contact',
    'anders',
  ]),
});

export const consentPurposes = [
  'registratie',
  'kapitaalscan',
  'delen-met-partners',
  'rapportage-anoniem',
  'kleurplaat',
] as const;
export const consentBody = z.strictObject({
  purpose: z.enum(consentPurposes),
  how: z.enum(['mondeling', 'schriftelijk', 'digitaal']),
  givenAt: z.iso.date(),
  note: z.string().trim().max(500).nullable().optional(),
});
export const withdrawConsentBody = z.strictObject({ withdrawnAt: z.iso.date() });

export const eraseHouseholdBody = z.strictObject({
  /** The household's reference, typed again: erasure cannot be undone. */
  confirmReference: z.string().min(1).max(40),
});

// ── Plan ────────────────────────────────────────────────────────────────

export const referralStatuses = [
  'voorgesteld',
  'aangemeld',
  'gestart',
  'afgerond',
  'gestopt',
] as const;

export const planSchema = z.strictObject({
  goals: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(40),
        capital: z.enum(['economisch', 'sociaal', 'cultureel', 'pedagogisch', 'mentaal']),
        /** In the household's own words. */
        text: z.string().trim().min(1).max(500),
        steps: z
          .array(
            z.strictObject({
              id: z.string().min(1).max(40),
              text: z.string().trim().min(1).max(300),
              who: z.string().trim().min(1).max(80),
              when: z.iso.date().nullable().default(null),
              done: z.boolean().default(false),
            }),
          )
          .max(20)
          .default([]),
      }),
    )
    .max(15),
  referrals: z
    .array(
      z
        .strictObject({
          id: z.string().min(1).max(40),
          interventionId: z.string().min(1).max(200),
          offerId: idSchema.nullable().default(null),
          status: z.enum(referralStatuses),
          stopReason: z.string().trim().max(300).nullable().default(null),
          note: z.string().trim().max(300).nullable().default(null),
        })
        .refine((r) => r.status !== 'gestopt' || Boolean(r.stopReason), {
          ...refinement('validation.households.stopReason'),
          path: ['stopReason'],
        }),
    )
    .max(PLAN_MAX_REFERRALS)
    .default([]),
  /** Actions from the voorzieningencheck, e.g. 'huurtoeslag aanvragen'. */
  actions: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(40),
        schemeId: z.string().min(1).max(60).nullable().default(null),
        text: z.string().trim().min(1).max(300),
        done: z.boolean().default(false),
      }),
    )
    .max(PLAN_MAX_ACTIONS)
    .default([]),
  reviewDate: z.iso.date().nullable().default(null).meta({ format: 'date' }),
});
export type Plan = z.infer<typeof planSchema>;

// ── Answers ─────────────────────────────────────────────────────────────

/** A calendar date as the server stores it (YYYY-MM-DD). */
const isoDate = z.string().meta({ format: 'date' });

export const closeReasons = closeHouseholdBody.shape.reason.options;
export const consentHows = consentBody.shape.how.options;

/** A row of the household list. */
export const householdSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  label: z.string(),
  team: z.string().nullable(),
  /** Names of the colleagues who work with the household. */
  professionals: z.array(z.string()),
  gemeente: z.string(),
  startDate: isoDate,
  closedAt: isoDate.nullable(),
});
export type HouseholdSummary = z.infer<typeof householdSummarySchema>;

export const colleagueSchema = z.object({ id: z.string(), name: z.string(), role: z.string() });
export type Colleague = z.infer<typeof colleagueSchema>;

export const consentViewSchema = z.object({
  id: z.string(),
  purpose: z.enum(consentPurposes),
  how: z.enum(consentHows),
  givenAt: isoDate,
  note: z.string().nullable(),
  withdrawnAt: isoDate.nullable(),
});
export type Consent = z.infer<typeof consentViewSchema>;

export const scanSummarySchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'completed']),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
});
export type ScanSummary = z.infer<typeof scanSummarySchema>;

/** One household with its consents, scans and whether it has a plan. */
export const householdDetailSchema = z.object({
  id: z.string(),
  reference: z.string(),
  label: z.string(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  professionals: z.array(colleagueSchema),
  data: householdDataSchema,
  notes: z.string().nullable(),
  startDate: isoDate,
  closedAt: isoDate.nullable(),
  closeReason: z.enum(closeReasons).nullable(),
  version: z.number().int(),
  consents: z.array(consentViewSchema),
  scans: z.array(scanSummarySchema),
  hasPlan: z.boolean(),
});
export type HouseholdDetail = z.infer<typeof householdDetailSchema>;

/** The plan with its version (0 before the first save), for optimistic locking. */
export const planViewSchema = z.object({ plan: planSchema, version: z.number().int() });
export type PlanView = z.infer<typeof planViewSchema>;
export type CloseReason = (typeof closeReasons)[number];
export type ConsentPurpose = (typeof consentPurposes)[number];
export type ConsentHow = (typeof consentHows)[number];

/** Everything Wegwijs holds about one household (right of access), as JSON. */
export const householdExportSchema = z.object({
  exportedAt: z.string(),
  household: householdDataSchema.extend({
    reference: z.string(),
    label: z.string(),
    notes: z.string().nullable(),
    startDate: isoDate,
    closedAt: isoDate.nullable(),
    closeReason: z.enum(closeReasons).nullable(),
    professionals: z.array(z.string()),
  }),
  consents: z.array(consentViewSchema.extend({ recordedAt: z.string() })),
  scans: z.array(
    z.object({
      startedAt: z.string(),
      completedAt: z.string().nullable(),
      status: scanSummarySchema.shape.status,
      instrument: z.string(),
      answers: scanAnswersViewSchema,
      /** Null when the scan used an older instrument version. */
      profile: profileSchema.nullable(),
    }),
  ),
  plan: planSchema.nullable(),
  /** The children's kept colouring pages (praatkleurplaat). */
  drawings: z.array(drawingSchema.omit({ id: true })),
  /** Signals recorded from a signal checklist (signalen uit de wijk), oldest first. */
  signals: z.array(
    z.object({
      setting: z.string(),
      signalIds: z.array(z.string()),
      seenOn: isoDate,
      note: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  /** Warme overdrachten sent with this record or received into it: whom, when, steps, what was shared (ADR 1403). */
  referrals: z.array(referralInzageSchema),
  planHistory: z.array(
    z.object({
      version: z.number().int(),
      action: z.string(),
      changedAt: z.string(),
      changedBy: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  accessLog: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      outcome: z.enum(['success', 'failure', 'denied']),
      by: z.string().nullable(),
    }),
  ),
});
