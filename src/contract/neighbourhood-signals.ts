import { z } from 'zod';
import { gemeenteSchema, idSchema, noBsn, noBsnIssue } from './common';
import { signalSettings } from './content';
import { consentBody } from './households';

// Signalen uit de wijk, the two steps after the checklist (issue 14, item 1; ADR 1404): record
// the signals seen on a pseudonymous household, or ask the organisation's poverty specialist for
// anonymous advice. Neither holds a name; the advice question holds no household at all.

export const SIGNAL_NOTE_MAX = 500;
export const ADVICE_TEXT_MAX = 2000;

const signalIds = z.array(z.string().trim().min(1).max(40)).min(1).max(20);
const isoDate = z.string().meta({ format: 'date' });

/** What was seen: the checklist, its item ids, the day and a short note without names. */
export const signalObservationBody = z.strictObject({
  setting: z.enum(signalSettings),
  signalIds,
  seenOn: z.iso.date(),
  note: z.string().trim().max(SIGNAL_NOTE_MAX).refine(noBsn, noBsnIssue).nullable().optional(),
});
export type SignalObservationBody = z.input<typeof signalObservationBody>;

/**
 * A signal that starts a new pseudonymous household: reference and label only, the gemeente the
 * household lives in, and the registration consent given for it (as a new household records it).
 */
export const signalWithNewHouseholdBody = signalObservationBody.extend({
  household: z.strictObject({
    reference: z.string().trim().min(1).max(40).refine(noBsn, noBsnIssue),
    label: z.string().trim().min(1).max(40).refine(noBsn, noBsnIssue),
    gemeente: gemeenteSchema,
    teamId: idSchema.nullable().optional(),
  }),
  consent: consentBody.pick({ how: true, givenAt: true }),
});
export type SignalWithNewHouseholdBody = z.input<typeof signalWithNewHouseholdBody>;

export const householdSignalSchema = z.object({
  id: z.string(),
  setting: z.enum(signalSettings),
  signalIds: z.array(z.string()),
  seenOn: isoDate,
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type HouseholdSignalView = z.infer<typeof householdSignalSchema>;

export const householdSignalListSchema = z.object({
  /** Whether the household's registration consent allows recording a signal now. */
  canRecord: z.boolean(),
  signals: z.array(householdSignalSchema),
});
export type HouseholdSignalList = z.infer<typeof householdSignalListSchema>;

export const recordedSignalSchema = z.object({ id: z.string(), householdId: z.string() });

// ── Anonymous advice ────────────────────────────────────────────────────

export const adviceQuestionBody = z.strictObject({
  setting: z.enum(signalSettings),
  signalIds: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  question: z.string().trim().min(1).max(ADVICE_TEXT_MAX),
  /** Sent anyway after reading the warning about a household reference of the team. */
  acknowledgeWarnings: z.boolean().default(false),
});
export type AdviceQuestionBody = z.input<typeof adviceQuestionBody>;

export const adviceAnswerBody = z.strictObject({
  answer: z.string().trim().min(1).max(ADVICE_TEXT_MAX),
  acknowledgeWarnings: z.boolean().default(false),
});
export type AdviceAnswerBody = z.input<typeof adviceAnswerBody>;

export const adviceParams = z.strictObject({ id: z.uuid() });

export const adviceQuestionSchema = z.object({
  id: z.string(),
  setting: z.enum(signalSettings),
  signalIds: z.array(z.string()),
  question: z.string(),
  askedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** The day the question and its answer are deleted. */
  deleteOn: isoDate,
});
export type AdviceQuestionView = z.infer<typeof adviceQuestionSchema>;

export const adviceOverviewSchema = z.object({
  /** The questions you asked, with their answers. */
  mine: z.array(adviceQuestionSchema),
  /** Whether you answer for your organisation (teamleider, or named on a specialist entry). */
  answerer: z.boolean(),
  /** For an answerer: the organisation's questions still waiting for an answer, oldest first. */
  open: z.array(adviceQuestionSchema),
});
export type AdviceOverview = z.infer<typeof adviceOverviewSchema>;
