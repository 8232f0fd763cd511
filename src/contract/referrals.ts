import { z } from 'zod';
import { REFERRAL_ACTIONS, REFERRAL_OUTCOMES, REFERRAL_STATUSES } from '../domain/referrals';
import { idSchema, noBsn, noBsnIssue, rowVersionSchema } from './common';

// Warme overdracht (ADR 1403): a household referred to a team of this or another organisation,
// with its consent, a short message and the plan parts it agreed to share.

export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export const referralOutcomeSchema = z.enum(REFERRAL_OUTCOMES);
const isoDate = z.string().meta({ format: 'date' });
const shortText = (max: number) => z.string().trim().min(1).max(max).refine(noBsn, noBsnIssue);

export const sendReferralBody = z.strictObject({
  teamId: idSchema,
  /** A few sentences for the receiving colleague: why, and what the household asks. */
  message: shortText(1000),
  /** The goals the household agreed to share, each with the steps of it to share. */
  goals: z
    .array(
      z.strictObject({
        goalId: z.string().min(1).max(40),
        stepIds: z.array(z.string().min(1).max(40)).max(20).default([]),
      }),
    )
    .max(15)
    .default([]),
});

const version = { version: rowVersionSchema };
export const referralActionBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('accept'),
    ...version,
    /** Open a household record at the receiving team: its own reference and a label. */
    household: z
      .strictObject({ reference: shortText(40), label: shortText(40) })
      .nullable()
      .default(null),
  }),
  z.strictObject({ action: z.literal('reject'), ...version, reason: shortText(500) }),
  z.strictObject({ action: z.literal('start'), ...version }),
  z.strictObject({
    action: z.literal('complete'),
    ...version,
    outcome: referralOutcomeSchema,
    note: z.string().trim().max(500).refine(noBsn, noBsnIssue).nullable().default(null),
  }),
  z.strictObject({ action: z.literal('withdraw'), ...version }),
]);
export type ReferralActionBody = z.infer<typeof referralActionBody>;

export const sharedGoalSchema = z.object({
  capital: z.string(),
  text: z.string(),
  steps: z.array(
    z.object({ text: z.string(), who: z.string(), when: isoDate.nullable(), done: z.boolean() }),
  ),
});

const party = z.object({ organisationName: z.string(), teamName: z.string().nullable() });

/** A row of the incoming or outgoing list: no shared content, the household only for its own side. */
export const referralSummarySchema = z.object({
  id: idSchema,
  side: z.enum(['sender', 'receiver']),
  status: referralStatusSchema,
  sentOn: isoDate,
  answerDueOn: isoDate,
  /** No answer after the due day: the sender is alerted. */
  overdue: z.boolean(),
  from: party,
  to: party,
  /** The sending side's own household; never shown to the receiving side. */
  household: z.object({ id: idSchema, reference: z.string(), label: z.string() }).nullable(),
  outcome: referralOutcomeSchema.nullable(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralListSchema = z.object({
  items: z.array(referralSummarySchema),
  /** Sent referrals waiting past their answer day (outgoing list only; 0 for incoming). */
  overdueCount: z.number().int(),
});

export const referralViewSchema = referralSummarySchema.extend({
  /** Null once the referral was withdrawn: the shared snapshot is then erased. */
  message: z.string().nullable(),
  shared: z.array(sharedGoalSchema).nullable(),
  rejectReason: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  withdrawnBecause: z.enum(['sender', 'consent']).nullable(),
  /** The receiving side's own household record, for the receiving side only. */
  receivingHousehold: z.object({ id: idSchema, reference: z.string() }).nullable(),
  events: z.array(
    z.object({
      status: referralStatusSchema,
      at: z.string(),
      side: z.enum(['sender', 'receiver']),
    }),
  ),
  /** What the reader's side may do now. */
  actions: z.array(z.enum(REFERRAL_ACTIONS)),
  version: z.number().int(),
});
export type ReferralView = z.infer<typeof referralViewSchema>;

/** The counts the home page shows: incoming referrals waiting, outgoing ones overdue. */
export const referralCountsSchema = z.object({
  incomingWaiting: z.number().int(),
  outgoingOverdue: z.number().int(),
});

const referralEventSchema = z.object({
  status: referralStatusSchema,
  at: z.string(),
  side: z.enum(['sender', 'receiver']),
});

/**
 * A warme overdracht in the household's own record (right of access): one this record was sent
 * with, or the one a receiving team opened this record from. Never the other side's household.
 */
export const referralInzageSchema = z.object({
  direction: z.enum(['sent', 'received']),
  sentOn: isoDate,
  from: party,
  to: party,
  status: referralStatusSchema,
  /** Every status step with its time and side, oldest first. */
  history: z.array(referralEventSchema),
  /** Null once withdrawn: what was shared is then erased on both sides. */
  message: z.string().nullable(),
  shared: z.array(sharedGoalSchema).nullable(),
  rejectReason: z.string().nullable(),
  outcome: referralOutcomeSchema.nullable(),
  outcomeNote: z.string().nullable(),
  withdrawnBecause: z.enum(['sender', 'consent']).nullable(),
});
export type ReferralInzage = z.infer<typeof referralInzageSchema>;
