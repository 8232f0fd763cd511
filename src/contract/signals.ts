import { z } from 'zod';
// The constants only, not the signals index: that pulls the CSV parser into the web bundle.
import { CONTACT_KINDS, OUTCOMES } from '../domain/signals/outcomes';
import { THREAT_KINDS } from '../domain/signals/threat';
import {
  CREDITOR_TYPES,
  ISSUE_CODES,
  SIGNAL_FIELDS,
  type IssueCode,
} from '../domain/signals/types';
import { idSchema, paginationQuery } from './common';
import { consentBody, createHouseholdBody, householdDataSchema } from './households';
import { message, type Message } from '../domain/message';
import { bilingual } from './problem';

/** What a line of the import report means, in words a vroegsignalering worker reads. */
export const signalIssueMessage = (code: IssueCode): Message => message(`signalen.issue.${code}`);

export const creditorTypeSchema = z.enum(CREDITOR_TYPES);
export const outcomeSchema = z.enum(OUTCOMES);
export const contactKindSchema = z.enum(CONTACT_KINDS);
export const threatKindSchema = z.enum(THREAT_KINDS);

/** A threatening situation of Wgs art. 4 lid 2 and the day the gemeente learned of it. */
export const threatSchema = z.object({ kind: threatKindSchema, knownOn: z.iso.date() });

export const signalIssueSchema = z.object({
  line: z.number().int(),
  field: z.enum([...SIGNAL_FIELDS, 'file', 'row']),
  code: z.enum(ISSUE_CODES),
  severity: z.enum(['error', 'warning']),
  duplicateOf: z.number().int().optional(),
  messages: bilingual,
});

export const signalImportResultSchema = z.object({
  imported: z.boolean(),
  importId: idSchema.nullable(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252']),
  delimiter: z.enum([';', ',', '\t']).nullable(),
  rows: z.number().int(),
  signals: z.number().int(),
  newCases: z.number().int(),
  mergedCases: z.number().int(),
  issues: z.array(signalIssueSchema),
});
export type SignalImportResult = z.infer<typeof signalImportResultSchema>;

export const signalImportQuery = z.strictObject({
  fileName: z.string().trim().max(200).optional(),
});

export const signalQueueQuery = paginationQuery;

const personSchema = {
  surname: z.string(),
  initials: z.string(),
  prefix: z.string(),
  postcode: z.string(),
  houseNumber: z.number().int(),
  houseNumberAddition: z.string(),
};

export const signalQueueItemSchema = z.object({
  id: idSchema,
  ...personSchema,
  priority: z.number().int(),
  firstSignalOn: z.iso.date(),
  signalCount: z.number().int(),
  creditorTypes: z.array(creditorTypeSchema),
  totalCents: z.number().int(),
  lastContactOn: z.iso.date().nullable(),
  firstContactBy: z.iso.date(),
  overdue: z.boolean(),
  threatKind: threatKindSchema.nullable(),
  /** Wgs art. 4 lid 2: three working days, only with a threatening situation. */
  urgentConversationBy: z.iso.date().nullable(),
});

export const signalQueueSchema = z.object({
  items: z.array(signalQueueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});

export const signalCaseSchema = z.object({
  id: idSchema,
  ...personSchema,
  street: z.string(),
  city: z.string(),
  dateOfBirth: z.iso.date(),
  priority: z.number().int(),
  status: z.enum(['open', 'closed']),
  outcome: outcomeSchema.nullable(),
  outcomeOn: z.iso.date().nullable(),
  firstSignalOn: z.iso.date(),
  lastSignalOn: z.iso.date(),
  threat: threatSchema.nullable(),
  deadlines: z.object({
    firstContactBy: z.iso.date(),
    firstConversationBy: z.iso.date().nullable(),
    urgentConversationBy: z.iso.date().nullable(),
    deleteSignalDataFrom: z.iso.date().nullable(),
  }),
  signals: z.array(
    z.object({
      id: idSchema,
      line: z.number().int(),
      creditorType: creditorTypeSchema,
      amountCents: z.number().int(),
      monthsInArrears: z.number().int(),
      arrearsSince: z.iso.date().nullable(),
      signalDate: z.iso.date(),
    }),
  ),
  contacts: z.array(
    z.object({ id: idSchema, kind: contactKindSchema, on: z.iso.date(), reached: z.boolean() }),
  ),
  /** Only who received the case and when: nothing of the household travels back. */
  handover: z
    .object({ teamName: z.string(), organisationName: z.string(), on: z.iso.date() })
    .nullable(),
});

/** Teams in Wegwijs that may receive a case: werkorganisaties working in the signal's gemeente. */
export { receivingTeamsSchema as handoverTargetsSchema } from './partner-teams';

/**
 * Help accepted: a pseudonymous household for the receiving team (its own reference and a label,
 * minimal composition), the consent given for registration and the kapitaalscan, and the date.
 */
export const handoverBody = z.strictObject({
  teamId: idSchema,
  reference: createHouseholdBody.shape.reference,
  label: createHouseholdBody.shape.label,
  data: householdDataSchema,
  consent: z.strictObject({
    how: consentBody.shape.how,
    givenAt: z.iso.date(),
  }),
  on: z.iso.date(),
});
export type HandoverBody = z.infer<typeof handoverBody>;

export const handoverResultSchema = z.object({
  teamName: z.string(),
  organisationName: z.string(),
  on: z.iso.date(),
});

export const contactAttemptBody = z.strictObject({
  kind: contactKindSchema,
  on: z.iso.date(),
  reached: z.boolean(),
});

/** Record a threatening situation on the case, or clear one recorded by mistake (null). */
export const threatBody = z.strictObject({ threat: threatSchema.strict().nullable() });

export const outcomeBody = z.strictObject({ outcome: outcomeSchema, on: z.iso.date() });

export const signalMonitorSchema = z.object({
  rows: z.array(
    z.object({
      month: z.string(),
      creditorType: creditorTypeSchema,
      received: z.number().int(),
      people: z.number().int(),
      reached: z.number().int(),
      acceptedHelp: z.number().int(),
    }),
  ),
});
